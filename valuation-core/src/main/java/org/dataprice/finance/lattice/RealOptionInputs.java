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

    /**
     * @return a builder naming every figure, so that same-typed numbers cannot be swapped by position; a
     *         figure left unset that has no default is refused with {@code missing} naming it
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link RealOptionInputs} by name. The leakage defaults to 0 and the probability to {@link CrrProbability#TEXTBOOK}; features are added one by one. Not thread-safe; {@link #build()} validates as the canonical constructor does.
     */
    public static final class Builder {
        private Double assetValue;
        private Double volatility;
        private Double rate;
        private double leakage = 0;
        private Double horizon;
        private Integer steps;
        private final java.util.List<RealOptionFeature> features = new java.util.ArrayList<>();
        private CrrProbability probability = CrrProbability.TEXTBOOK;

        private Builder() {
        }

        /**
         * @param assetValue V0 &gt; 0
         * @return this builder
         */
        public Builder assetValue(double assetValue) {
            this.assetValue = assetValue;
            return this;
        }

        /**
         * @param volatility σ of V in (0, 10] per √year
         * @return this builder
         */
        public Builder volatility(double volatility) {
            this.volatility = volatility;
            return this;
        }

        /**
         * @param rate r in [−1, 1] per year
         * @return this builder
         */
        public Builder rate(double rate) {
            this.rate = rate;
            return this;
        }

        /**
         * @param leakage δ in [−1, 1] per year (default 0)
         * @return this builder
         */
        public Builder leakage(double leakage) {
            this.leakage = leakage;
            return this;
        }

        /**
         * @param horizon T in (0, 100] years
         * @return this builder
         */
        public Builder horizon(double horizon) {
            this.horizon = horizon;
            return this;
        }

        /**
         * @param steps n ≥ 2 tree steps
         * @return this builder
         */
        public Builder steps(int steps) {
            this.steps = steps;
            return this;
        }

        /**
         * @param feature a choice the holder has (defer stands alone); not null
         * @return this builder
         */
        public Builder feature(RealOptionFeature feature) {
            this.features.add(Require.notNull(feature, "features"));
            return this;
        }

        /**
         * @param probability the CRR probability variant (default TEXTBOOK)
         * @return this builder
         */
        public Builder probability(CrrProbability probability) {
            this.probability = probability;
            return this;
        }

        /**
         * @return the validated inputs
         * @throws org.dataprice.error.InvalidInputException naming the first missing or invalid figure
         */
        public RealOptionInputs build() {
            return new RealOptionInputs(Require.present(assetValue, "assetValue"),
                    Require.present(volatility, "volatility"),
                    Require.present(rate, "rate"),
                    leakage,
                    Require.present(horizon, "horizon"),
                    Require.present(steps, "steps"),
                    features,
                    probability);
        }
    }
}
