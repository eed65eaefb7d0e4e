package org.dataprice.accounting;

import java.time.YearMonth;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * Inputs of a CAS 8 impairment test of a data intangible.
 *
 * @param carryingAmount        the carrying amount before the test (cost − accumulated amortisation −
 *                              accumulated impairment), ≥ 0; not null
 * @param fairValue             fair value, when it can be measured reliably; not null (may be empty)
 * @param costsOfDisposal       costs of disposal (处置费用), ≥ 0; not null
 * @param valueInUse            present value of expected future cash flows, when estimated (see
 *                              {@link ValueInUse}); not null (may be empty). At least one of
 *                              {@code fairValue} and {@code valueInUse} must be given (CAS 8 §6–§8)
 * @param accumulatedImpairment impairment recognised in earlier periods (减值准备余额), ≥ 0; not null
 * @param testMonth             the month of the test (its end is the balance-sheet date); not null
 * @param remainingLifeMonths   remaining useful life after the test month, 0 to
 *                              {@link AmortisationInputs#MAX_MONTHS} (0: no further schedule)
 * @param residualValue         residual value for the revised schedule, ≥ 0; not null
 */
public record ImpairmentInputs(Money carryingAmount, Optional<Money> fairValue, Money costsOfDisposal,
        Optional<Money> valueInUse, Money accumulatedImpairment, YearMonth testMonth, int remainingLifeMonths,
        Money residualValue) {
    /** Validates. */
    public ImpairmentInputs {
        Require.notNull(carryingAmount, "carryingAmount");
        nonNegative(carryingAmount, carryingAmount, "carryingAmount");
        Require.notNull(fairValue, "fairValue");
        fairValue.ifPresent(v -> nonNegative(carryingAmount, v, "fairValue"));
        nonNegative(carryingAmount, Require.notNull(costsOfDisposal, "costsOfDisposal"), "costsOfDisposal");
        Require.notNull(valueInUse, "valueInUse");
        valueInUse.ifPresent(v -> nonNegative(carryingAmount, v, "valueInUse"));
        Require.that(fairValue.isPresent() || valueInUse.isPresent(), "valueInUse", "empty", Rule.INVALID_STATE,
                "at least one of fairValue and valueInUse must be given (CAS 8 §6)");
        nonNegative(carryingAmount, Require.notNull(accumulatedImpairment, "accumulatedImpairment"), "accumulatedImpairment");
        Require.notNull(testMonth, "testMonth");
        Require.atLeast(remainingLifeMonths, 0, "remainingLifeMonths");
        Require.withinLimit(remainingLifeMonths, AmortisationInputs.MAX_MONTHS, "remainingLifeMonths", "");
        nonNegative(carryingAmount, Require.notNull(residualValue, "residualValue"), "residualValue");
    }

    private static void nonNegative(Money reference, Money value, String field) {
        Require.that(value.currency().equals(reference.currency()), field, value, Rule.CURRENCY_MISMATCH,
                reference.currency().getCurrencyCode());
        Require.that(!value.isNegative(), field, value, Rule.AT_LEAST, 0);
    }
}
