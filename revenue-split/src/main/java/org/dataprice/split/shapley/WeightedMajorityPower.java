package org.dataprice.split.shapley;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.WeightedMajorityGame;

/**
 * Power indices of a weighted majority game [q; w] by dynamic programming over (size, weight)
 * (投票权力指数): the Shapley–Shubik index and the Banzhaf index, raw and normalised.
 *
 * <p>A <i>swing</i> of player i is a coalition S ∌ i that loses but wins with i:
 * q − w<sub>i</sub> ≤ w(S) ≤ q − 1. With m<sub>i</sub>(k) swings of size k,
 * <ul>
 *   <li>Shapley–Shubik φ<sub>i</sub> = Σ<sub>k</sub> m<sub>i</sub>(k) · k!(n−k−1)!/n!;</li>
 *   <li>Banzhaf (raw) β<sub>i</sub> = Σ<sub>k</sub> m<sub>i</sub>(k) / 2<sup>n−1</sup>; normalised β<sub>i</sub>/Σβ.</li>
 * </ul>
 *
 * <p><b>Algorithm.</b> One pass counts the coalitions of all players by size k and weight w &lt; q,
 * C[k][w]; each player is then removed by polynomial deconvolution,
 * C<sub>−i</sub>[k][w] = C[k][w] − C<sub>−i</sub>[k−1][w − w<sub>i</sub>], O(n·q) per player, O(n²q) in all.
 * The counts are exact 64-bit integers (n ≤ 62), so the indices are the exact rationals rounded once.
 * Limits: n ≤ 62 and (n+1)·q ≤ {@link #MAX_CELLS}. Stateless and thread-safe.
 *
 * <p>Sources: Shapley &amp; Shubik, APSR 48 (1954) 787–792; Banzhaf, Rutgers Law Review 19 (1965)
 * 317–343; the counting recursion of Brams &amp; Affuso, Theory and Decision 7 (1976) 29–56, with
 * deconvolution as in Uno, "Efficient computation of power indices for weighted majority games",
 * NII Technical Report (2003).
 */
public final class WeightedMajorityPower {
    /** The default instance. */
    public static final WeightedMajorityPower DEFAULT = new WeightedMajorityPower();
    /** The largest table (n + 1) · q of coalition counts (2^24 cells = 128 MiB). */
    public static final long MAX_CELLS = 1L << 24;
    private static final String METHOD = "split.power.weightedMajority";

    private WeightedMajorityPower() {
    }

    /**
     * The Shapley–Shubik and Banzhaf indices.
     *
     * @param game the voting game; not null
     * @return the indices with swing counts and explanation
     */
    public VotingPower compute(WeightedMajorityGame game) {
        Require.notNull(game, "game");
        long[][] swings = swings(game);
        int n = game.players();
        double[] ss = shapleyShubik(swings, n);
        double[] raw = banzhaf(swings, n);
        double total = 0;
        for (double b : raw) {
            total += b;
        }
        double[] normalised = new double[n];
        for (int i = 0; i < n; i++) {
            normalised[i] = total == 0 ? 0 : raw[i] / total;
        }
        Explanation.Builder b = Explanation.builder(METHOD).input("players", n).input("quota", game.quota())
                .hashOnly("weights", java.util.Arrays.toString(game.weights()));
        Step.Builder swingStep = Step.builder(ShapleySteps.SWINGS)
                .formula("m_i = #{S not containing i : q - w_i <= w(S) <= q - 1}");
        long all = 0;
        for (int i = 0; i < n; i++) {
            long m = 0;
            for (long c : swings[i]) {
                m += c;
            }
            all += m;
            swingStep.input(Quantity.count("player " + i, m));
        }
        b.step(swingStep.result(Quantity.count("total swings", all)).build());
        b.step(Step.builder(ShapleySteps.QUOTA).result(Quantity.count("q", game.quota())).build());
        PlayerValues shapley = PlayerValues.explained(METHOD + ".shapleyShubik", ss,
                "phi_i = sum_k m_i(k) k!(n-k-1)!/n!", "Shapley & Shubik (1954), APSR 48, 787-792", b);
        String bz = METHOD + ".banzhaf";
        PlayerValues banzhafRaw = PlayerValues.explained(bz, raw, "beta_i = m_i / 2^(n-1)",
                "Banzhaf (1965), Rutgers Law Review 19, 317-343",
                Explanation.builder(bz).input("players", n).input("quota", game.quota()));
        PlayerValues banzhafNorm = PlayerValues.explained(bz + ".normalised", normalised,
                "beta_i / sum_j beta_j", "Banzhaf (1965)",
                Explanation.builder(bz + ".normalised").input("players", n).input("quota", game.quota()));
        List<List<Long>> counts = new ArrayList<>(n);
        for (long[] row : swings) {
            List<Long> list = new ArrayList<>(row.length);
            for (long c : row) {
                list.add(c);
            }
            counts.add(List.copyOf(list));
        }
        return new VotingPower(shapley, banzhafRaw, banzhafNorm, counts);
    }

    /**
     * The primitive kernel: swings of each player by coalition size.
     *
     * @param game the voting game; not null
     * @return m[i][k], the number of swings of player i of size k, k = 0 … n−1
     */
    public long[][] swings(WeightedMajorityGame game) {
        int n = game.players();
        long q = game.quota();
        Require.withinLimit((n + 1) * q, MAX_CELLS, "quota", "the counting table (n+1)·q is too large; "
                + "rescale the weights or use MonteCarloShapley");
        int cols = (int) q;
        long[] all = new long[(n + 1) * cols]; // all[k*cols + w] = #coalitions of size k, weight w < q
        all[0] = 1;
        int[] w = new int[n];
        for (int p = 0; p < n; p++) {
            w[p] = (int) Math.min(game.weight(p), q); // weights ≥ q never stay below q
            for (int k = p; k >= 0; k--) {
                int from = k * cols;
                int to = from + cols;
                for (int x = cols - 1; x >= w[p]; x--) {
                    all[to + x] += all[from + x - w[p]]; // add player p to size-k coalitions
                }
            }
        }
        long[] without = new long[n * cols];
        long[][] m = new long[n][n];
        for (int i = 0; i < n; i++) {
            int wi = w[i];
            for (int k = 0; k < n; k++) {
                int row = k * cols;
                for (int x = 0; x < cols; x++) {
                    long c = all[row + x];
                    if (k > 0 && x >= wi) {
                        c -= without[row - cols + x - wi]; // C_{-i}[k][x] = C[k][x] − C_{-i}[k−1][x−w_i]
                    }
                    without[row + x] = c;
                }
                long swing = 0;
                for (int x = Math.max(0, cols - wi); x < cols; x++) {
                    swing += without[row + x];
                }
                m[i][k] = swing;
            }
        }
        return m;
    }

    private static double[] shapleyShubik(long[][] swings, int n) {
        double[] weight = ExactShapley.weights(n);
        double[] phi = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += swings[i][k] * weight[k];
            }
            phi[i] = s;
        }
        return phi;
    }

    private static double[] banzhaf(long[][] swings, int n) {
        double scale = Math.scalb(1.0, -(n - 1));
        double[] beta = new double[n];
        for (int i = 0; i < n; i++) {
            long m = 0;
            for (long c : swings[i]) {
                m += c;
            }
            beta[i] = m * scale;
        }
        return beta;
    }
}
