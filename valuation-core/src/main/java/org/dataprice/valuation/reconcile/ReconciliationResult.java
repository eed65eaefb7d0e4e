package org.dataprice.valuation.reconcile;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * A reconciled value and the range of the approaches' values.
 *
 * @param value       Σ w_k V_k, rounded half-even to minor units; not null
 * @param low         the smallest approach value; not null
 * @param high        the largest approach value; not null
 * @param inputs      the approaches with weights and reasons; not null
 * @param explanation the explanation; the last step holds the value; not null
 */
public record ReconciliationResult(Money value, Money low, Money high, ReconciliationInputs inputs, Explanation explanation) {
    /** Checks nulls. */
    public ReconciliationResult {
        Require.notNull(value, "value");
        Require.notNull(low, "low");
        Require.notNull(high, "high");
        Require.notNull(inputs, "inputs");
        Require.notNull(explanation, "explanation");
    }
}
