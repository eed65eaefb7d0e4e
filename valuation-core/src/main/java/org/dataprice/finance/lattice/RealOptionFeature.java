package org.dataprice.finance.lattice;

import org.dataprice.error.Require;

/**
 * A managerial choice on a data asset (实物期权), exercisable at any node of the tree: on exercise
 * the holder's value becomes a linear function of the asset value V, slope · V + intercept, and the
 * choice ends. The options of Trigeorgis, <i>Real Options</i> (MIT Press, 1996), ch. 1 and 7.
 *
 * <table>
 *   <caption>Exercise values</caption>
 *   <tr><th>feature</th><th>on exercise</th><th>a data asset example</th></tr>
 *   <tr><td>{@link Defer}(I)</td><td>V − I (invest); worth 0 if never exercised</td><td>wait to build a data product</td></tr>
 *   <tr><td>{@link Expand}(x, C)</td><td>(1 + x) V − C</td><td>license the data set to a second market</td></tr>
 *   <tr><td>{@link Abandon}(A)</td><td>A</td><td>sell or stop maintaining the data set for salvage A</td></tr>
 *   <tr><td>{@link Switch}(k, C)</td><td>k V − C</td><td>move the data to another use worth k times as much</td></tr>
 * </table>
 */
public sealed interface RealOptionFeature {
    /** @return a on exercise: value = a V + b */
    double slope();

    /** @return b on exercise: value = a V + b */
    double intercept();

    /** @return the feature in words, for explanations */
    String describe();

    /**
     * The option to defer an investment of cost I (an American call on V with strike I).
     *
     * @param investmentCost I &gt; 0, currency
     */
    record Defer(double investmentCost) implements RealOptionFeature {
        /** Validates the cost. */
        public Defer {
            Require.positive(investmentCost, "investmentCost");
        }

        @Override
        public double slope() {
            return 1;
        }

        @Override
        public double intercept() {
            return -investmentCost;
        }

        @Override
        public String describe() {
            return "defer: invest I = " + investmentCost + " for V";
        }
    }

    /**
     * The option to expand the asset's scale by a factor x at cost C.
     *
     * @param factor x &gt; 0, the added fraction of V
     * @param cost   C ≥ 0, currency
     */
    record Expand(double factor, double cost) implements RealOptionFeature {
        /** Validates both fields. */
        public Expand {
            Require.positive(factor, "factor");
            Require.nonNegative(cost, "cost");
        }

        @Override
        public double slope() {
            return 1 + factor;
        }

        @Override
        public double intercept() {
            return -cost;
        }

        @Override
        public String describe() {
            return "expand: (1 + " + factor + ") V - " + cost;
        }
    }

    /**
     * The option to abandon the asset for a salvage value A (an American put on V with strike A).
     *
     * @param salvage A ≥ 0, currency
     */
    record Abandon(double salvage) implements RealOptionFeature {
        /** Validates the salvage value. */
        public Abandon {
            Require.nonNegative(salvage, "salvage");
        }

        @Override
        public double slope() {
            return 0;
        }

        @Override
        public double intercept() {
            return salvage;
        }

        @Override
        public String describe() {
            return "abandon for salvage " + salvage;
        }
    }

    /**
     * The option to switch the asset to another use worth k V, at cost C.
     *
     * @param ratio k ≥ 0, the other use's value per unit of V
     * @param cost  C ≥ 0, currency
     */
    record Switch(double ratio, double cost) implements RealOptionFeature {
        /** Validates both fields. */
        public Switch {
            Require.nonNegative(ratio, "ratio");
            Require.nonNegative(cost, "cost");
        }

        @Override
        public double slope() {
            return ratio;
        }

        @Override
        public double intercept() {
            return -cost;
        }

        @Override
        public String describe() {
            return "switch: " + ratio + " V - " + cost;
        }
    }
}
