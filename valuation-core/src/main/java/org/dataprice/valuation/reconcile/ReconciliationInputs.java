package org.dataprice.valuation.reconcile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The approaches to reconcile: one currency, distinct names, weights summing to 1 within
 * {@link #WEIGHT_TOLERANCE}.
 *
 * @param values the approaches' values; not empty; at most 10; copied
 */
public record ReconciliationInputs(List<ApproachValue> values) {
    /** Tolerance on |Σ w − 1|. */
    public static final double WEIGHT_TOLERANCE = 1e-9;

    /** Validates. */
    public ReconciliationInputs {
        values = Require.nonEmptyCopy(values, "values");
        Require.withinLimit(values.size(), 10, "values", "");
        Set<String> names = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            ApproachValue v = values.get(i);
            Require.that(names.add(v.approach()), "values[" + i + "].approach", v.approach(), Rule.DUPLICATE, v.approach());
            Require.that(v.value().currency().equals(values.get(0).value().currency()), "values[" + i + "].value",
                    v.value().currency(), Rule.CURRENCY_MISMATCH, values.get(0).value().currency().getCurrencyCode());
            sum += v.weight();
        }
        Require.that(Math.abs(sum - 1) <= WEIGHT_TOLERANCE, "values.weight", sum, Rule.SUM_MISMATCH, 1);
    }
}
