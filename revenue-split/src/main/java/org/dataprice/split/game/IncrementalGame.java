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
    }
}
