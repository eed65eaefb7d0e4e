package org.dataprice.split.banzhaf;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.progress.Progress;
import org.dataprice.split.game.CoalitionProgress;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.game.UnanimityGame;

/**
 * The Banzhaf value (班扎夫值), raw and normalised:
 * β<sub>i</sub> = (1/2<sup>n−1</sup>) Σ<sub>S ⊆ N∖{i}</sub> (v(S ∪ {i}) − v(S)), and β<sub>i</sub>/Σ<sub>j</sub>β<sub>j</sub>
 * (normalised; rejected when Σβ = 0). Exact over a table of at most 25 players (the same semivalue
 * kernel as the Shapley value, on both cores), and in closed form for synergy games
 * (β<sub>i</sub> = a<sub>i</sub> + ½ Σ<sub>j</sub> b<sub>ij</sub>) and unanimity sums
 * (β<sub>i</sub> = Σ<sub>T∋i</sub> d<sub>T</sub>/2<sup>|T|−1</sup>). Weighted majority games: see
 * {@code WeightedMajorityPower}. Unlike Shapley, raw Banzhaf is not efficient.
 *
 * <p>Source: Banzhaf, "Weighted voting doesn't work", Rutgers Law Review 19 (1965) 317–343;
 * Owen, Game Theory, 3rd ed. 1995, §XII.2. Stateless and thread-safe.
 */
public final class BanzhafValue {
    /** The default instance (parallel). */
    public static final BanzhafValue DEFAULT = new BanzhafValue();
    private static final String METHOD = "split.banzhaf";
    private static final String SOURCE = "Banzhaf (1965), Rutgers Law Review 19, 317-343";

    private BanzhafValue() {
    }

    /**
     * @param game a game with at most 25 players; not null
     * @return the raw Banzhaf value
     */
    public PlayerValues raw(Game game) {
        return raw(game, Progress.NONE);
    }

    /**
     * {@link #raw(Game)} reporting its progress in coalitions, as {@code ExactShapley.compute(Game, Progress)} does
     * (tabulation then the semivalue pass, fixed chunks, {@code done} never decreasing); the same result whatever the
     * callback, and a {@link org.dataprice.error.CancelledException} it throws stops the work.
     *
     * @param game     a game with at most 25 players; not null
     * @param progress the callback, called from both cores (under a lock); not null
     * @return the raw Banzhaf value
     */
    public PlayerValues raw(Game game, Progress progress) {
        CoalitionProgress counter = CoalitionProgress.exactValue(progress, Require.notNull(game, "game"));
        TableGame t = TableGame.tabulate(game, counter);
        return explained(METHOD + ".raw", values(t, counter), "beta_i = 2^-(n-1) sum_{S not containing i} (v(S+i) - v(S))",
                t.players());
    }

    /**
     * @param game a game with at most 25 players whose raw Banzhaf values do not sum to 0; not null
     * @return β<sub>i</sub>/Σβ
     */
    public PlayerValues normalised(Game game) {
        return normalised(game, Progress.NONE);
    }

    /**
     * {@link #normalised(Game)} reporting its progress in coalitions, as {@link #raw(Game, Progress)}.
     *
     * @param game     a game with at most 25 players whose raw Banzhaf values do not sum to 0; not null
     * @param progress the callback; not null
     * @return β<sub>i</sub>/Σβ
     */
    public PlayerValues normalised(Game game, Progress progress) {
        CoalitionProgress counter = CoalitionProgress.exactValue(progress, Require.notNull(game, "game"));
        TableGame t = TableGame.tabulate(game, counter);
        return explained(METHOD + ".normalised", normalise(values(t, counter)), "beta_i / sum_j beta_j", t.players());
    }

    /**
     * The primitive kernel.
     *
     * @param game the table game; not null
     * @return raw β
     */
    public double[] values(TableGame game) {
        return values(game, CoalitionProgress.NONE);
    }

    private static double[] values(TableGame game, CoalitionProgress counter) {
        double[] w = new double[game.players()];
        java.util.Arrays.fill(w, Math.scalb(1.0, -(game.players() - 1)));
        return game.semivalue(w, true, counter);
    }

    /**
     * @param game a synergy game; not null
     * @return raw β<sub>i</sub> = a<sub>i</sub> + ½ Σ b<sub>ij</sub>
     */
    public PlayerValues raw(SynergyGame game) {
        Require.notNull(game, "game");
        int n = game.players();
        double[] beta = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += game.synergy(i, j);
            }
            beta[i] = game.additive(i) + 0.5 * s; // each pair is in half of the coalitions of the others
        }
        return explained(METHOD + ".synergy", beta, "beta_i = a_i + 1/2 sum_j b_ij", n);
    }

    /**
     * @param game a sum of unanimity games; not null
     * @return raw β<sub>i</sub> = Σ<sub>T∋i</sub> d<sub>T</sub>/2<sup>|T|−1</sup>
     */
    public PlayerValues raw(UnanimityGame game) {
        Require.notNull(game, "game");
        double[] beta = new double[game.players()];
        for (int k = 0; k < game.size(); k++) {
            long t = game.carrier(k);
            double share = Math.scalb(game.dividend(k), -(Long.bitCount(t) - 1)); // d_T / 2^(|T|−1)
            for (long s = t; s != 0; s &= s - 1) {
                beta[Long.numberOfTrailingZeros(s)] += share;
            }
        }
        return explained(METHOD + ".unanimity", beta, "beta_i = sum_{T containing i} d_T / 2^(|T|-1)", game.players());
    }

    private static double[] normalise(double[] beta) {
        double total = 0;
        for (double b : beta) {
            total += b;
        }
        Require.that(total != 0, "game", "sum of Banzhaf values 0", org.dataprice.error.Rule.INVALID_STATE,
                "normalising needs a non-zero sum of raw Banzhaf values");
        double[] out = new double[beta.length];
        for (int i = 0; i < beta.length; i++) {
            out[i] = beta[i] / total;
        }
        return out;
    }

    private static PlayerValues explained(String method, double[] values, String formula, int n) {
        return PlayerValues.explained(method, values, formula, SOURCE, Explanation.builder(method).input("players", n));
    }
}
