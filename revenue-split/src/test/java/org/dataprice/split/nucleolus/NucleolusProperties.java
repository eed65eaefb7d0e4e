package org.dataprice.split.nucleolus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.dataprice.split.game.TableGame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The nucleolus lies in the core whenever the core is non-empty (Schmeidler 1969), on seeded random games. */
class NucleolusProperties {
    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    /** Aumann &amp; Maschler (1985): the nucleolus of a bankruptcy game is the Talmud rule. */
    @ParameterizedTest
    @MethodSource("seeds")
    void nucleolusOfBankruptcyIsTalmudRule(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 2 + r.nextInt(5);
        double[] claims = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            claims[i] = 1 + r.nextInt(100);
            total += claims[i];
        }
        org.dataprice.split.game.BankruptcyGame g = org.dataprice.split.game.BankruptcyGame.of(r.nextDouble(0, total), claims);
        assertThat(Nucleolus.DEFAULT.nucleolus(g).toArray())
                .containsExactly(TalmudRule.DEFAULT.compute(g).toArray(), within(1e-7));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void nucleolusInCoreWhenCoreNonEmpty(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 3 + r.nextInt(4);
        double[] t = new double[1 << n];
        boolean convex = seed % 2 == 0;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(0, 3);
        }
        for (int s = 1; s < t.length; s++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (s >>> i & 1) * a[i];
            }
            t[s] = convex ? sum * sum : r.nextDouble(0.5, 1) * Integer.bitCount(s) * Integer.bitCount(s); // convex games have a core
        }
        TableGame g = TableGame.of(n, t);
        LeastCore lc = Nucleolus.DEFAULT.leastCore(g);
        double[] x = Nucleolus.DEFAULT.nucleolus(g).toArray();
        double total = 0;
        for (double v : x) {
            total += v;
        }
        assertThat(total).isCloseTo(t[t.length - 1], within(1e-8));
        if (convex) {
            assertThat(lc.coreEmpty()).isFalse();
        }
        if (!lc.coreEmpty()) {
            assertThat(CoreCheck.profit(g, x, 1e-7).member()).as("seed %d", seed).isTrue();
        }
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isGreaterThanOrEqualTo(t[1 << i] - 1e-8); // individually rational
        }
    }
}
