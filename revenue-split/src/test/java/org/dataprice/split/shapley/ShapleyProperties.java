package org.dataprice.split.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.dataprice.split.game.TableGame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Shapley's axioms on seeded random games (Shapley 1953): efficiency, symmetry, null player, additivity. */
class ShapleyProperties {
    private static final double TOLERANCE = 1e-9;

    static LongStream seeds() {
        return LongStream.range(1, 26);
    }

    private static int players(long seed) {
        return 2 + (int) (seed % 9);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void efficiency(long seed) {
        int n = players(seed);
        double[] t = ExactShapleyTest.random(n, seed);
        double sum = 0;
        for (double x : ExactShapley.DEFAULT.values(TableGame.of(n, t))) {
            sum += x;
        }
        assertThat(sum).isCloseTo(t[t.length - 1], within(TOLERANCE));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void symmetry(long seed) {
        int n = players(seed);
        double[] t = ExactShapleyTest.random(n, seed);
        // make players 0 and 1 interchangeable: v(S ∪ 0) = v(S ∪ 1) for S without both
        for (int s = 0; s < t.length; s++) {
            if ((s & 3) == 2) {
                t[s] = t[(s & ~3) | 1];
            }
        }
        double[] phi = ExactShapley.DEFAULT.values(TableGame.of(n, t));
        assertThat(phi[0]).isCloseTo(phi[1], within(TOLERANCE));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void nullPlayer(long seed) {
        int n = players(seed);
        double[] t = ExactShapleyTest.random(n, seed);
        int last = 1 << (n - 1);
        for (int s = last; s < t.length; s++) {
            t[s] = t[s - last]; // player n−1 adds nothing
        }
        assertThat(ExactShapley.DEFAULT.values(TableGame.of(n, t))[n - 1]).isCloseTo(0, within(TOLERANCE));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void additivity(long seed) {
        int n = players(seed);
        double[] u = ExactShapleyTest.random(n, seed);
        double[] v = ExactShapleyTest.random(n, seed + 1000);
        double[] sum = new double[u.length];
        for (int s = 0; s < u.length; s++) {
            sum[s] = u[s] + v[s];
        }
        double[] a = ExactShapley.DEFAULT.values(TableGame.of(n, u));
        double[] b = ExactShapley.DEFAULT.values(TableGame.of(n, v));
        double[] c = ExactShapley.DEFAULT.values(TableGame.of(n, sum));
        for (int i = 0; i < n; i++) {
            assertThat(c[i]).isCloseTo(a[i] + b[i], within(TOLERANCE));
        }
    }
}
