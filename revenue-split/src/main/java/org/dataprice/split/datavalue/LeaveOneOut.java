package org.dataprice.split.datavalue;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.split.game.GameSteps;
import org.dataprice.split.game.IncrementalGame;
import org.dataprice.split.game.PlayerValues;

/**
 * Leave-one-out values, the baseline of data valuation (留一法): loo<sub>i</sub> = v(N) − v(N ∖ {i}), what
 * the utility loses without point i. Not a Shapley value (a point whose twin is present gets 0).
 * Computed with walks: v(N) by joining everyone, v(N ∖ {i}) by joining everyone but i, n + 1 walks of
 * O(n) joins each. Stateless and thread-safe.
 *
 * <p>Source: Cook, "Detection of influential observation in linear regression", Technometrics 19
 * (1977); used as the baseline in Ghorbani &amp; Zou (ICML 2019) and Jia et al. (PVLDB 2019).
 */
public final class LeaveOneOut {
    /** The default instance. */
    public static final LeaveOneOut DEFAULT = new LeaveOneOut();
    /** The largest number of players (n + 1 walks of n joins). */
    public static final int MAX_PLAYERS = 20_000;
    private static final String METHOD = "split.datavalue.leaveOneOut";

    private LeaveOneOut() {
    }

    /**
     * @param utility the utility, in walk form; not null
     * @return loo<sub>i</sub> = v(N) − v(N ∖ {i})
     */
    public PlayerValues compute(IncrementalGame utility) {
        Require.notNull(utility, "utility");
        int n = utility.players();
        Require.withinLimit(n, MAX_PLAYERS, "players", "leave-one-out needs n + 1 full walks");
        double grand = grandValue(utility);
        IncrementalGame.Walk walk = utility.walk();
        double[] loo = new double[n];
        for (int i = 0; i < n; i++) {
            walk.reset();
            double without = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    without += walk.join(j);
                }
            }
            loo[i] = Require.finite(grand - without, "utility"); // v(N) − v(N∖i)
        }
        Explanation.Builder b = Explanation.builder(METHOD).input("players", n)
                .step(Step.of(GameSteps.GRAND_COALITION, "v(N)", grand, ""));
        return PlayerValues.explained(METHOD, loo, "loo_i = v(N) - v(N \\ {i})", "Ghorbani & Zou (2019), baseline", b);
    }

    /** v(N) by one walk over all players in index order. */
    static double grandValue(IncrementalGame utility) {
        IncrementalGame.Walk walk = utility.walk();
        walk.reset();
        double v = 0;
        for (int i = 0; i < utility.players(); i++) {
            v += walk.join(i);
        }
        return Require.finite(v, "utility");
    }
}
