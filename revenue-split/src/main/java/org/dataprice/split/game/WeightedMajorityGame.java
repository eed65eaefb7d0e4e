package org.dataprice.split.game;

import org.dataprice.error.Require;

/**
 * A weighted majority (voting) game [q; w<sub>1</sub>, …, w<sub>n</sub>] (加权多数博弈): a coalition wins,
 * v(S) = 1, when its total weight reaches the quota, Σ<sub>i∈S</sub> w<sub>i</sub> ≥ q, and loses,
 * v(S) = 0, otherwise. The UN Security Council is [39; 7,7,7,7,7,1,…,1] (5 permanent, 10 elected).
 *
 * <p>Integer weights ≥ 0 and quota in [1, Σw]; up to {@link #MAX_PLAYERS} players for the power
 * indices by dynamic programming (which are exact in 64-bit counts), and {@link Game#MAX_PLAYERS} for
 * {@link #value(long)}. Immutable and thread-safe.
 *
 * <p>Source: Shapley &amp; Shubik, "A method for evaluating the distribution of power in a committee
 * system", APSR 48 (1954) 787–792.
 */
public final class WeightedMajorityGame implements Game {
    /** The largest number of players (the counts of coalitions stay below 2^62). */
    public static final int MAX_PLAYERS = Game.MAX_PLAYERS;

    private final long quota;
    private final long[] weights;

    private WeightedMajorityGame(long quota, long[] weights) {
        this.quota = quota;
        this.weights = weights;
    }

    /**
     * @param quota   the winning quota q, in [1, Σw]
     * @param weights integer weights w<sub>i</sub> ≥ 0, 1 … {@link #MAX_PLAYERS} of them; copied
     * @return the game
     */
    public static WeightedMajorityGame of(long quota, long... weights) {
        Require.notNull(weights, "weights");
        Games.checkPlayers(weights.length, MAX_PLAYERS, "weights.length");
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            Require.atLeast(weights[i], 0L, "weights[" + i + "]");
            total = Math.addExact(total, weights[i]);
        }
        Require.atLeast(quota, 1L, "quota");
        Require.withinLimit(quota, total, "quota", "");
        return new WeightedMajorityGame(quota, weights.clone());
    }

    /** @return the quota q */
    public long quota() {
        return quota;
    }

    /** @return a copy of the weights */
    public long[] weights() {
        return weights.clone();
    }

    /**
     * @param player a player index
     * @return that player's weight
     */
    public long weight(int player) {
        return weights[player];
    }

    @Override
    public int players() {
        return weights.length;
    }

    @Override
    public double value(long coalition) {
        long sum = 0;
        for (long s = coalition; s != 0; s &= s - 1) {
            sum += weights[Long.numberOfTrailingZeros(s)];
        }
        return sum >= quota ? 1 : 0;
    }
}
