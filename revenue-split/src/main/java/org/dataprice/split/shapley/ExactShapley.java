package org.dataprice.split.shapley;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.progress.Progress;
import org.dataprice.split.game.CoalitionProgress;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.GameSteps;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.TableGame;

/**
 * The Shapley value (沙普利值), exactly, over the table of a game with at most
 * {@link TableGame#MAX_PLAYERS} = 25 players:
 * φ<sub>i</sub> = Σ<sub>S ⊆ N∖{i}</sub> w(|S|) · (v(S ∪ {i}) − v(S)), w(s) = s!(n−s−1)!/n!.
 *
 * <p><b>Algorithm.</b> The weights are precomputed by coalition size with the recursion
 * w(0) = 1/n, w(s) = w(s−1) · s/(n−s); the sum runs as a loop over masks in aligned chunks split across
 * both cores ({@link TableGame#semivalue}), n·2<sup>n−1</sup> multiply-adds, deterministic whatever the
 * number of cores. A rule game is tabulated first (2<sup>n</sup> evaluations, 8·2<sup>n</sup> bytes).
 *
 * <p><b>Limits.</b> More than 25 players throws {@code LimitExceededException} advising
 * {@code MonteCarloShapley}. Closed forms exist for airport ({@link AirportShapley}), weighted
 * majority ({@link WeightedMajorityPower}), synergy and unanimity games ({@link ClosedFormShapley}).
 *
 * <p>Properties (tested): efficiency Σφ = v(N) − v(∅), symmetry, null player, additivity.
 * Relative error of order n·2<sup>n</sup>·ε in double arithmetic. Stateless and thread-safe.
 *
 * <p>Source: Shapley, "A value for n-person games", in Contributions to the Theory of Games II,
 * Annals of Math. Studies 28 (1953) 307–317.
 */
public final class ExactShapley {
    /** The default instance (parallel). */
    public static final ExactShapley DEFAULT = new ExactShapley(true);
    /** A single-threaded instance (same results). */
    public static final ExactShapley SEQUENTIAL = new ExactShapley(false);

    static final String SOURCE = "Shapley (1953), Annals of Math. Studies 28, 307-317";
    private static final String METHOD = "split.shapley.exact";

    private final boolean parallel;

    private ExactShapley(boolean parallel) {
        this.parallel = parallel;
    }

    /**
     * The Shapley value of a game, with its explanation.
     *
     * @param game a game with at most 25 players; not null
     * @return the values, in player order
     */
    public PlayerValues compute(Game game) {
        return compute(game, Progress.NONE);
    }

    /**
     * {@link #compute(Game)} reporting its progress in coalitions ({@link CoalitionProgress#exactValue}): 2<sup>n</sup>
     * evaluated while tabulating (none for a {@link TableGame}) and 2<sup>n</sup> summed, in fixed chunks of at least
     * 4,096 (at most 64 per pass); {@code (0, total)} first, {@code (total, total)} last, {@code done} never decreasing.
     * The result is bit for bit the one without a callback; a {@link org.dataprice.error.CancelledException} thrown by
     * the callback stops the work before the next chunk and propagates.
     *
     * @param game     a game with at most 25 players; not null
     * @param progress the callback, called from both cores (under a lock); not null
     * @return the values, in player order
     */
    public PlayerValues compute(Game game, Progress progress) {
        CoalitionProgress counter = CoalitionProgress.exactValue(progress, Require.notNull(game, "game"));
        TableGame table = TableGame.tabulate(game, counter);
        double[] phi = table.semivalue(weights(table.players()), parallel, counter);
        int n = table.players();
        double grand = table.value(table.grandCoalition());
        Explanation.Builder b = Explanation.builder(METHOD).input("players", n).hashOnly("table", table.table())
                .step(Step.of(ShapleySteps.WEIGHTS, "w(s) = s!(n-s-1)!/n!, s = 0..n-1; w(0) = 1/n", 1.0 / n, ""))
                .step(Step.of(GameSteps.GRAND_COALITION, "v(N)", grand, ""));
        return PlayerValues.explained(METHOD, phi,
                "phi_i = sum_{S not containing i} w(|S|) (v(S+i) - v(S)); sum phi = v(N)", SOURCE, b);
    }

    /**
     * The primitive kernel: Shapley values of a table game.
     *
     * @param game the table game; not null
     * @return φ, one entry per player
     */
    public double[] values(TableGame game) {
        return game.semivalue(weights(game.players()), parallel);
    }

    /**
     * The Shapley weights by coalition size.
     *
     * @param n players ≥ 1
     * @return w(s) = s!(n−s−1)!/n! for s = 0 … n−1
     */
    public static double[] weights(int n) {
        double[] w = new double[n];
        w[0] = 1.0 / n;
        for (int s = 1; s < n; s++) {
            w[s] = w[s - 1] * s / (n - s); // w(s) = w(s-1) · s/(n−s)
        }
        return w;
    }
}
