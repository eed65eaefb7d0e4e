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
