package org.dataprice.pricing.negotiation;

import java.util.List;
import org.dataprice.error.Require;

/**
 * When an agent accepts the opponent's offer (Baarslag, Hindriks &amp; Jonker, "Acceptance conditions in
 * automated negotiation", Complex Automated Negotiations, SCI 435, Springer 2013, §3):
 * <ul>
 *   <li>{@link Next} AC_next(a, b): accept when a·u(my next bid) + b ≤ u(offer);</li>
 *   <li>{@link Const} AC_const(c): accept when u(offer) ≥ c;</li>
 *   <li>{@link Time} AC_time(T): accept any offer when t ≥ T;</li>
 *   <li>{@link AllOf} and {@link AnyOf}: conjunctions and disjunctions, e.g. AC_combi =
 *       AC_next ∨ (AC_time(T) ∧ AC_const(c)).</li>
 * </ul>
 * Utilities are undiscounted. Implementations are immutable and thread-safe.
 */
public sealed interface AcceptanceCondition permits AcceptanceCondition.Next, AcceptanceCondition.Const,
        AcceptanceCondition.Time, AcceptanceCondition.AllOf, AcceptanceCondition.AnyOf {
    /**
     * @param offered the agent's utility of the opponent's offer
     * @param nextBid the agent's utility of the bid it would make next
     * @param t       normalised time in [0, 1]
     * @return true to accept
     */
    boolean accepts(double offered, double nextBid, double t);

    /** AC_next(1, 0), the GENIUS default. */
    AcceptanceCondition NEXT = new Next(1, 0);

    /**
     * AC_combi(T, c) = AC_next ∨ (AC_time(T) ∧ AC_const(c)).
     *
     * @param time  T ∈ [0, 1]
     * @param floor c ∈ [0, 1]
     * @return the combination
     */
    static AcceptanceCondition combi(double time, double floor) {
        return new AnyOf(List.of(NEXT, new AllOf(List.of(new Time(time), new Const(floor)))));
    }

    /**
     * AC_next(a, b): accept when a·u(next) + b ≤ u(offer).
     *
     * @param a scale a ∈ [0, 10]
     * @param b shift b ∈ [−1, 1]
     */
    record Next(double a, double b) implements AcceptanceCondition {
        /** Validates. */
        public Next {
            Require.inClosedRange(a, 0, 10, "a");
            Require.inClosedRange(b, -1, 1, "b");
        }

        @Override
        public boolean accepts(double offered, double nextBid, double t) {
            return a * nextBid + b <= offered;
        }
    }

    /**
     * AC_const(c): accept when u(offer) ≥ c.
     *
     * @param threshold c ∈ [0, 1]
     */
    record Const(double threshold) implements AcceptanceCondition {
        /** Validates. */
        public Const {
            Require.probability(threshold, "threshold");
        }

        @Override
        public boolean accepts(double offered, double nextBid, double t) {
            return offered >= threshold;
        }
    }

    /**
     * AC_time(T): accept when t ≥ T.
     *
     * @param time T ∈ [0, 1]
     */
    record Time(double time) implements AcceptanceCondition {
        /** Validates. */
        public Time {
            Require.probability(time, "time");
        }

        @Override
        public boolean accepts(double offered, double nextBid, double t) {
            return t >= time;
        }
    }

    /**
     * Accept when every condition accepts.
     *
     * @param conditions at least one; copied
     */
    record AllOf(List<AcceptanceCondition> conditions) implements AcceptanceCondition {
        /** Validates. */
        public AllOf {
            conditions = Require.nonEmptyCopy(conditions, "conditions");
        }

        @Override
        public boolean accepts(double offered, double nextBid, double t) {
            for (AcceptanceCondition c : conditions) {
                if (!c.accepts(offered, nextBid, t)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Accept when any condition accepts.
     *
     * @param conditions at least one; copied
     */
    record AnyOf(List<AcceptanceCondition> conditions) implements AcceptanceCondition {
        /** Validates. */
        public AnyOf {
            conditions = Require.nonEmptyCopy(conditions, "conditions");
        }

        @Override
        public boolean accepts(double offered, double nextBid, double t) {
            for (AcceptanceCondition c : conditions) {
                if (c.accepts(offered, nextBid, t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
