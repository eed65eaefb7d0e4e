package org.dataprice.split.game;

/**
 * A game evaluated incrementally along a permutation: a {@link Walk} starts at the empty coalition
 * and returns, for each player that joins, its marginal contribution v(S ∪ {i}) − v(S). This is the
 * form permutation sampling needs (Castro, Gómez &amp; Tejada 2009): a game with a cheap marginal
 * (e.g. {@link SynergyGame}: O(|S|) per join) never evaluates a whole coalition, and a game may have
 * more players than a bitmask holds (up to {@link #MAX_PLAYERS}).
 *
 * <p>Every {@link Game} is an incremental game through a walk over its bitmask.
 */
public interface IncrementalGame {
    /** The largest number of players an incremental game may have. */
    int MAX_PLAYERS = 100_000;

    /** @return the number of players n ≥ 1 */
    int players();

    /**
     * A new walk, positioned at the empty coalition. Walks are not thread-safe; each thread takes
     * its own.
     *
     * @return a fresh walk
     */
    Walk walk();

    /** A coalition that grows one player at a time. Not thread-safe. */
    interface Walk {
        /** Empties the coalition. */
        void reset();

        /**
         * Adds a player not yet in the coalition.
         *
         * @param player the joining player, in [0, n)
         * @return its marginal contribution v(S ∪ {i}) − v(S)
         */
        double join(int player);

        /**
         * Walks a whole order from the empty coalition: resets, then joins {@code order[0]},
         * {@code order[1]}, … and writes each player's marginal contribution to {@code out[player]}.
         * Games with a cheap batched form override it (e.g. {@link SynergyGame} joins four players per
         * pass over its synergy rows); the default joins one at a time. The sums may then differ
         * from one-at-a-time joins by rounding only. Afterwards the walk's coalition is unspecified:
         * {@link #reset()} it before joining again.
         *
         * @param order the joining order, distinct players in [0, n); not null
         * @param out   receives the marginal contributions, indexed by player; length ≥ n
         */
        default void walk(int[] order, double[] out) {
            reset();
            for (int p : order) {
                out[p] = join(p);
            }
        }
    }
}
