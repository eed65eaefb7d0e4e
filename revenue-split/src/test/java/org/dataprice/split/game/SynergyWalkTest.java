package org.dataprice.split.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The batched walk of {@link SynergyGame} (rows four at a time) against one-at-a-time joins and v(S) differences. */
class SynergyWalkTest {
    /** Sums of at most 62 terms in [−1, 5]: rounding differences stay far below this. */
    private static final double TOLERANCE = 1e-11;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 9, 13, 30})
    void test_walk_batchedEqualsJoins(int n) {
        SplittableRandom r = new SplittableRandom(n);
        double[] a = new double[n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(0, 5);
            for (int j = 0; j < i; j++) {
                b[i][j] = b[j][i] = r.nextDouble(-1, 1);
            }
        }
        SynergyGame game = SynergyGame.of(a, b);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        IncrementalGame.Walk walk = game.walk();
        double[] batched = new double[n];
        walk.walk(order, batched);
        walk.reset();
        long mask = 0;
        for (int p : order) {
            double before = game.value(mask);
            mask |= 1L << p;
            double joined = walk.join(p);
            assertThat(batched[p]).as("player %d", p).isCloseTo(joined, within(TOLERANCE))
                    .isCloseTo(game.value(mask) - before, within(TOLERANCE));
        }
    }
}
