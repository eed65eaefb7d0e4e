package org.dataprice.finance.montecarlo;

import org.dataprice.error.Require;
import org.dataprice.finance.option.OptionType;

/**
 * What a simulated path pays. Path-dependent payoffs observe the path at m equally spaced dates
 * T/m, 2T/m, …, T (discrete monitoring; no continuity correction).
 */
public sealed interface Payoff {
    /** The largest number of monitoring dates. */
    int MAX_FIXINGS = 10_000;

    /** @return call or put */
    OptionType type();

    /** @return the strike K */
    double strike();

    /** @return the monitoring dates m (1 for European) */
    int fixings();

    /**
     * max(±(S_T − K), 0), sampled from the exact terminal law of GBM.
     *
     * @param type   call or put; not null
     * @param strike K &gt; 0
     */
    record European(OptionType type, double strike) implements Payoff {
        /** Validates both fields. */
        public European {
            Require.notNull(type, "type");
            Require.positive(strike, "strike");
        }

        @Override
        public int fixings() {
            return 1;
        }
    }

    /**
     * max(±(A − K), 0) with A the arithmetic mean of S at the m fixings.
     *
     * @param type    call or put; not null
     * @param strike  K &gt; 0
     * @param fixings m in [1, {@link #MAX_FIXINGS}]
     */
    record ArithmeticAsian(OptionType type, double strike, int fixings) implements Payoff {
        /** Validates every field. */
        public ArithmeticAsian {
            Require.notNull(type, "type");
            Require.positive(strike, "strike");
            Require.inClosedRange(fixings, 1, MAX_FIXINGS, "fixings");
        }
    }

    /**
     * max(±(G − K), 0) with G the geometric mean of S at the m fixings (has a closed form).
     *
     * @param type    call or put; not null
     * @param strike  K &gt; 0
     * @param fixings m in [1, {@link #MAX_FIXINGS}]
     */
    record GeometricAsian(OptionType type, double strike, int fixings) implements Payoff {
        /** Validates every field. */
        public GeometricAsian {
            Require.notNull(type, "type");
            Require.positive(strike, "strike");
            Require.inClosedRange(fixings, 1, MAX_FIXINGS, "fixings");
        }
    }

    /**
     * A vanilla payoff at T that exists only if the barrier was (knock-in) or was not (knock-out)
     * touched at one of the m monitoring dates; no rebate.
     *
     * @param type    call or put; not null
     * @param strike  K &gt; 0
     * @param barrier B &gt; 0
     * @param kind    up/down, in/out; not null
     * @param fixings m in [1, {@link #MAX_FIXINGS}]
     */
    record Barrier(OptionType type, double strike, double barrier, BarrierKind kind, int fixings) implements Payoff {
        /** Validates every field. */
        public Barrier {
            Require.notNull(type, "type");
            Require.positive(strike, "strike");
            Require.positive(barrier, "barrier");
            Require.notNull(kind, "kind");
            Require.inClosedRange(fixings, 1, MAX_FIXINGS, "fixings");
        }
    }
}
