package org.dataprice.money.allocation;

import org.dataprice.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arrays;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the largest-remainder allocation, over generated totals and weights. */
class AllocationProperties {
    private static final long MAX_TOTAL = 100_000_000_000L; // 10^9 CNY in fen

    @Test
    void partsSumExactlyToTotal() {
        qt().withExamples(300).forAll(longs().between(-MAX_TOTAL, MAX_TOTAL),
                        arrays().ofClass(doubles().between(1e-6, 1e6), Double.class).withLengthBetween(1, 60))
                .checkAssert((total, w) -> {
                    long[] parts = Allocation.DEFAULT.splitMinor(total, unbox(w));
                    long sum = 0;
                    for (long p : parts) {
                        sum += p;
                    }
                    assertThat(sum).isEqualTo(total);
                });
    }

    @Test
    void eachPartWithinOneMinorUnitOfExactShare() {
        qt().withExamples(300).forAll(longs().between(0, MAX_TOTAL),
                        arrays().ofClass(doubles().between(1e-3, 1e3), Double.class).withLengthBetween(1, 40))
                .checkAssert((total, boxed) -> {
                    double[] w = unbox(boxed);
                    long[] parts = Allocation.DEFAULT.splitMinor(total, w);
                    BigDecimal sum = BigDecimal.ZERO;
                    for (double x : w) {
                        sum = sum.add(new BigDecimal(x));
                    }
                    for (int i = 0; i < w.length; i++) {
                        BigDecimal exact = BigDecimal.valueOf(total).multiply(new BigDecimal(w[i]))
                                .divide(sum, MathContext.DECIMAL128);
                        assertThat(exact.subtract(BigDecimal.valueOf(parts[i])).abs()).isLessThan(BigDecimal.ONE);
                    }
                });
    }

    @Test
    void permutingWeightsPermutesParts() {
        qt().withExamples(300).forAll(longs().between(-MAX_TOTAL, MAX_TOTAL),
                        arrays().ofIntegers(integers().between(1, 7)).withLengthBetween(1, 30),
                        longs().all())
                .checkAssert((total, ints, seed) -> {
                    double[] w = new double[ints.length];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = ints[i];
                    }
                    int[] perm = shuffle(w.length, new Random(seed));
                    double[] pw = new double[w.length];
                    for (int i = 0; i < w.length; i++) {
                        pw[i] = w[perm[i]];
                    }
                    long[] parts = Allocation.DEFAULT.splitMinor(total, w);
                    long[] permuted = Allocation.DEFAULT.splitMinor(total, pw);
                    // parts of equal weights are interchangeable, so compare (weight, part) multisets
                    assertThat(pairs(pw, permuted)).containsExactlyInAnyOrderElementsOf(pairs(w, parts));
                    // and a position keeps its part when its weight is unique
                    for (int i = 0; i < w.length; i++) {
                        if (count(w, w[perm[i]]) == 1) {
                            assertThat(permuted[i]).isEqualTo(parts[perm[i]]);
                        }
                    }
                });
    }

    private static List<String> pairs(double[] w, long[] parts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            out.add(w[i] + ":" + parts[i]);
        }
        return out;
    }

    private static int count(double[] w, double x) {
        int c = 0;
        for (double v : w) {
            c += v == x ? 1 : 0;
        }
        return c;
    }

    private static int[] shuffle(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static double[] unbox(Double[] boxed) {
        double[] out = new double[boxed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }
}
