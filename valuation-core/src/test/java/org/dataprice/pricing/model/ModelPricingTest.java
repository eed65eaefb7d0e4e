package org.dataprice.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Model-based pricing (Chen, Koutris &amp; Kumar, SIGMOD 2019): p(δ) = c/δ is arbitrage-free; a curve where
 * two δ = 1 instances (precision 2) cost less than one δ = 0.5 instance is not. Hand-computed projection of
 * wished (x = 1: 10, x = 2: 25) onto {q₁ ≤ q₂ ≤ 2q₁}: minimise (q₁ − 10)² + (2q₁ − 25)² → q = (12, 24),
 * squared distance 5.
 */
class ModelPricingTest {
    private static final double TOLERANCE = 1e-6;
    private static final ModelPricing M = ModelPricing.DEFAULT;

    static PriceCurve curve(double[] variance, double[] price) {
        List<PricePoint> p = new ArrayList<>();
        for (int i = 0; i < variance.length; i++) {
            p.add(new PricePoint(variance[i], price[i]));
        }
        return new PriceCurve(p);
    }

    @Test
    void test_check_inversePrecisionIsArbitrageFree() {
        ArbitrageCheck c = M.check(curve(new double[] {0.1, 0.5, 1, 2, 10}, new double[] {100, 20, 10, 5, 1}));
        assertThat(c.arbitrageFree()).isTrue();
        assertThat(c.explanation().resultStep().result().number().intValue()).isEqualTo(1);
    }

    @Test
    void test_check_detectsViolations() {
        ArbitrageCheck rising = M.check(curve(new double[] {1, 2}, new double[] {10, 12}));
        assertThat(rising.arbitrageFree()).isFalse();
        ArbitrageCheck superadditive = M.check(curve(new double[] {0.5, 1}, new double[] {25, 10}));
        assertThat(superadditive.arbitrageFree()).isFalse();
        assertThat(superadditive.violations()).anyMatch(v -> v.contains("beats δ=0.5"));
        assertThat(superadditive.explanation().resultStep().result().number().intValue()).isZero();
    }

    @Test
    void test_nearestArbitrageFree_handComputed() {
        FittedCurve f = M.nearestArbitrageFree(curve(new double[] {0.5, 1}, new double[] {25, 10}));
        assertThat(f.curve().points().get(0).price()).isCloseTo(24, offset(TOLERANCE));
        assertThat(f.curve().points().get(1).price()).isCloseTo(12, offset(TOLERANCE));
        assertThat(f.distance()).isCloseTo(5, offset(TOLERANCE));
        assertThat(f.explanation().resultStep().result().number().doubleValue()).isCloseTo(f.distance(), offset(1e-12));
    }

    @Test
    void test_nearestArbitrageFree_keepsArbitrageFreeCurve() {
        PriceCurve c = curve(new double[] {0.1, 0.5, 1, 2}, new double[] {100, 20, 10, 5});
        FittedCurve f = M.nearestArbitrageFree(c);
        assertThat(f.distance()).isCloseTo(0, offset(1e-12));
    }

    @Test
    void test_nearestArbitrageFree_resultPassesCheck() {
        qt().withExamples(100).forAll(integers().between(1, 30), longs().between(0, Long.MAX_VALUE)).checkAssert((n, seed) -> {
            SplittableRandom rng = new SplittableRandom(seed);
            double[] v = new double[n];
            double[] p = new double[n];
            double d = 0;
            for (int i = 0; i < n; i++) {
                d += 0.05 + rng.nextDouble();
                v[i] = d;
                p[i] = rng.nextDouble() * 100;
            }
            FittedCurve f = M.nearestArbitrageFree(curve(v, p));
            assertThat(M.check(f.curve()).violations()).isEmpty();
        });
    }

    /**
     * The exact dynamic programme equals the former Dykstra projection (kept as {@link DykstraOracle}) on
     * seeded random curves of several shapes: uniform noise, curves near c/δ with noise, alternating
     * extremes, zeros; tolerance 1e-6·(1 + max price), Dykstra's own stopping accuracy being about 1e-9.
     */
    @Test
    void test_nearestArbitrageFree_equalsDykstraOracle() {
        qt().withExamples(300).forAll(integers().between(1, 60), integers().between(0, 3), longs().between(0, Long.MAX_VALUE))
                .checkAssert((n, shape, seed) -> {
                    SplittableRandom rng = new SplittableRandom(seed);
                    double[] v = new double[n];
                    double[] p = new double[n];
                    double d = 0;
                    for (int i = 0; i < n; i++) {
                        d += shape == 2 ? 0.001 + 10 * rng.nextDouble() : 0.05 + rng.nextDouble();
                        v[i] = d;
                        p[i] = switch (shape) {
                            case 0 -> rng.nextDouble() * 100;
                            case 1 -> Math.max(0, 50 / d + rng.nextGaussian() * 5);
                            case 2 -> i % 2 == 0 ? 1000 * rng.nextDouble() : rng.nextDouble();
                            default -> rng.nextInt(3) == 0 ? 0 : rng.nextDouble() * 10;
                        };
                    }
                    PriceCurve c = curve(v, p);
                    double[] x = new double[n];
                    double[] y = new double[n];
                    double scale = 0;
                    for (int i = 0; i < n; i++) {
                        x[i] = 1 / v[n - 1 - i];
                        y[i] = p[n - 1 - i];
                        scale = Math.max(scale, y[i]);
                    }
                    double[] expected = DykstraOracle.project(x, y);
                    FittedCurve f = M.nearestArbitrageFree(c);
                    for (int i = 0; i < n; i++) {
                        assertThat(f.curve().points().get(n - 1 - i).price()).as("point %d of %d, shape %d", i, n, shape)
                                .isCloseTo(Math.max(0, expected[i]), offset(1e-6 * (1 + scale)));
                    }
                });
    }

    @Test
    void test_nearestArbitrageFree_largeCurvePassesCheckOnSample() {
        int n = PriceCurve.MAX_POINTS;
        SplittableRandom rng = new SplittableRandom(42);
        double[] v = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i + 1) * 0.01;
            p[i] = Math.max(0, 100 / v[i] + rng.nextGaussian() * 20);
        }
        FittedCurve f = M.nearestArbitrageFree(curve(v, p));
        List<PricePoint> fitted = f.curve().points();
        for (int i = 1; i < n; i++) {
            PricePoint a = fitted.get(i - 1);
            PricePoint b = fitted.get(i);
            assertThat(b.price()).as("monotone at %d", i).isLessThanOrEqualTo(a.price() + 1e-9 * (1 + a.price()));
            assertThat(b.price() * b.variance()).as("p·δ at %d", i)
                    .isGreaterThanOrEqualTo(a.price() * a.variance() - 1e-9 * (1 + a.price()) * b.variance());
        }
    }

    @Test
    void test_nearestArbitrageFree_interruptedThreadIsCancelled() {
        int n = 10_000;
        double[] v = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i + 1;
            p[i] = i % 7;
        }
        PriceCurve c = curve(v, p);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> M.nearestArbitrageFree(c)).isInstanceOf(org.dataprice.error.CancelledException.class);
        } finally {
            assertThat(Thread.interrupted()).as("the flag stays set for the caller").isTrue();
        }
    }

    /** The pairwise check lists exactly what the direct triple loop over (i, j, k) finds, in its order, up to the listing limit. */
    @Test
    void test_check_pairwiseEqualsTripleLoop() {
        qt().withExamples(200).forAll(integers().between(1, 25), longs().between(0, Long.MAX_VALUE)).checkAssert((n, seed) -> {
            SplittableRandom rng = new SplittableRandom(seed);
            double[] v = new double[n];
            double[] p = new double[n];
            double d = 0;
            for (int i = 0; i < n; i++) {
                d += 0.05 + rng.nextDouble();
                v[i] = d;
                p[i] = rng.nextDouble() * 100;
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        if (1 / v[k] <= 1 / v[i] + 1 / v[j] && p[k] > p[i] + p[j] + ModelPricing.TOLERANCE * (1 + max(p))) {
                            expected.add("buying δ=" + v[i] + " and δ=" + v[j] + " beats δ=" + v[k]);
                        }
                    }
                }
            }
            List<String> all = M.check(curve(v, p)).violations();
            List<String> pairwise = all.stream().filter(s -> s.startsWith("buying")).toList();
            int others = (int) all.stream().filter(s -> s.startsWith("price") || s.startsWith("p·δ")).count();
            if (others + expected.size() <= ModelPricing.MAX_LISTED_VIOLATIONS) {
                assertThat(pairwise).isEqualTo(expected);
            } else {
                assertThat(pairwise).isEqualTo(expected.subList(0, ModelPricing.MAX_LISTED_VIOLATIONS - others));
                assertThat(all.get(all.size() - 1)).isEqualTo("… more violations not listed");
            }
        });
    }

    @Test
    void test_check_listsAtMostTheLimit() {
        int n = ModelPricing.MAX_PAIRWISE_POINTS;
        double[] v = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i + 1;
            p[i] = i; // rising everywhere: many violations of every kind
        }
        ArbitrageCheck c = M.check(curve(v, p));
        assertThat(c.arbitrageFree()).isFalse();
        assertThat(c.violations()).hasSizeLessThanOrEqualTo(2 * n + 1);
        assertThat(c.violations().get(c.violations().size() - 1)).isEqualTo("… more violations not listed");
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Test
    void test_new_variancesMustIncrease() {
        assertThatThrownBy(() -> curve(new double[] {1, 1}, new double[] {2, 1})).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("points[1].variance");
    }

    @Test
    void test_new_invalidPoint() {
        assertThatThrownBy(() -> new PricePoint(0, 1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("variance");
        assertThatThrownBy(() -> new PricePoint(1, -1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("price");
    }
}
