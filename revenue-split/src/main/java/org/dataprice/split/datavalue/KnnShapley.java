package org.dataprice.split.datavalue;

import java.util.stream.IntStream;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.split.game.PlayerValues;

/**
 * Exact Shapley values of training points for a K-nearest-neighbour classifier (KNN-Shapley,
 * 数据沙普利值), in O(N log N) per test point instead of O(2<sup>N</sup>).
 *
 * <p>Utility of a training subset S for one test point (x, y): the unweighted KNN likelihood of the
 * right label, v(S) = (1/K) Σ<sub>k=1..min(K,|S|)</sub> 1[label(α<sub>k</sub>(S)) = y], α<sub>k</sub>(S) the
 * k-th nearest point of S; for a test set the utilities (and values) are averaged. With the training
 * points sorted by distance to x, α<sub>1</sub> nearest … α<sub>N</sub> farthest (Theorem 1 of the source):
 * s(α<sub>N</sub>) = 1[label(α<sub>N</sub>) = y]/N, and
 * s(α<sub>i</sub>) = s(α<sub>i+1</sub>) + (1[label(α<sub>i</sub>) = y] − 1[label(α<sub>i+1</sub>) = y])/K · min(K, i)/i.
 *
 * <p><b>Ties</b> in distance are broken by the training index (lower first), in both this recursion
 * and {@link KnnUtility}, so the two agree exactly. Distances are Euclidean (squared, which orders
 * the same). Test points are processed on both cores in fixed chunks combined in order, so results
 * do not depend on the number of cores. Limits: N ≤ {@link LabelledData#MAX_POINTS}; K ≥ 1.
 * Stateless and thread-safe.
 *
 * <p>Source: Jia, Dao, Wang, Hubis, Gürel, Li, Zhang, Spanos &amp; Song, "Efficient task-specific data
 * valuation for nearest neighbor algorithms", PVLDB 12(11) (2019) 1610–1623, Theorem 1.
 */
public final class KnnShapley {
    /** The default instance. */
    public static final KnnShapley DEFAULT = new KnnShapley();
    private static final String METHOD = "split.datavalue.knnShapley";
    private static final int CHUNK = 8;

    private KnnShapley() {
    }

    /**
     * @param train the training points being valued; not null
     * @param test  the test points, same dimension; not null
     * @param k     the number of neighbours K ≥ 1
     * @return one value per training point, averaged over the test points
     */
    public PlayerValues compute(LabelledData train, LabelledData test, int k) {
        double[] s = values(train, test, k);
        Explanation.Builder b = Explanation.builder(METHOD).input("trainingPoints", train.size())
                .input("testPoints", test.size()).input("k", k);
        return PlayerValues.explained(METHOD, s,
                "s(a_N) = 1[y_aN = y]/N; s(a_i) = s(a_i+1) + (1[y_ai = y] - 1[y_ai+1 = y])/K * min(K,i)/i; mean over tests",
                "Jia et al. (2019), PVLDB 12(11) 1610-1623, Theorem 1", b);
    }

    /**
     * The primitive kernel.
     *
     * @param train the training points; not null
     * @param test  the test points; not null
     * @param k     K ≥ 1
     * @return the values
     */
    public double[] values(LabelledData train, LabelledData test, int k) {
        Require.notNull(train, "train");
        Require.notNull(test, "test");
        Require.atLeast(k, 1, "k");
        Require.size(test.dimension(), train.dimension(), "test.dimension");
        int n = train.size();
        int chunks = (test.size() + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> partial[c] = chunk(train, test, k, c * CHUNK,
                Math.min(test.size(), (c + 1) * CHUNK)));
        double[] out = new double[n];
        for (double[] p : partial) {
            for (int i = 0; i < n; i++) {
                out[i] += p[i];
            }
        }
        double inv = 1.0 / test.size();
        for (int i = 0; i < n; i++) {
            out[i] *= inv;
        }
        return out;
    }

    private static double[] chunk(LabelledData train, LabelledData test, int k, int from, int to) {
        int n = train.size();
        double[] sum = new double[n];
        double[] dist = new double[n];
        int[] order = new int[n];
        long[] scratch = new long[2 * n];
        for (int q = from; q < to; q++) {
            for (int i = 0; i < n; i++) {
                dist[i] = train.squaredDistance(i, test, q);
            }
            ArgSort.sortNonNegative(dist, order, scratch);
            int y = test.label(q);
            double s = train.label(order[n - 1]) == y ? 1.0 / n : 0; // s(α_N) = 1[match]/N
            sum[order[n - 1]] += s;
            for (int i = n - 1; i >= 1; i--) { // position i (1-based) is order[i − 1]
                int here = train.label(order[i - 1]) == y ? 1 : 0;
                int next = train.label(order[i]) == y ? 1 : 0;
                s += (double) (here - next) / k * Math.min(k, i) / i;
                sum[order[i - 1]] += s;
            }
        }
        return sum;
    }
}
