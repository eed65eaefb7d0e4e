package org.dataprice.pricing.bargaining;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;
import org.dataprice.pricing.negotiation.Role;

/**
 * Closed-form bargaining benchmarks for a price between a seller reserve s and a buyer reserve b
 * (s &lt; b), with linear utilities u_S = p − s and u_B = b − p:
 * <pre>
 *   Nash (1950)                 max (p − s)(b − p)                  → p = (s + b)/2
 *   generalised Nash (α)        max (p − s)^α (b − p)^(1−α)         → p = s + α(b − s)
 *   Rubinstein (1982), seller first: share = (1 − δ_B)/(1 − δ_S δ_B) → p = s + share·(b − s)
 *   Rubinstein, buyer first:    buyer share = (1 − δ_S)/(1 − δ_S δ_B) → p = b − share·(b − s)
 *   Kalai–Smorodinsky (1975)    gains proportional to ideal gains (b − s each) → p = (s + b)/2
 * </pre>
 * The Rubinstein share is the subgame-perfect equilibrium share of the first proposer, x* = (1 − δ₂)/(1 − δ₁δ₂)
 * (Rubinstein, Econometrica 50(1):97–109, 1982; Osborne &amp; Rubinstein, <i>Bargaining and Markets</i>,
 * 1990, Prop. 3.3). With δ_S = δ_B → 1 it tends to 1/2 (Nash). Sources: domain-notes §6.3; Nash,
 * Econometrica 18(2):155–162, 1950; Kalai &amp; Smorodinsky, Econometrica 43(3):513–518, 1975.
 *
 * <p>Edge cases: δ_S = δ_B = 1 is rejected (no unique equilibrium: the share formula is 0/0); one δ = 1
 * gives that party everything it can claim. Prices are rounded half-even to the minor unit. Stateless
 * and thread-safe.
 */
public final class BargainingBenchmarks {
    /** The default instance. */
    public static final BargainingBenchmarks DEFAULT = new BargainingBenchmarks();

    /**
     * @param problem the bargain; not null
     * @return the Nash bargaining price (s + b)/2
     */
    public BargainingSolution nash(BargainingProblem problem) {
        return solve(Explanation.builder("pricing.bargaining.nash"), problem, 0.5, "argmax (p − s)(b − p) ⇒ 1/2",
                "Nash 1950");
    }

    /**
     * @param problem     the bargain; not null
     * @param sellerPower α ∈ [0, 1], the seller's bargaining power
     * @return the generalised Nash price s + α(b − s)
     */
    public BargainingSolution generalizedNash(BargainingProblem problem, double sellerPower) {
        Require.probability(sellerPower, "sellerPower");
        return solve(Explanation.builder("pricing.bargaining.generalizedNash").input("sellerPower", sellerPower, ""),
                problem, sellerPower,
                "argmax (p − s)^α (b − p)^(1−α) ⇒ α", "Nash 1950; Roth 1979 (asymmetric)");
    }

    /**
     * @param problem      the bargain; not null
     * @param sellerDelta  δ_S ∈ [0, 1], the seller's per-round discount factor
     * @param buyerDelta   δ_B ∈ [0, 1], the buyer's; not both 1
     * @param first        who proposes first; not null
     * @return the Rubinstein equilibrium price
     */
    public BargainingSolution rubinstein(BargainingProblem problem, double sellerDelta, double buyerDelta,
            Role first) {
        Require.probability(sellerDelta, "sellerDelta");
        Require.probability(buyerDelta, "buyerDelta");
        Require.lessThan(sellerDelta * buyerDelta, 1, "sellerDelta*buyerDelta");
        Require.notNull(first, "first");
        double denominator = 1 - sellerDelta * buyerDelta;
        double share = first == Role.SELLER ? (1 - buyerDelta) / denominator : 1 - (1 - sellerDelta) / denominator;
        String formula = first == Role.SELLER ? "(1 − δ_B)/(1 − δ_S δ_B)" : "1 − (1 − δ_S)/(1 − δ_S δ_B)";
        Explanation.Builder inputs = Explanation.builder("pricing.bargaining.rubinstein")
                .input("sellerDelta", sellerDelta, "").input("buyerDelta", buyerDelta, "").input("first", first.name());
        return solve(inputs, problem, share, formula,
                "Rubinstein, Econometrica 50(1):97–109, 1982");
    }

    /**
     * @param problem the bargain; not null
     * @return the Kalai–Smorodinsky price: gains in proportion to ideal gains, (s + b)/2 on a price line
     */
    public BargainingSolution kalaiSmorodinsky(BargainingProblem problem) {
        return solve(Explanation.builder("pricing.bargaining.kalaiSmorodinsky"), problem, 0.5,
                "(p − s)/(b − s) = (b − p)/(b − s) ⇒ 1/2", "Kalai & Smorodinsky, Econometrica 43(3), 1975");
    }

    /**
     * The price s + share·(b − s) with its explanation. The input hash covers every input of the model: the
     * method's own parameters (α; δ_S, δ_B and the first mover), already on {@code inputs}, then both reserves.
     */
    private static BargainingSolution solve(Explanation.Builder inputs, BargainingProblem problem, double share,
            String formula, String source) {
        Require.notNull(problem, "problem");
        double s = problem.sellerReserve().toDouble();
        double b = problem.buyerReserve().toDouble();
        double clamped = Math.max(0, Math.min(1, share));
        Money price = Money.ofDouble(s + clamped * (b - s), problem.sellerReserve().currency(),
                Money.SETTLEMENT_ROUNDING);
        Explanation explanation = inputs.input("sellerReserve", problem.sellerReserve())
                .input("buyerReserve", problem.buyerReserve())
                .step(Step.of(BargainingSteps.SURPLUS, "b − s", b - s, problem.sellerReserve().currency().getCurrencyCode()))
                .step(Step.of(BargainingSteps.SELLER_SHARE, formula, clamped, ""))
                .step(Step.builder(BargainingSteps.PRICE).formula("s + share × (b − s), rounded half-even")
                        .result(Quantity.of("price", price)).source(source).build())
                .build();
        return new BargainingSolution(price, clamped, explanation);
    }
}
