package org.dataprice.split.game;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A sum of unanimity games, v = Σ<sub>T</sub> d<sub>T</sub> · u<sub>T</sub> with u<sub>T</sub>(S) = 1 when T ⊆ S:
 * the Harsanyi-dividend (Möbius) form of a game (一致博弈之和 / Harsanyi 红利),
 * v(S) = Σ<sub>T⊆S</sub> d<sub>T</sub>. Every game has exactly one such form; the Shapley value splits each
 * dividend equally among its carriers, φ<sub>i</sub> = Σ<sub>T∋i</sub> d<sub>T</sub>/|T|, and the Banzhaf value
 * gives each carrier d<sub>T</sub>/2<sup>|T|−1</sup>.
 *
 * <p>Carriers are non-empty, distinct bitmasks within n players; dividends finite. Immutable and
 * thread-safe.
 *
 * <p>Source: Harsanyi, "A simplified bargaining model for the n-person cooperative game",
 * Int. Economic Review 4 (1963) 194–220; Shapley (1953), Lemma 3.
 */
public final class UnanimityGame implements Game {
    private final int players;
    private final long[] carriers;
    private final double[] dividends;

    private UnanimityGame(int players, long[] carriers, double[] dividends) {
        this.players = players;
        this.carriers = carriers;
        this.dividends = dividends;
    }

    /**
     * @param players   n, in [1, {@link Game#MAX_PLAYERS}]
     * @param carriers  the coalitions T as bitmasks, non-empty, within n players, distinct; copied
     * @param dividends the dividends d<sub>T</sub>, finite, one per carrier; copied
     * @return the game
     */
    public static UnanimityGame of(int players, long[] carriers, double[] dividends) {
        Games.checkPlayers(players, Game.MAX_PLAYERS, "players");
        Require.notNull(carriers, "carriers");
        Require.notNull(dividends, "dividends");
        Require.size(dividends.length, carriers.length, "dividends");
        double[] d = Require.finite(dividends, "dividends").clone();
        long[] t = carriers.clone();
        long grand = (1L << players) - 1;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int k = 0; k < t.length; k++) {
            String field = "carriers[" + k + "]";
            Require.that(t[k] != 0 && (t[k] & ~grand) == 0, field, t[k], Rule.OUT_OF_RANGE,
                    "non-empty coalitions of players 0.." + (players - 1));
            Require.that(seen.add(t[k]), field, t[k], Rule.DUPLICATE, "carrier " + t[k]);
        }
        return new UnanimityGame(players, t, d);
    }

    /** @return the number of carriers */
    public int size() {
        return carriers.length;
    }

    /**
     * @param k a carrier index
     * @return the k-th carrier T as a bitmask
     */
    public long carrier(int k) {
        return carriers[k];
    }

    /**
     * @param k a carrier index
     * @return its dividend d<sub>T</sub>
     */
    public double dividend(int k) {
        return dividends[k];
    }

    @Override
    public int players() {
        return players;
    }

    @Override
    public double value(long coalition) {
        double v = 0;
        for (int k = 0; k < carriers.length; k++) {
            if ((carriers[k] & ~coalition) == 0) {
                v += dividends[k];
            }
        }
        return v;
    }
}
