package org.dataprice.split.game;

import org.dataprice.error.Require;

/**
 * The glove (shoes) market game (手套博弈): players 0 … L−1 each hold a left glove, players L … L+R−1
 * a right glove, and a coalition is worth the pairs it can make, v(S) = min(|S ∩ Left|, |S ∩ Right|).
 * With one left and two right gloves the Shapley value is (2/3, 1/6, 1/6) and the core is the single
 * point (1, 0, 0).
 *
 * <p>Source: Shapley &amp; Shubik, "Quasi-cores in a monetary economy with nonconvex preferences",
 * Econometrica 34 (1966); Castro, Gómez &amp; Tejada (2009) §4 ("shoes game"). Immutable.
 */
public final class GloveGame implements Game {
    private final int left;
    private final int right;
    private final long leftMask;

    private GloveGame(int left, int right) {
        this.left = left;
        this.right = right;
        this.leftMask = (1L << left) - 1;
    }

    /**
     * @param left  players holding a left glove, ≥ 1
     * @param right players holding a right glove, ≥ 1; left + right ≤ {@link Game#MAX_PLAYERS}
     * @return the game
     */
    public static GloveGame of(int left, int right) {
        Require.atLeast(left, 1, "left");
        Require.atLeast(right, 1, "right");
        Require.withinLimit((long) left + right, Game.MAX_PLAYERS, "players", "");
        return new GloveGame(left, right);
    }

    /** @return the number of left-glove holders L */
    public int left() {
        return left;
    }

    /** @return the number of right-glove holders R */
    public int right() {
        return right;
    }

    @Override
    public int players() {
        return left + right;
    }

    @Override
    public double value(long coalition) {
        return Math.min(Long.bitCount(coalition & leftMask), Long.bitCount(coalition & ~leftMask));
    }
}
