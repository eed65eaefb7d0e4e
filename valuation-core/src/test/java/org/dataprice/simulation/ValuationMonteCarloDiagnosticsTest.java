package org.dataprice.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The valuation Monte Carlo's reliability diagnostics (issue 11): zero share, largest share max|V|/Σ|V|
 * and Kish's ESS (Σ|V|)²/ΣV², on constructed and on heavy-tailed inputs.
 */
class ValuationMonteCarloDiagnosticsTest {
    private static final double TOLERANCE = 1e-12;
    private static final ValuationModel IDENTITY = new ValuationModel("identity", List.of("a"), "CNY", x -> x[0]);

    private static SimulationResult run(InputDistribution a, int draws) {
        return ValuationMonteCarlo.DEFAULT.run(new SimulationInputs(IDENTITY, List.of(new SimulationInput("a", a)),
                CorrelationMatrix.of(new double[][] {{1}}), MonteCarloSettings.of(draws, 42)));
    }

    @Test
    void test_run_constantValue_essIsN_noWarning() {
        SimulationResult r = run(new InputDistribution.Fixed(-3), 1000);
        assertThat(r.effectiveSampleSize()).isCloseTo(1000, offset(TOLERANCE * 1000));
        assertThat(r.largestShare()).isCloseTo(0.001, offset(TOLERANCE));
        assertThat(r.zeroShare()).isZero();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void test_run_allZero_reportedNotFlagged() {
        SimulationResult r = run(new InputDistribution.Fixed(0), 1000);
        assertThat(r.zeroShare()).isEqualTo(1);
        assertThat(r.effectiveSampleSize()).isZero();
        assertThat(r.largestShare()).isZero();
        assertThat(r.warnings()).isEmpty();
    }

    /** ln V ~ N(0, 4²): σ² = 16, the heavy tail carries the mean; a few draws dominate. */
    @Test
    void test_run_heavyTailedInput_flagged() {
        SimulationResult r = run(new InputDistribution.LogNormal(0, 4), 100_000);
        assertThat(r.largestShare()).isGreaterThan(0.01);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("unreliable: the largest single draw is"));
        assertThat(r.explanation().get(SimulationSteps.DIAGNOSTICS).inputs())
                .anyMatch(q -> q.name().equals("warning 1") && q.text().equals(r.warnings().get(0)));
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.mean());
    }

    @Test
    void test_run_normalInput_noWarning() {
        SimulationResult r = run(new InputDistribution.Normal(100, 10), 100_000);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.effectiveSampleSize()).isGreaterThan(0.9 * 100_000); // (E|V|)²/E[V²] = 100²/(100² + 10²)
    }

    @Test
    void test_warnings_byHand() {
        assertThat(ValuationMonteCarlo.warnings(1000, 0.02, 500)).containsExactly(
                "unreliable: the largest single draw is 2% of the sum of |V| (> 1%): the mean rests on a few draws of a "
                        + "heavy-tailed input");
        assertThat(ValuationMonteCarlo.warnings(1000, 0.005, 5)).containsExactly(
                "unreliable: effective sample size (sum |V|)^2 / sum V^2 = 5 is below 1% of the 1000 draws");
        assertThat(ValuationMonteCarlo.warnings(100, 0.05, 50)).isEmpty(); // 5% < 10/100
    }
}
