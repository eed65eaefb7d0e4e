package org.dataprice.pricing.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;

/**
 * An automated two-agent negotiation under the alternating-offers protocol with a deadline
 * (Rubinstein 1982; the GENIUS stacked alternating offers protocol for two parties).
 *
 * <p>Protocol: {@code rounds} offers at most, R ≥ 1. Round r (0-based) happens at normalised time
 * t_r = r / (R − 1) (t = 1 when R = 1); the first mover proposes in even rounds. In round r &gt; 0 the
 * proposer first decides on the opponent's last offer: it computes its own next bid (target from its
 * tactic at t_r, then the domain's bid near that target) and accepts when its acceptance condition holds
 * <i>and</i> the offer is individually rational (own utility ≥ own reservation value, a guard so that
 * AC_time never accepts a loss). Otherwise it makes that bid. After round R − 1 the other party may still
 * accept the last offer at t = 1; then the deadline has passed.
 *
 * <p>Outcome utilities: undiscounted U, and U·δ^t at the time of the accepted offer; without agreement
 * both parties get their reservation values, discounted at t = 1.
 *
 * <p>Determinism: tactics and acceptance are deterministic and bids tie-break by outcome index, so a
 * simulation is a pure function of its inputs; {@link #batch} runs independent negotiations on all cores
 * (fork/join via a parallel stream) and writes each result to its own slot, so the result does not depend
 * on the thread schedule. Limits: R ≤ {@link #MAX_ROUNDS}, batch ≤ {@link #MAX_BATCH}. Stateless and
 * thread-safe.
 */
public final class NegotiationSimulator {
    /** The default instance. */
    public static final NegotiationSimulator DEFAULT = new NegotiationSimulator();
    /** The largest number of rounds accepted. */
    public static final int MAX_ROUNDS = 100_000;
    /** The largest batch of negotiations accepted. */
    public static final int MAX_BATCH = 10_000_000;
    /** The kernel's code for "no agreement". */
    public static final long NO_AGREEMENT = -1L;

    /**
     * Simulates one negotiation with a full trace and analysis.
     *
     * @param domain the outcome space; not null
     * @param seller the seller agent; its utility must be the domain's seller utility; not null
     * @param buyer  the buyer agent; its utility must be the domain's buyer utility; not null
     * @param rounds the deadline R in offers, 1..{@link #MAX_ROUNDS}
     * @param first  who proposes first; not null
     * @return the outcome
     */
    public NegotiationOutcome simulate(NegotiationDomain domain, NegotiationAgent seller, NegotiationAgent buyer,
            int rounds, Role first) {
        check(domain, seller, buyer, rounds, first);
        List<TracedOffer> trace = new ArrayList<>();
        long code = run(domain, seller, buyer, rounds, first, trace, clock(rounds));
        int round = code < 0 ? -1 : (int) (code >>> 32);
        int outcome = code < 0 ? -1 : (int) code;
        double t = code < 0 ? 1 : time(round, rounds);
        double us = outcome < 0 ? seller.utility().reservationValue() : domain.utilityOf(0, outcome);
        double ub = outcome < 0 ? buyer.utility().reservationValue() : domain.utilityOf(1, outcome);
        double ds = seller.utility().discounted(us, t);
        double db = buyer.utility().discounted(ub, t);
        double dn = domain.distanceToNash(us, ub);
        double dp = domain.distanceToPareto(us, ub);
        double nashProduct = domain.hasAgreementZone()
                ? (domain.utilityOf(0, domain.nashOutcome()) - seller.utility().reservationValue())
                        * (domain.utilityOf(1, domain.nashOutcome()) - buyer.utility().reservationValue())
                : 0;
        Explanation explanation = Explanation.builder("pricing.negotiation.alternatingOffers")
                .input("rounds", rounds).input("first", first.name()).input("outcomes", domain.size())
                .input("sellerTactic", seller.tactic().toString()).input("buyerTactic", buyer.tactic().toString())
                // every other input: the outcome grid, both utilities (weights, ranges, reservation values, discount
                // factors δ) and both acceptance conditions, as their canonical record text
                .hashOnly("domain", domain.canonical())
                .hashOnly("sellerUtility", seller.utility().toString()).hashOnly("buyerUtility", buyer.utility().toString())
                .hashOnly("sellerAcceptance", seller.acceptance().toString())
                .hashOnly("buyerAcceptance", buyer.acceptance().toString())
                .step(Step.builder(NegotiationSteps.OFFERS).formula("offers made before acceptance or deadline")
                        .result(trace.size(), "").build())
                .step(Step.of(NegotiationSteps.NASH, "max (u_S − r_S)(u_B − r_B)", nashProduct, ""))
                .step(Step.of(NegotiationSteps.DISTANCE_NASH, "‖(U_S, U_B) − Nash‖₂", dn, ""))
                .step(Step.of(NegotiationSteps.DISTANCE_PARETO, "min over frontier ‖(U_S, U_B) − f‖₂", dp, ""))
                .step(Step.of(NegotiationSteps.SELLER_UTILITY, "U_S · δ_S^t", ds, ""))
                .step(Step.of(NegotiationSteps.BUYER_UTILITY, "U_B · δ_B^t", db, ""))
                .step(Step.builder(NegotiationSteps.AGREEMENT_ROUND).formula("round of the accepted offer")
                        .result(round, "").source("Faratin, Sierra & Jennings 1998; GENIUS alternating offers")
                        .build())
                .build();
        return new NegotiationOutcome(outcome < 0 ? Optional.empty() : Optional.of(domain.decode(outcome)), round,
                us, ub, ds, db, dn, dp, trace, explanation);
    }

    /**
     * The primitive kernel: one negotiation without trace or analysis.
     *
     * @param domain the outcome space; not null
     * @param seller the seller agent; not null
     * @param buyer  the buyer agent; not null
     * @param rounds the deadline R, 1..{@link #MAX_ROUNDS}
     * @param first  who proposes first; not null
     * @return (round &lt;&lt; 32) | outcome of the accepted offer, or {@link #NO_AGREEMENT}
     */
    public long kernel(NegotiationDomain domain, NegotiationAgent seller, NegotiationAgent buyer, int rounds,
            Role first) {
        check(domain, seller, buyer, rounds, first);
        return run(domain, seller, buyer, rounds, first, null, clock(rounds));
    }

    /**
     * Runs many independent negotiations on all cores, deterministically.
     *
     * @param domain  the outcome space; not null
     * @param sellers the seller agents, one per negotiation; not null
     * @param buyers  the buyer agents, same size; not null
     * @param rounds  the deadline R
     * @param first   who proposes first; not null
     * @return the kernel codes, in order
     */
    public long[] batch(NegotiationDomain domain, List<NegotiationAgent> sellers, List<NegotiationAgent> buyers,
            int rounds, Role first) {
        Require.notNull(sellers, "sellers");
        Require.notNull(buyers, "buyers");
        Require.withinLimit(sellers.size(), MAX_BATCH, "sellers", "split the batch");
        Require.size(buyers.size(), sellers.size(), "buyers");
        NegotiationAgent[] s = sellers.toArray(new NegotiationAgent[0]);
        NegotiationAgent[] b = buyers.toArray(new NegotiationAgent[0]);
        for (int i = 0; i < s.length; i++) {
            check(domain, Require.notNull(s[i], "sellers[" + i + "]"), Require.notNull(b[i], "buyers[" + i + "]"),
                    rounds, first);
        }
        long[] out = new long[s.length];
        double[][] clock = clock(rounds);
        IntStream.range(0, s.length).parallel().forEach(i -> out[i] = run(domain, s[i], b[i], rounds, first, null, clock));
        return out;
    }

    private static void check(NegotiationDomain domain, NegotiationAgent seller, NegotiationAgent buyer, int rounds,
            Role first) {
        Require.notNull(domain, "domain");
        Require.notNull(seller, "seller");
        Require.notNull(buyer, "buyer");
        Require.that(seller.utility() == domain.seller() || seller.utility().equals(domain.seller()), "seller.utility", "other", Rule.INVALID_STATE,
                "must be the domain's seller utility");
        Require.that(buyer.utility() == domain.buyer() || buyer.utility().equals(domain.buyer()), "buyer.utility", "other", Rule.INVALID_STATE,
                "must be the domain's buyer utility");
        Require.atLeast(rounds, 1, "rounds");
        Require.withinLimit(rounds, MAX_ROUNDS, "rounds", "");
        Require.notNull(first, "first");
    }

    // t_r = r / (R − 1), or 1 when R = 1
    private static double time(int round, int rounds) {
        return rounds == 1 ? 1 : (double) round / (rounds - 1);
    }

    // {t_r, ln t_r, ln(1 − t_r)} for r = 0..R (index R is the final acceptance at t = 1)
    private static double[][] clock(int rounds) {
        double[][] c = new double[3][rounds + 1];
        for (int r = 0; r <= rounds; r++) {
            double t = r >= rounds ? 1 : time(r, rounds);
            c[0][r] = t;
            c[1][r] = Math.log(t);
            c[2][r] = Math.log1p(-t);
        }
        return c;
    }

    private static long run(NegotiationDomain d, NegotiationAgent seller, NegotiationAgent buyer, int rounds,
            Role first, List<TracedOffer> trace, double[][] clock) {
        Tactic tactic0 = seller.tactic();
        Tactic tactic1 = buyer.tactic();
        // time-dependent tactics take the fast path: f(t) from pre-computed logarithms, no Math.pow
        TimeDependentTactic fast0 = tactic0 instanceof TimeDependentTactic t ? t : null;
        TimeDependentTactic fast1 = tactic1 instanceof TimeDependentTactic t ? t : null;
        double logK0 = fast0 == null ? 0 : Math.log(fast0.k());
        double logK1 = fast1 == null ? 0 : Math.log(fast1.k());
        AcceptanceCondition accept0 = seller.acceptance();
        AcceptanceCondition accept1 = buyer.acceptance();
        double reservation0 = seller.utility().reservationValue();
        double reservation1 = buyer.utility().reservationValue();
        double min0 = d.minOf(0);
        double max0 = d.maxOf(0);
        double min1 = d.minOf(1);
        double max1 = d.maxOf(1);
        double[] times = clock[0];
        double[] logT = clock[1];
        double[] log1mT = clock[2];
        double before0 = Double.NaN;
        double before1 = Double.NaN;
        double last0 = Double.NaN;
        double last1 = Double.NaN;
        double target0 = Double.NaN;
        double target1 = Double.NaN;
        int lastOffer = -1;
        int firstIndex = first.ordinal();
        for (int r = 0; r <= rounds; r++) {
            int me = (firstIndex + r) & 1;
            double t = times[r];
            double target;
            if (me == 0) {
                target = fast0 != null
                        ? max0 - (max0 - min0) * fast0.concessionFromLogs(logT[r], log1mT[r], logK0)
                        : tactic0.target(t, min0, max0, before0, last0, target0);
            } else {
                target = fast1 != null
                        ? max1 - (max1 - min1) * fast1.concessionFromLogs(logT[r], log1mT[r], logK1)
                        : tactic1.target(t, min1, max1, before1, last1, target1);
            }
            int bid = d.bid(me, target);
            if (lastOffer >= 0) {
                double offered = d.utilityOf(me, lastOffer);
                boolean accepts = me == 0
                        ? offered >= reservation0 && accept0.accepts(offered, d.utilityOf(0, bid), t)
                        : offered >= reservation1 && accept1.accepts(offered, d.utilityOf(1, bid), t);
                if (accepts) {
                    return ((long) (r - 1) << 32) | lastOffer;
                }
            }
            if (r == rounds) {
                break;
            }
            if (me == 0) {
                target0 = target;
                before1 = last1;
                last1 = d.utilityOf(1, bid);
            } else {
                target1 = target;
                before0 = last0;
                last0 = d.utilityOf(0, bid);
            }
            lastOffer = bid;
            if (trace != null) {
                trace.add(new TracedOffer(r, Role.values()[me], d.decode(bid), d.utilityOf(0, bid), d.utilityOf(1, bid)));
            }
        }
        return NO_AGREEMENT;
    }
}
