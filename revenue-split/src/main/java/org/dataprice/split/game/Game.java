package org.dataprice.split.game;

/**
 * A transferable-utility cooperative game (合作博弈) on players 0..n−1 whose coalitions are bitmasks:
 * coalition S is the {@code long} with bit i set when player i is in S. A profit game gives the worth
 * v(S) a coalition can create; a cost game gives the cost c(S) it would bear alone (its savings game
 * is {@link SavingsGame}). Every value in this library is linear in v, so the same code serves both
 * kinds; only the core, least core and nucleolus look at the sign convention.
 *
 * <p>Contract: {@link #players()} is in [1, {@link #MAX_PLAYERS}]; {@link #value(long)} is finite,
 * deterministic and pure for every mask in [0, 2<sup>n</sup>); v(∅) = 0. Implementations are immutable
 * and thread-safe. Games with more players than a {@code long} can index implement only
 * {@link IncrementalGame} (for sampling).
 *
 * <p>Source: Peleg &amp; Sudhölter, <i>Introduction to the Theory of Cooperative Games</i>, 2nd ed.
 * 2007, ch. 2.
 */
public interface Game extends IncrementalGame {
    /** The largest number of players a bitmask game can have (bit 63 is the sign, bit 62 kept free). */
    int MAX_PLAYERS = 62;

    /**
     * @param coalition the coalition as a bitmask over players 0..n−1
     * @return the worth (or cost) of the coalition; finite
     */
    double value(long coalition);

    /** @return the grand coalition N as a bitmask */
    default long grandCoalition() {
        return (1L << players()) - 1;
    }

    /**
     * A walk that evaluates {@link #value(long)} on the growing coalition; needs n ≤ {@link #MAX_PLAYERS}
     * (games with more players override it).
     */
    @Override
    default Walk walk() {
        org.dataprice.error.Require.withinLimit(players(), MAX_PLAYERS, "players",
                "a bitmask game walks at most 62 players; implement IncrementalGame for more");
        return new Walk() {
            private long mask;
            private double current;

            @Override
            public void reset() {
                mask = 0;
                current = 0;
            }

            @Override
            public double join(int player) {
                mask |= 1L << player;
                double next = value(mask);
                double marginal = next - current;
                current = next;
                return marginal;
            }
        };
    }

    /**
     * A game from a caller-supplied characteristic function.
     *
     * @param players  the number of players, in [1, {@link #MAX_PLAYERS}]
     * @param function v(S) for a bitmask S; pure, finite, thread-safe; not null
     * @return the game
     */
    static Game of(int players, CharacteristicFunction function) {
        return new FunctionGame(players, function);
    }
}
