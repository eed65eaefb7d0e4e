package org.dataprice.split.shapley;

import java.util.Arrays;
import java.util.Comparator;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.PlayerValues;

/**
 * The Shapley value of an airport cost game in closed form (Littlechild–Owen rule, 机场博弈分摊):
 * sort the costs c<sub>(1)</sub> ≤ … ≤ c<sub>(n)</sub>, c<sub>(0)</sub> = 0; each segment of the facility
 * (c<sub>(j)</sub> − c<sub>(j−1)</sub>) is shared equally by the n − j + 1 players who need it, so
 * φ<sub>(k)</sub> = Σ<sub>j=1..k</sub> (c<sub>(j)</sub> − c<sub>(j−1)</sub>) / (n − j + 1).
 * O(n log n) for any n; values are cost shares summing to max c.
 *
 * <p>Checked against Castro, Gómez &amp; Tejada (2009) §4.3 (100 players, costs 1…10). Stateless,
 * thread-safe.
 *
 * <p>Source: Littlechild &amp; Owen, Management Science 20(3) (1973) 370–372.
 */
public final class AirportShapley {
    /** The default instance. */
    public static final AirportShapley DEFAULT = new AirportShapley();
    private static final String METHOD = "split.shapley.airport";

    private AirportShapley() {
    }

    /**
     * @param game the airport game; not null
     * @return each player's share of the cost
     */
    public PlayerValues compute(AirportGame game) {
        double[] costs = Require.notNull(game, "game").costs();
        double[] phi = values(costs);
        Explanation.Builder b = Explanation.builder(METHOD).input("players", costs.length).hashOnly("costs", costs);
        return PlayerValues.explained(METHOD, phi,
                "phi_(k) = sum_{j<=k} (c_(j) - c_(j-1)) / (n - j + 1), costs sorted ascending",
                "Littlechild & Owen (1973), Management Science 20(3) 370-372", b);
    }

    /**
     * The primitive kernel.
     *
     * @param costs the costs; not null, not modified
     * @return φ in the players' order
     */
    public double[] values(double[] costs) {
        int n = costs.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> costs[i]));
        double[] phi = new double[n];
        double share = 0;
        double previous = 0;
        for (int j = 0; j < n; j++) {
            double c = costs[order[j]];
            share += (c - previous) / (n - j); // segment shared by the n − j players still needing it
            previous = c;
            phi[order[j]] = share;
        }
        return phi;
    }
}
