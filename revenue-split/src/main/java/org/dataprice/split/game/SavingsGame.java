package org.dataprice.split.game;

import org.dataprice.error.Require;

/**
 * The savings (cost-savings) game of a cost game c (节约博弈): s(S) = Σ<sub>i∈S</sub> c({i}) − c(S), what a
 * coalition saves by cooperating. A cost allocation x is in the core of c exactly when
 * y<sub>i</sub> = c({i}) − x<sub>i</sub> is in the core of s, and nucleolus(c)<sub>i</sub> = c({i}) −
 * nucleolus(s)<sub>i</sub>; Shapley values map the same way.
 *
 * <p>Source: Peleg &amp; Sudhölter (2007) §2.1 (cost games). Immutable if the cost game is.
 */
public final class SavingsGame implements Game {
    private final Game cost;
    private final double[] singleton;

    private SavingsGame(Game cost, double[] singleton) {
        this.cost = cost;
        this.singleton = singleton;
    }

    /**
     * @param cost a cost game; not null
     * @return its savings game
     */
    public static SavingsGame of(Game cost) {
        Require.notNull(cost, "cost");
        double[] single = new double[cost.players()];
        for (int i = 0; i < single.length; i++) {
            single[i] = Require.finite(cost.value(1L << i), "cost({" + i + "})");
        }
        return new SavingsGame(cost, single);
    }

    /** @return the cost game */
    public Game costGame() {
        return cost;
    }

    /**
     * @param player a player
     * @return its stand-alone cost c({i})
     */
    public double standAloneCost(int player) {
        return singleton[player];
    }

    @Override
    public int players() {
        return singleton.length;
    }

    @Override
    public double value(long coalition) {
        double alone = 0;
        for (long s = coalition; s != 0; s &= s - 1) {
            alone += singleton[Long.numberOfTrailingZeros(s)];
        }
        return alone - cost.value(coalition); // Σ c(i) − c(S)
    }
}
