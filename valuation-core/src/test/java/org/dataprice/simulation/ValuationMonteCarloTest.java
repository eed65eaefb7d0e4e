package org.dataprice.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.dataprice.error.CalculationException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Monte Carlo over valuation inputs. Statistical checks use a fixed seed and a tolerance of
 * 4 standard errors (the chance that a correct engine fails one such check is about 6e-5).
 */
class ValuationMonteCarloTest {
    private static final double SE_MULTIPLE = 4;
    private static final double TOLERANCE = 1e-12;

    private static final ValuationModel SUM = new ValuationModel("linear", List.of("a", "b"), "CNY",
            x -> x[0] + 2 * x[1]);
    private static final ValuationModel PRODUCT = new ValuationModel("product", List.of("a", "b"), "",
            x -> x[0] * x[1]);

    private static SimulationInputs correlatedNormals(ValuationModel model, double rho, int draws, long seed) {
        return new SimulationInputs(model,
                List.of(new SimulationInput("a", new InputDistribution.Normal(10, 1)),
                        new SimulationInput("b", new InputDistribution.Normal(5, 2))),
                CorrelationMatrix.of(new double[][] {{1, rho}, {rho, 1}}), MonteCarloSettings.of(draws, seed));
    }

    @Test
    void test_run_linearNormalMoments() {
        // V = a + 2b, a ~ N(10, 1), b ~ N(5, 2), ρ = 0.5: E[V] = 20, Var V = 1 + 4·4 + 2·2·1·2·0.5 = 21.
        SimulationResult r = ValuationMonteCarlo.DEFAULT.run(correlatedNormals(SUM, 0.5, 100_000, 42));
        assertThat(r.mean()).isCloseTo(20, offset(SE_MULTIPLE * r.standardError()));
        assertThat(r.standardError()).isCloseTo(Math.sqrt(21.0 / 100_000), offset(0.02 * Math.sqrt(21.0 / 100_000)));
        // sd of the sample sd ≈ σ/√(2N) = 0.0102; 4 of them
        assertThat(r.standardDeviation()).isCloseTo(Math.sqrt(21), offset(0.05));
        assertThat(r.confidenceLower()).isCloseTo(r.mean() - 1.959963984540054 * r.standardError(), offset(TOLERANCE));
        assertThat(r.draws()).isEqualTo(100_000);
        assertThat(r.seed()).isEqualTo(42);
    }

    @Test
    void test_run_copulaCorrelationOfNormals() {
        // For standard normal inputs E[a·b] = ρ, so the mean of V = a·b estimates the copula's ρ.
        double rho = 0.6;
        ValuationModel model = new ValuationModel("product", List.of("a", "b"), "", x -> x[0] * x[1]);
        SimulationInputs in = new SimulationInputs(model,
                List.of(new SimulationInput("a", new InputDistribution.Normal(0, 1)),
                        new SimulationInput("b", new InputDistribution.Normal(0, 1))),
                CorrelationMatrix.of(new double[][] {{1, rho}, {rho, 1}}), MonteCarloSettings.of(200_000, 7));
        SimulationResult r = ValuationMonteCarlo.DEFAULT.run(in);
        assertThat(r.mean()).isCloseTo(rho, offset(SE_MULTIPLE * r.standardError()));
    }

    @Test
    void test_run_copulaRankCorrelationOfUniforms() {
        // Uniform(0,1) margins through a Gaussian copula with ρ = 0.7 have Spearman (= Pearson for
        // uniforms) correlation ρ_S = (6/π)·arcsin(ρ/2) (Nelsen 2006, §5.1.2 / Kruskal 1958).
        // 12·(U1 − ½)(U2 − ½) has mean ρ_S.
        double rho = 0.7;
        double spearman = 6 / Math.PI * Math.asin(rho / 2);
        ValuationModel model = new ValuationModel("uniformProduct", List.of("u1", "u2"), "",
                x -> 12 * (x[0] - 0.5) * (x[1] - 0.5));
        SimulationInputs in = new SimulationInputs(model,
                List.of(new SimulationInput("u1", new InputDistribution.Uniform(0, 1)),
                        new SimulationInput("u2", new InputDistribution.Uniform(0, 1))),
                CorrelationMatrix.of(new double[][] {{1, rho}, {rho, 1}}), MonteCarloSettings.of(200_000, 11));
        SimulationResult r = ValuationMonteCarlo.DEFAULT.run(in);
        assertThat(r.mean()).isCloseTo(spearman, offset(SE_MULTIPLE * r.standardError()));
    }

    @Test
    void test_run_percentilesAndTargetOfStandardNormal() {
        ValuationModel model = new ValuationModel("identity", List.of("x"), "", x -> x[0]);
        int n = 100_000;
        SimulationInputs in = SimulationInputs.independent(model,
                List.of(new SimulationInput("x", new InputDistribution.Normal(0, 1))),
                MonteCarloSettings.of(n, 3).withTarget(1.0));
        SimulationResult r = ValuationMonteCarlo.DEFAULT.run(in);
        // Q(0.05) = −1.644854, SE of a sample quantile ≈ √(p(1−p)/N)/φ(q) = 0.0069/0.1031·… ≈ 0.0067
        assertThat(r.percentile(0.05)).isCloseTo(-1.6448536269514722, offset(4 * 0.0067));
        assertThat(r.percentiles()).extracting(Percentile::probability).containsExactlyElementsOf(
                MonteCarloSettings.DEFAULT_PERCENTILES);
        // P(X > 1) = 0.158655..., SE = √(p(1 − p)/N) = 0.001155
        double p = 0.15865525393145707;
        assertThat(r.probabilityAboveTarget().getAsDouble()).isCloseTo(p, offset(SE_MULTIPLE * Math.sqrt(p * (1 - p) / n)));
        assertThat(r.histogram().total()).isEqualTo(n);
        assertThat(r.histogram().counts()).hasSize(MonteCarloSettings.DEFAULT_BINS);
        assertThat(r.histogram().binLower(0)).isEqualTo(r.values().min());
    }

    @Test
    void test_run_deterministicForSeedAndThreads() {
        SimulationInputs one = correlatedNormals(PRODUCT, 0.3, 10_000, 99);
        SimulationInputs two = new SimulationInputs(one.model(), one.inputs(), one.correlation(),
                one.settings().withThreads(2));
        double[] a = ValuationMonteCarlo.DEFAULT.simulate(one);
        double[] b = ValuationMonteCarlo.DEFAULT.simulate(one);
        double[] c = ValuationMonteCarlo.DEFAULT.simulate(two);
        assertThat(b).containsExactly(a);
        assertThat(c).containsExactly(a);
        double[] d = ValuationMonteCarlo.DEFAULT.simulate(correlatedNormals(PRODUCT, 0.3, 10_000, 100));
        assertThat(d).isNotEqualTo(a);
    }

    @Test
    void test_run_explanationLastStepIsMean() {
        SimulationResult r = ValuationMonteCarlo.DEFAULT.run(correlatedNormals(SUM, 0.2, 2_000, 5));
        assertThat(r.explanation().resultStep().key()).isEqualTo(SimulationSteps.MEAN);
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.mean());
        assertThat(r.explanation().get(SimulationSteps.STANDARD_ERROR).result().doubleValue())
                .isEqualTo(r.standardError());
    }

    @Test
    void test_run_allInputDistributions() {
        ValuationModel model = new ValuationModel("sum6", List.of("n", "l", "t", "p", "u", "e"), "",
                x -> x[0] + x[1] + x[2] + x[3] + x[4] + x[5]);
        List<SimulationInput> inputs = List.of(
                new SimulationInput("n", new InputDistribution.Normal(1, 0.1)),
                new SimulationInput("l", InputDistribution.LogNormal.ofMeanAndStandardDeviation(2, 0.2)),
                new SimulationInput("t", new InputDistribution.Triangular(0, 1, 5)),
                new SimulationInput("p", new InputDistribution.Pert(0, 3, 12)),
                new SimulationInput("u", new InputDistribution.Uniform(-1, 1)),
                new SimulationInput("e", EmpiricalDistribution.of(1, 2, 3, 10)));
        double mean = 1 + 2 + 2 + 4 + 0 + 4;
        SimulationResult r = ValuationMonteCarlo.DEFAULT.run(SimulationInputs.independent(model, inputs,
                MonteCarloSettings.of(50_000, 2024)));
        assertThat(r.mean()).isCloseTo(mean, offset(SE_MULTIPLE * r.standardError()));
        double variance = 0.01 + 0.04 + (0 + 1 + 25 - 0 - 0 - 5) / 18.0 + 32.0 / 7 + 4.0 / 12 + 12.5;
        assertThat(r.standardDeviation()).isCloseTo(Math.sqrt(variance), offset(0.05 * Math.sqrt(variance)));
    }

    @Test
    void test_run_inputHashCoversEmpiricalObservations() {
        // same n, min and max, different middle observation: the explanations must hash differently
        ValuationModel model = new ValuationModel("identity", List.of("x"), "", x -> x[0]);
        SimulationResult a = ValuationMonteCarlo.DEFAULT.run(SimulationInputs.independent(model,
                List.of(new SimulationInput("x", EmpiricalDistribution.of(1, 2, 3))), MonteCarloSettings.of(10, 1)));
        SimulationResult b = ValuationMonteCarlo.DEFAULT.run(SimulationInputs.independent(model,
                List.of(new SimulationInput("x", EmpiricalDistribution.of(1, 2.5, 3))), MonteCarloSettings.of(10, 1)));
        assertThat(a.explanation().inputHash()).isNotEqualTo(b.explanation().inputHash());
    }

    @Test
    void test_run_drawsAboveLimit() {
        assertThatThrownBy(() -> new MonteCarloSettings(1_001, 1, 1, List.of(), 10, java.util.OptionalDouble.empty(), 1_000))
                .isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("draws");
        assertThatThrownBy(() -> MonteCarloSettings.of(MonteCarloSettings.MAX_DRAWS + 1, 1))
                .isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("draws");
    }

    @Test
    void test_run_tooFewDraws() {
        assertThatThrownBy(() -> MonteCarloSettings.of(1, 1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("draws");
    }

    @Test
    void test_run_percentileOutOfRange() {
        assertThatThrownBy(() -> new MonteCarloSettings(10, 1, 1, List.of(1.5), 10, java.util.OptionalDouble.empty(),
                100)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("percentiles[0]");
    }

    @Test
    void test_run_threadsOutOfRange() {
        assertThatThrownBy(() -> MonteCarloSettings.of(10, 1).withThreads(0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("threads");
    }

    @Test
    void test_run_nonFiniteValuation() {
        ValuationModel bad = new ValuationModel("bad", List.of("a"), "", x -> x[0] > 0 ? Double.NaN : 0);
        SimulationInputs in = SimulationInputs.independent(bad,
                List.of(new SimulationInput("a", new InputDistribution.Normal(0, 1))), MonteCarloSettings.of(100, 1));
        assertThatThrownBy(() -> ValuationMonteCarlo.DEFAULT.run(in)).isInstanceOf(CalculationException.class)
                .extracting("field").isEqualTo("bad");
    }

    @Test
    void test_run_nonFiniteValuationOnTwoThreads() {
        ValuationModel bad = new ValuationModel("bad", List.of("a"), "", x -> x[0] > 3 ? Double.POSITIVE_INFINITY : 0);
        SimulationInputs in = SimulationInputs.independent(bad,
                List.of(new SimulationInput("a", new InputDistribution.Normal(0, 1))),
                MonteCarloSettings.of(100_000, 1).withThreads(2));
        assertThatThrownBy(() -> ValuationMonteCarlo.DEFAULT.run(in)).isInstanceOf(CalculationException.class);
    }

    @Test
    void test_run_fixedInputHeldConstant() {
        ValuationModel model = new ValuationModel("scaled", List.of("a", "k"), "", x -> x[0] * x[1]);
        SimulationResult r = ValuationMonteCarlo.DEFAULT.run(SimulationInputs.independent(model,
                List.of(new SimulationInput("k", new InputDistribution.Fixed(3)),
                        new SimulationInput("a", new InputDistribution.Uniform(0, 1))),
                MonteCarloSettings.of(5_000, 8)));
        // inputs listed in another order than the model's: mapped by name; V = 3·U(0,1), mean 1.5
        assertThat(r.mean()).isCloseTo(1.5, offset(SE_MULTIPLE * r.standardError()));
        assertThat(r.values().max()).isLessThanOrEqualTo(3);
    }

    @Test
    void test_inputs_unknownName() {
        assertThatThrownBy(() -> SimulationInputs.independent(SUM,
                List.of(new SimulationInput("a", new InputDistribution.Normal(0, 1)),
                        new SimulationInput("zzz", new InputDistribution.Normal(0, 1))),
                MonteCarloSettings.of(10, 1))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("inputs[1].name");
    }

    @Test
    void test_inputs_duplicateName() {
        assertThatThrownBy(() -> SimulationInputs.independent(SUM,
                List.of(new SimulationInput("a", new InputDistribution.Normal(0, 1)),
                        new SimulationInput("a", new InputDistribution.Normal(0, 1))),
                MonteCarloSettings.of(10, 1))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("inputs[1].name");
    }

    @Test
    void test_inputs_missingInput() {
        assertThatThrownBy(() -> SimulationInputs.independent(SUM,
                List.of(new SimulationInput("a", new InputDistribution.Normal(0, 1))), MonteCarloSettings.of(10, 1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("inputs");
    }

    @Test
    void test_inputs_correlationSizeMismatch() {
        assertThatThrownBy(() -> new SimulationInputs(SUM,
                List.of(new SimulationInput("a", new InputDistribution.Normal(0, 1)),
                        new SimulationInput("b", new InputDistribution.Normal(0, 1))),
                CorrelationMatrix.identity(3), MonteCarloSettings.of(10, 1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("correlation");
    }

    @Test
    void test_model_duplicateInputName() {
        assertThatThrownBy(() -> new ValuationModel("m", List.of("a", "a"), "", x -> 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("inputNames[1]");
    }

    /** Property: the sorted sample's type-7 quantiles are monotone in p and bounded by min and max. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void test_sortedSample_quantileMonotone(long seed) {
        double[] v = ValuationMonteCarlo.DEFAULT.simulate(correlatedNormals(SUM, 0.1, 500, seed));
        SortedSample s = SortedSample.of(v);
        double prev = s.min();
        for (int i = 0; i <= 100; i++) {
            double q = s.quantile(i / 100.0);
            assertThat(q).isGreaterThanOrEqualTo(prev).isLessThanOrEqualTo(s.max());
            prev = q;
        }
        assertThat(s.quantile(0)).isEqualTo(s.min());
        assertThat(s.quantile(1)).isEqualTo(s.max());
    }

    @Test
    void test_sortedSample_type7() {
        // R: quantile(c(1, 2, 3, 4), 0.4, type = 7) = 1 + 0.4·3 = 2.2
        SortedSample s = SortedSample.of(new double[] {4, 1, 3, 2});
        assertThat(s.quantile(0.4)).isCloseTo(2.2, offset(TOLERANCE));
        assertThat(s.fractionAbove(2)).isEqualTo(0.5);
        assertThat(s.fractionAbove(0)).isEqualTo(1);
        assertThat(s.fractionAbove(4)).isEqualTo(0);
    }
}
