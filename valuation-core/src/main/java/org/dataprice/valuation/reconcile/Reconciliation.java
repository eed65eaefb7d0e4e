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
            BigDecimal part = v.value().amount().multiply(BigDecimal.valueOf(v.weight()));
            sum = sum.add(part);
            low = low.min(v.value());
            high = high.max(v.value());
            e.step(Step.builder(ReconcileSteps.CONTRIBUTION).formula("w_k · V_k — " + v.reason())
                    .input(Quantity.of("V_k", v.value())).input("w_k", v.weight(), "")
                    .result(Quantity.of(v.approach(), part, first.currency().getCurrencyCode())).build());
        }
        Money value = Money.of(sum, first.currency(), Money.minorUnits(first.currency()), RoundingMode.HALF_EVEN);
        e.step(Step.builder(ReconcileSteps.RANGE).formula("[min V_k, max V_k]").input(Quantity.of("low", low))
                .result(Quantity.of("high", high)).build());
        e.step(Step.builder(ReconcileSteps.VALUE).formula("V = Σ_k w_k · V_k, Σ w_k = 1, rounded HALF_EVEN")
                .result(Quantity.of("V", value)).source("CAS 数据资产评估指导意见 (2023): analyse and compare the approaches' results").build());
        return new ReconciliationResult(value, low, high, inputs, e.build());
    }
}
