package org.dataprice.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;
import org.junit.jupiter.api.Test;

/**
 * Moments and quantiles of the input distributions against closed forms and against Hipparchus 4.0.2
 * (an independent implementation of the beta and triangular laws).
 */
class InputDistributionTest {
    private static final double TOLERANCE = 1e-12;
    private static final double QUANTILE_TOLERANCE = 1e-9;
    /** |F(Q(u)) − u| for the PERT Newton inverse (Hipparchus's beta CDF as the independent reference). */
    private static final double PERT_INVERSE_TOLERANCE = 1e-13;

    @Test
    void test_pert_meanAndVariance() {
        // PERT(0, 3, 12): mean (a + 4c + b)/6 = 24/6 = 4; variance (μ − a)(b − μ)/7 = 4·8/7 = 32/7
        // (Malcolm et al. 1959; Vose, Risk Analysis 3rd ed. §III.7). Independent check: α = 2, β = 4,
        // Var Beta(2,4) = αβ/((α+β)²(α+β+1)) = 8/252, scaled by (b − a)² = 144 → 32/7.
        InputDistribution.Pert pert = new InputDistribution.Pert(0, 3, 12);
        assertThat(pert.mean()).isCloseTo(4, offset(TOLERANCE));
        assertThat(pert.variance()).isCloseTo(32.0 / 7, offset(TOLERANCE));
        assertThat(pert.alpha()).isCloseTo(2, offset(TOLERANCE));
        assertThat(pert.beta()).isCloseTo(4, offset(TOLERANCE));
        assertThat(144 * 2.0 * 4 / (36 * 7)).isCloseTo(pert.variance(), offset(TOLERANCE));
    }

    @Test
    void test_pert_quantileAgainstHipparchusBeta() {
        InputDistribution.Pert pert = new InputDistribution.Pert(10, 13, 22);
        BetaDistribution beta = new BetaDistribution(pert.alpha(), pert.beta());
        for (double u : new double[] {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            double x = pert.quantile(u);
            assertThat(beta.cumulativeProbability((x - 10) / 12)).as("F(Q(%s))", u).isCloseTo(u, offset(QUANTILE_TOLERANCE));
        }
        // symmetric PERT(0, 5, 10) has median 5
        assertThat(new InputDistribution.Pert(0, 5, 10).quantile(0.5)).isCloseTo(5, offset(QUANTILE_TOLERANCE));
    }

    /** Property: the Newton quantile inverts Hipparchus's beta CDF over a dense grid, incl. α = 1 or β = 1. */
    @Test
    void test_pert_quantileDenseGridIncludingEdgeShapes() {
        double[][] shapes = {{0, 0, 1}, {0, 1, 1}, {0, 0.5, 1}, {2, 2.1, 9}, {-5, 4, 5}, {0.15, 0.24, 0.30}};
        for (double[] sh : shapes) {
            InputDistribution.Pert pert = new InputDistribution.Pert(sh[0], sh[1], sh[2]);
            BetaDistribution beta = new BetaDistribution(pert.alpha(), pert.beta());
            double prev = Double.NEGATIVE_INFINITY;
            for (int i = 0; i <= 1000; i++) {
                double u = i == 0 ? 1e-12 : i == 1000 ? 1 - 1e-12 : i / 1000.0;
                double x = pert.quantile(u);
                double y = (x - sh[0]) / (sh[2] - sh[0]);
                assertThat(beta.cumulativeProbability(y)).as("%s F(Q(%s))", pert, u).isCloseTo(u, offset(PERT_INVERSE_TOLERANCE));
                assertThat(x).isGreaterThanOrEqualTo(prev);
                prev = x;
            }
            assertThat(pert.quantile(0)).isEqualTo(sh[0]);
            assertThat(pert.quantile(1)).isEqualTo(sh[2]);
        }
    }

    @Test
    void test_triangular_quantilesAndMoments() {
        // Triangular(0, 1, 2): F(0.5) = 0.5²/(2·1) = 0.125, so Q(0.125) = 0.5; median 1.
        InputDistribution.Triangular sym = new InputDistribution.Triangular(0, 1, 2);
        assertThat(sym.quantile(0.125)).isCloseTo(0.5, offset(TOLERANCE));
        assertThat(sym.quantile(0.5)).isCloseTo(1, offset(TOLERANCE));
        // Triangular(1, 2, 4): mean 7/3, variance (1 + 4 + 16 − 2 − 4 − 8)/18 = 7/18;
        // Q(0.9) = 4 − √(0.1·3·2) = 4 − √0.6 (u above F(c) = 1/3).
        InputDistribution.Triangular t = new InputDistribution.Triangular(1, 2, 4);
        assertThat(t.mean()).isCloseTo(7.0 / 3, offset(TOLERANCE));
        assertThat(t.variance()).isCloseTo(7.0 / 18, offset(TOLERANCE));
        assertThat(t.quantile(0.9)).isCloseTo(4 - Math.sqrt(0.6), offset(TOLERANCE));
        TriangularDistribution peer = new TriangularDistribution(1, 2, 4);
        for (double u : new double[] {0, 0.05, 0.2, 1.0 / 3, 0.6, 0.95, 1}) {
            assertThat(t.quantile(u)).as("Q(%s)", u).isCloseTo(peer.inverseCumulativeProbability(u), offset(QUANTILE_TOLERANCE));
        }
    }

    @Test
    void test_lognormal_ofMeanAndStandardDeviation() {
        InputDistribution.LogNormal ln = InputDistribution.LogNormal.ofMeanAndStandardDeviation(100, 20);
        assertThat(ln.mean()).isCloseTo(100, offset(1e-9));
        assertThat(ln.variance()).isCloseTo(400, offset(1e-8));
        assertThat(ln.fromStandardNormal(0)).isCloseTo(Math.exp(ln.mu()), offset(TOLERANCE));
        assertThat(ln.quantile(0.5)).isCloseTo(Math.exp(ln.mu()), offset(1e-9));
    }

    @Test
    void test_normalAndUniform_moments() {
        InputDistribution.Normal n = new InputDistribution.Normal(3, 2);
        assertThat(n.variance()).isEqualTo(4);
        assertThat(n.fromStandardNormal(1.5)).isCloseTo(6, offset(TOLERANCE));
        assertThat(n.quantile(0.975)).isCloseTo(3 + 2 * 1.959963984540054, offset(1e-9));
        InputDistribution.Uniform u = new InputDistribution.Uniform(2, 8);
        assertThat(u.mean()).isEqualTo(5);
        assertThat(u.variance()).isCloseTo(3, offset(TOLERANCE));
        assertThat(u.fromStandardNormal(0)).isCloseTo(5, offset(TOLERANCE));
    }

    @Test
    void test_empirical_inverseEcdf() {
        EmpiricalDistribution e = EmpiricalDistribution.of(3, 1, 4, 2);
        assertThat(e.quantile(0)).isEqualTo(1);
        assertThat(e.quantile(0.2499)).isEqualTo(1);
        assertThat(e.quantile(0.25)).isEqualTo(2);
        assertThat(e.quantile(0.999)).isEqualTo(4);
        assertThat(e.quantile(1)).isEqualTo(4);
        assertThat(e.mean()).isEqualTo(2.5);
        assertThat(e.variance()).isEqualTo(1.25);
        assertThat(e.observations()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void test_normal_invalidStandardDeviation() {
        assertThatThrownBy(() -> new InputDistribution.Normal(0, 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("standardDeviation");
    }

    @Test
    void test_lognormal_invalidSigma() {
        assertThatThrownBy(() -> new InputDistribution.LogNormal(0, -1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("sigma");
        assertThatThrownBy(() -> InputDistribution.LogNormal.ofMeanAndStandardDeviation(-1, 1))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("mean");
    }

    @Test
    void test_triangular_modeOutsideRange() {
        assertThatThrownBy(() -> new InputDistribution.Triangular(0, 3, 2)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.OUT_OF_RANGE))
                .extracting("field").isEqualTo("mode");
    }

    @Test
    void test_pert_maxNotAboveMin() {
        assertThatThrownBy(() -> new InputDistribution.Pert(2, 2, 2)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("max");
    }

    @Test
    void test_uniform_maxNotAboveMin() {
        assertThatThrownBy(() -> new InputDistribution.Uniform(1, 1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("max");
    }

    @Test
    void test_fixed_notFinite() {
        assertThatThrownBy(() -> new InputDistribution.Fixed(Double.NaN)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("value");
    }

    @Test
    void test_empirical_emptyAndNotFinite() {
        assertThatThrownBy(() -> EmpiricalDistribution.of()).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("observations");
        assertThatThrownBy(() -> EmpiricalDistribution.of(1, Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("observations[1]");
    }
}
