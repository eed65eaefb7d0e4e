package org.dataprice.valuation.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * Reconciles several approaches (综合分析确定评估结论): V = Σ_k w_k · V_k with Σ w_k = 1 and a reason
 * for each weight; the range is [min V_k, max V_k] over the approaches given (weight 0 included, as
 * the appraiser considered it).
 *
 * <p>The CAS 2023 guidance requires the results of several approaches to be analysed and compared
 * before the conclusion is determined; a weighted combination is common practice, not a prescribed
 * formula (domain notes §1.6), so weights and reasons are always stated. Arithmetic: exact
 * BigDecimal products of the money amounts and the shortest decimal forms of the weights, rounded
 * once HALF_EVEN to minor units. Stateless and thread-safe.
 */
public final class Reconciliation {
    /** The default instance. */
    public static final Reconciliation DEFAULT = new Reconciliation();

    /**
     * @param inputs the approaches' values, weights and reasons; not null
     * @return the reconciled value and range, explained
     */
    public ReconciliationResult reconcile(ReconciliationInputs inputs) {
        Require.notNull(inputs, "inputs");
        Money first = inputs.values().get(0).value();
        BigDecimal sum = BigDecimal.ZERO;
        Money low = first;
        Money high = first;
        Explanation.Builder e = Explanation.builder("valuation.reconcile.weighted");
        for (ApproachValue v : inputs.values()) {
            e.input(v.approach() + ".value", v.value()).input(v.approach() + ".weight", v.weight(), "")
                    .input(v.approach() + ".reason", v.reason());
            BigDecimal part = contribution(v.value(), v.weight());
            sum = sum.add(part);
            low = low.min(v.value());
            high = high.max(v.value());
            e.step(Step.builder(ReconcileSteps.CONTRIBUTION).formula("w_k · V_k — " + v.reason())
                    .input(Quantity.of("V_k", v.value())).input("w_k", v.weight(), "")
                    .result(Quantity.of(v.approach(), part, first.currency().getCurrencyCode())).build());
        }
        Money value = rounded(sum, first.currency());
        e.step(Step.builder(ReconcileSteps.RANGE).formula("[min V_k, max V_k]").input(Quantity.of("low", low))
                .result(Quantity.of("high", high)).build());
        e.step(Step.builder(ReconcileSteps.VALUE).formula("V = Σ_k w_k · V_k, Σ w_k = 1, rounded HALF_EVEN")
                .result(Quantity.of("V", value)).source("CAS 数据资产评估指导意见 (2023): analyse and compare the approaches' results").build());
        return new ReconciliationResult(value, low, high, inputs, e.build());
    }

    /**
     * The kernel of {@link #reconcile} without range and explanation: V = Σ_k w_k · V_k with the same exact
     * products, rounded once HALF_EVEN, so it equals {@code reconcile(x).value()} for the same values and weights
     * (the sensitivity and Monte Carlo drivers of an engagement call it once per draw). The weights are given as
     * their shortest decimal forms, {@link #decimal(double)}, so a caller converts them once, not per call; they are
     * not checked here (an {@link ReconciliationInputs} checks them).
     *
     * @param values  V_k, one currency, at least one; not modified
     * @param weights w_k as {@link #decimal(double)} gives them, as many as values; not modified
     * @return V
     */
    public static Money weightedValue(Money[] values, BigDecimal[] weights) {
        Require.size(weights.length, values.length, "weights");
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < values.length; k++) {
            sum = sum.add(values[k].amount().multiply(weights[k]));
        }
        return rounded(sum, values[0].currency());
    }

    /**
     * @param weight a weight w_k
     * @return its shortest decimal form, the exact factor of {@link #reconcile} and {@link #weightedValue}
     */
    public static BigDecimal decimal(double weight) {
        return BigDecimal.valueOf(weight);
    }

    // w_k · V_k, exact, from the shortest decimal form of w_k
    private static BigDecimal contribution(Money value, double weight) {
        return value.amount().multiply(decimal(weight));
    }

    // Σ rounded once HALF_EVEN to the currency's minor units
    private static Money rounded(BigDecimal sum, java.util.Currency currency) {
        return Money.of(sum, currency, Money.minorUnits(currency), RoundingMode.HALF_EVEN);
    }
}
