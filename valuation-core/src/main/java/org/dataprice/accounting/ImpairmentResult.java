package org.dataprice.accounting;

import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * The result of a CAS 8 impairment test.
 *
 * @param recoverableAmount     max(fair value − costs of disposal, value in use), of those available
 * @param impairmentLoss        max(0, carrying amount − recoverable amount), at most the carrying amount
 * @param carryingAmountAfter   carrying amount − impairment loss; never above the carrying amount before
 * @param accumulatedImpairment earlier impairment + this loss; never decreases (no reversal, CAS 8 §17)
 * @param revisedSchedule       straight-line amortisation of the new carrying amount over the remaining
 *                              life from the month after the test; empty when no life remains
 * @param explanation           how it was obtained; its last step is the impairment loss
 */
public record ImpairmentResult(Money recoverableAmount, Money impairmentLoss, Money carryingAmountAfter,
        Money accumulatedImpairment, Optional<AmortisationSchedule> revisedSchedule, Explanation explanation) {
    /** Validates. */
    public ImpairmentResult {
        Require.notNull(recoverableAmount, "recoverableAmount");
        Require.notNull(impairmentLoss, "impairmentLoss");
        Require.notNull(carryingAmountAfter, "carryingAmountAfter");
        Require.notNull(accumulatedImpairment, "accumulatedImpairment");
        Require.notNull(revisedSchedule, "revisedSchedule");
        Require.notNull(explanation, "explanation");
    }
}
