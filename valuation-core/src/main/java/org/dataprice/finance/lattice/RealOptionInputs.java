package org.dataprice.finance.lattice;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A data asset with managerial flexibility, for {@link RealOptionTree}.
 *
 * @param assetValue  V0, the present value of the asset's expected cash flows (currency); &gt; 0
 * @param volatility  σ of V, per √year; in (0, 10]
 * @param rate        r, continuously compounded risk-free rate per year; in [−1, 1]
 * @param leakage     δ, the continuous rate at which value leaks away (cash paid out, obsolescence,
 *                    competitors copying the data), per year; in [−1, 1]; plays the role of q
 * @param horizon     T, the years during which the choices can be made; in (0, 100]
 * @param steps       n ≥ 2 tree steps
 * @param features    the choices, at least one; a {@link RealOptionFeature.Defer} must stand alone
 *                    (before investing there is nothing to expand or abandon); copied
 * @param probability the CRR probability variant; not null
 */
public record RealOptionInputs(double assetValue, double volatility, double rate, double leakage, double horizon,
        int steps, List<RealOptionFeature> features, CrrProbability probability) {
    /** Validates every field. */
    public RealOptionInputs {
        Require.positive(assetValue, "assetValue");
        Require.inLeftOpenRange(volatility, 0, 10, "volatility");
        Require.inClosedRange(rate, -1, 1, "rate");
        Require.inClosedRange(leakage, -1, 1, "leakage");
        Require.inLeftOpenRange(horizon, 0, 100, "horizon");
        Require.atLeast(steps, 2, "steps");
        features = Require.nonEmptyCopy(features, "features");
        boolean defer = features.stream().anyMatch(f -> f instanceof RealOptionFeature.Defer);
        Require.that(!defer || features.size() == 1, "features", features, Rule.INVALID_STATE,
                "defer cannot be combined with other features");
        Require.notNull(probability, "probability");
    }

    /** @return true when the asset is not yet invested in (a single defer feature) */
    public boolean deferred() {
        return features.get(0) instanceof RealOptionFeature.Defer;
    }
}
