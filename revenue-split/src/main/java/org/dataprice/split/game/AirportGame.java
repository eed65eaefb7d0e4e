package org.dataprice.split.game;

/**
 * The airport (runway) cost game (机场博弈): player i needs a facility of cost c<sub>i</sub> and a
 * coalition pays for the largest it needs, c(S) = max<sub>i∈S</sub> c<sub>i</sub> (c(∅) = 0). A cost game:
 * its Shapley value is the Littlechild–Owen sequential split computed in closed form by
 * {@code AirportShapley}; its savings game is {@link SavingsGame#of(Game)}.
 *
 * <p>Costs finite and ≥ 0; any number of players up to {@link IncrementalGame#MAX_PLAYERS} for the
 * closed form and sampling (the walk keeps the running maximum); {@link #value(long)} and exact values
 * need n ≤ {@link Game#MAX_PLAYERS}. Immutable and thread-safe.
 *
 * <p>Source: Littlechild &amp; Owen, "A simple expression for the Shapley value in a special case",
 * Management Science 20(3) (1973) 370–372.
 */
public final class AirportGame implements Game {
    private final double[] costs;

    private AirportGame(double[] costs) {
        this.costs = costs;
    }

    /**
     * @param costs the facility cost each player needs, finite, ≥ 0; at least one; copied
     * @return the game
     */
    public static AirportGame of(double... costs) {
        double[] copy = Games.finiteCopy(costs, "costs");
        Games.checkPlayers(copy.length, IncrementalGame.MAX_PLAYERS, "costs.length");
        for (int i = 0; i < copy.length; i++) {
            org.dataprice.error.Require.nonNegative(copy[i], "costs[" + i + "]");
        }
        return new AirportGame(copy);
    }

    /** @return a copy of the costs */
    public double[] costs() {
        return costs.clone();
    }

    @Override
    public int players() {
        return costs.length;
    }

    @Override
    public double value(long coalition) {
        double max = 0;
        for (long s = coalition; s != 0; s &= s - 1) {
            max = Math.max(max, costs[Long.numberOfTrailingZeros(s)]);
        }
        return max;
    }

    /** The incremental form: the largest cost so far; a join pays max(0, c_i − current max). */
    @Override
    public Walk walk() {
        return new Walk() {
            private double max;

            @Override
            public void reset() {
                max = 0;
            }

            @Override
            public double join(int player) {
                double before = max;
                max = Math.max(max, costs[player]);
                return max - before;
            }
        };
    }
}
