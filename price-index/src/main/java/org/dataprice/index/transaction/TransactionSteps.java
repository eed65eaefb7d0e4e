package org.dataprice.index.transaction;

import org.dataprice.explain.StepKey;

/** The step keys of a {@link UnitValueAggregator} explanation. */
public final class TransactionSteps {
    /** Transactions read. */
    public static final StepKey TRANSACTIONS = StepKey.of("transaction.count", "Transactions read");
    /** Transactions dropped by the outlier filter. */
    public static final StepKey OUTLIERS = StepKey.of("transaction.outliers", "Transactions dropped as outliers");
    /** Product-periods dropped for too few transactions. */
    public static final StepKey THIN_CELLS = StepKey.of("transaction.thinCells", "Product-periods below the minimum count");
    /** Unit values formed. */
    public static final StepKey UNIT_VALUES = StepKey.of("transaction.unitValues", "Unit values formed");

    private TransactionSteps() {
    }
}
