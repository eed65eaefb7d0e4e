package org.dataprice.split.datavalue;

import org.dataprice.error.Require;
import org.dataprice.split.game.Game;

/**
 * The KNN-classifier utility of a training subset, as a game over training points: the mean over
 * test points of (1/K) Σ<sub>k ≤ min(K,|S|)</sub> 1[label of the k-th nearest point of S = test label],
 * ties by training index. The game whose exact Shapley value {@link KnnShapley} computes; used as the
 * enumeration oracle in tests and as a real utility for {@link TruncatedMonteCarloShapley}.
 *
 * <p>{@link #value(long)} needs N ≤ {@link Game#MAX_PLAYERS}; the {@link #walk() walk} (any N) keeps the
 * K nearest points per test point, O(|T|·K) per join. Immutable; walks are not thread-safe.
 *
 * <p>Source: Jia et al., PVLDB 12(11) (2019), eq. (4).
 */
public final class KnnUtility implements Game {
    private final LabelledData train;
    private final LabelledData test;
    private final int k;

    private KnnUtility(LabelledData train, LabelledData test, int k) {
        this.train = train;
        this.test = test;
        this.k = k;
    }

    /**
     * @param train the training points (the players); not null
     * @param test  the test points; not null
     * @param k     K ≥ 1
     * @return the utility game
     */
    public static KnnUtility of(LabelledData train, LabelledData test, int k) {
        Require.notNull(train, "train");
        Require.notNull(test, "test");
        Require.atLeast(k, 1, "k");
        Require.size(test.dimension(), train.dimension(), "test.dimension");
        return new KnnUtility(train, test, k);
    }

    @Override
    public int players() {
        return train.size();
    }

    @Override
    public double value(long coalition) {
        Require.withinLimit(train.size(), Game.MAX_PLAYERS, "players", "use the walk (IncrementalGame) form");
        int m = Long.bitCount(coalition);
        if (m == 0) {
            return 0;
        }
        double total = 0;
        double[] d = new double[m];
        int[] idx = new int[m];
        for (int q = 0; q < test.size(); q++) {
            int c = 0;
            for (long s = coalition; s != 0; s &= s - 1) {
                int i = Long.numberOfTrailingZeros(s);
                d[c] = train.squaredDistance(i, test, q);
                idx[c++] = i;
            }
            ArgSort.sort(d, idx);
            int match = 0;
            for (int j = 0; j < Math.min(k, m); j++) {
                match += train.label(idx[j]) == test.label(q) ? 1 : 0;
            }
            total += (double) match / k;
        }
        return total / test.size();
    }

    @Override
    public Walk walk() {
        return new KnnWalk();
    }

    /** Keeps the K nearest joined points of every test point. */
    private final class KnnWalk implements Walk {
        private final double[][] dist = new double[test.size()][k];
        private final int[][] index = new int[test.size()][k];
        private final int[] size = new int[test.size()];
        private long matches;

        @Override
        public void reset() {
            java.util.Arrays.fill(size, 0);
            matches = 0;
        }

        @Override
        public double join(int p) {
            long before = matches;
            for (int q = 0; q < size.length; q++) {
                insert(q, p, train.squaredDistance(p, test, q));
            }
            return (double) (matches - before) / k / test.size();
        }

        private void insert(int q, int p, double d) {
            double[] dq = dist[q];
            int[] iq = index[q];
            int n = size[q];
            int y = test.label(q);
            if (n == k) {
                if (d > dq[n - 1] || (d == dq[n - 1] && p > iq[n - 1])) {
                    return;
                }
                matches -= train.label(iq[n - 1]) == y ? 1 : 0; // the K-th nearest drops out
                n--;
            }
            int j = n - 1;
            while (j >= 0 && (dq[j] > d || (dq[j] == d && iq[j] > p))) {
                dq[j + 1] = dq[j];
                iq[j + 1] = iq[j];
                j--;
            }
            dq[j + 1] = d;
            iq[j + 1] = p;
            size[q] = n + 1;
            matches += train.label(p) == y ? 1 : 0;
        }
    }
}
