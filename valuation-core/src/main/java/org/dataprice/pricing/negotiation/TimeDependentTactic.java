package org.dataprice.pricing.negotiation;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A time-dependent tactic (Faratin, Sierra &amp; Jennings 1998, §4.1; GENIUS {@code TimeDependent}
 * offering strategy): the agent concedes from its maximum utility towards its minimum as time runs out.
 *
 * <pre>
 *   polynomial   f(t) = k + (1 − k)·t^(1/e)          (f = k when e = 0)
 *   exponential  f(t) = exp((1 − t)^e · ln k)         (k ∈ (0, 1]; f = k when e = 0)
 *   target(t)    = Pmin + (Pmax − Pmin)·(1 − f(t))    GENIUS, in utility
 *   price(t)     = aspiration + f(t)·(reservation − aspiration)   FSJ, in the price issue
 * </pre>
 * e &lt; 1 is Boulware (firm until near the deadline), e = 1 linear, e &gt; 1 Conceder, e = 0 Hardliner.
 * GENIUS agents: Boulware e = 0.2, Linear e = 1, Conceder e = 2, Hardliner e = 0; BOA default k = 0.
 *
 * <p>Properties (tested): f is non-decreasing in t, f(0) = k, f(1) = 1 for e &gt; 0, so the target and
 * the price stay between reservation and aspiration and move monotonically towards the reservation.
 * Immutable and thread-safe.
 *
 * @param curve the form of f; not null
 * @param e     the concession exponent e ∈ [0, 100]
 * @param k     the initial concession k ∈ [0, 1] (k ∈ (0, 1] for the exponential form)
 */
public record TimeDependentTactic(ConcessionCurve curve, double e, double k) implements Tactic {
    /** GENIUS {@code TimeDependentAgentBoulware}: e = 0.2, k = 0. */
    public static final TimeDependentTactic BOULWARE = new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, 0.2, 0);
    /** GENIUS {@code TimeDependentAgentLinear}: e = 1, k = 0. */
    public static final TimeDependentTactic LINEAR = new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, 1, 0);
    /** GENIUS {@code TimeDependentAgentConceder}: e = 2, k = 0. */
    public static final TimeDependentTactic CONCEDER = new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, 2, 0);
    /** GENIUS {@code TimeDependentAgentHardliner}: e = 0 (never concedes). */
    public static final TimeDependentTactic HARDLINER = new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, 0, 0);

    /** Validates. */
    public TimeDependentTactic {
        Require.notNull(curve, "curve");
        Require.inClosedRange(e, 0, 100, "e");
        Require.probability(k, "k");
        Require.that(curve != ConcessionCurve.EXPONENTIAL || k > 0, "k", k, Rule.GREATER_THAN,
                "0 for the exponential curve");
    }

    /**
     * The concession function f(t) (FSJ's α(t)).
     *
     * @param t normalised time, clamped to [0, 1]
     * @return f(t) ∈ [k, 1]
     */
    public double concession(double t) {
        double time = t < 0 ? 0 : (t > 1 ? 1 : t);
        if (e == 0) {
            return k;
        }
        if (curve == ConcessionCurve.POLYNOMIAL) {
            return k + (1 - k) * Math.pow(time, 1 / e);
        }
        return Math.exp(Math.pow(1 - time, e) * Math.log(k));
    }

    /**
     * f(t) from pre-computed logarithms, for the simulation kernel: avoids {@code Math.pow}.
     *
     * @param logT    ln t (−∞ at t = 0)
     * @param log1mT  ln(1 − t) (−∞ at t = 1)
     * @param logK    ln k (only used by the exponential form)
     * @return f(t), equal to {@link #concession(double)} up to rounding
     */
    double concessionFromLogs(double logT, double log1mT, double logK) {
        if (e == 0) {
            return k;
        }
        if (curve == ConcessionCurve.POLYNOMIAL) {
            return k + (1 - k) * Math.exp(logT / e);
        }
        return Math.exp(Math.exp(e * log1mT) * logK);
    }

    @Override
    public double target(double t, double min, double max, double opponentBefore, double opponentLast,
            double ownLastTarget) {
        return min + (max - min) * (1 - concession(t));
    }

    /**
     * The price offered at time t in a single-issue (price) negotiation (FSJ 1998 eq. 1):
     * aspiration + f(t)·(reservation − aspiration). Works for both roles: a seller has
     * aspiration &gt; reservation, a buyer the reverse.
     *
     * @param t           normalised time
     * @param reservation the reservation price (the worst acceptable)
     * @param aspiration  the opening price (the best hoped for)
     * @return the price, between the two
     */
    public double price(double t, double reservation, double aspiration) {
        Require.finite(reservation, "reservation");
        Require.finite(aspiration, "aspiration");
        return aspiration + concession(t) * (reservation - aspiration);
    }
}
