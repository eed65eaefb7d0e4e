package org.dataprice.split.shapley;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.split.game.MinimumSpanningTreeGame;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.game.UnanimityGame;

/**
 * Shapley values in closed form for games given by their interaction structure:
 * <ul>
 *   <li>additive plus pairwise synergies: φ<sub>i</sub> = a<sub>i</sub> + ½ Σ<sub>j≠i</sub> b<sub>ij</sub>, O(n²);</li>
 *   <li>sums of unanimity games (Harsanyi dividends): φ<sub>i</sub> = Σ<sub>T∋i</sub> d<sub>T</sub>/|T|,
 *       O(n·|carriers|).</li>
 * </ul>
 * Both follow from linearity and the value of a unanimity game u<sub>T</sub> (1/|T| to each member).
 * Stateless and thread-safe.
 *
 * <p>Source: Shapley (1953), Lemma 3; Harsanyi (1963).
 */
public final class ClosedFormShapley {
    /** The default instance. */
    public static final ClosedFormShapley DEFAULT = new ClosedFormShapley();

    private ClosedFormShapley() {
    }

    /**
     * @param game the synergy game; not null
     * @return φ<sub>i</sub> = a<sub>i</sub> + ½ Σ<sub>j</sub> b<sub>ij</sub>
     */
    public PlayerValues compute(SynergyGame game) {
        Require.notNull(game, "game");
        int n = game.players();
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += game.synergy(i, j);
            }
            phi[i] = game.additive(i) + 0.5 * s; // a_i + ½ Σ_j b_ij
        }
        String method = "split.shapley.synergy";
        return PlayerValues.explained(method, phi, "phi_i = a_i + 1/2 sum_j b_ij", ExactShapley.SOURCE,
                Explanation.builder(method).input("players", n));
    }

    /**
     * @param game the sum of unanimity games; not null
     * @return φ<sub>i</sub> = Σ<sub>T∋i</sub> d<sub>T</sub>/|T|
     */
    public PlayerValues compute(UnanimityGame game) {
        Require.notNull(game, "game");
        double[] phi = new double[game.players()];
        for (int k = 0; k < game.size(); k++) {
            long t = game.carrier(k);
            double share = game.dividend(k) / Long.bitCount(t); // d_T / |T|
            for (long s = t; s != 0; s &= s - 1) {
                phi[Long.numberOfTrailingZeros(s)] += share;
            }
        }
        String method = "split.shapley.unanimity";
        return PlayerValues.explained(method, phi, "phi_i = sum_{T containing i} d_T / |T|",
                "Harsanyi (1963), Int. Economic Review 4, 194-220", Explanation.builder(method)
                        .input("players", game.players()).input("carriers", game.size()));
    }

    /**
     * @param game the ring minimum-spanning-tree cost game of Castro, Gómez &amp; Tejada (2009); not null
     * @return φ<sub>i</sub> = c(N)/n = (K + e'(n − 1))/n, e' = min(e, K), for every player (the
     *         ring's rotational symmetry); O(n) for any ring the game accepts
     */
    public PlayerValues compute(MinimumSpanningTreeGame game) {
        Require.notNull(game, "game");
        String method = "split.shapley.mst-ring";
        return PlayerValues.explained(method, game.shapleyValues(),
                "phi_i = c(N)/n = (K + min(e, K) (n - 1)) / n for every player (rotational symmetry)",
                "Castro, Gomez & Tejada (2009), Computers & Operations Research 36(5) 1726-1730, section 4",
                Explanation.builder(method).input("players", game.players())
                        .input("sourceCost", game.sourceCost(), "").input("edgeCost", game.edgeCost(), ""));
    }
}
