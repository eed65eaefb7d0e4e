package org.dataprice.finance.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.dataprice.finance.option.BlackScholes;
import org.dataprice.finance.option.OptionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The diagnostics on constructed samples (each computed by hand from its definition) and on the issue 11
 * cases: 10^6 paths, S = K = 100, r = 5 %, σ = 2, T = 10 (reported 18.36 ± 16.02, Black–Scholes 99.88);
 * σ = 3, T = 10 (0.0019 ± 0.0019 plain, 96.9014 ± 0.000009 with the control, true ≈ 100); σ = 10, T = 100 (0 ± 0).
 */
class MonteCarloDiagnosticsTest {
    private static final double TOLERANCE = 1e-12;
    private static final MonteCarloOptionPricer SUT = MonteCarloOptionPricer.DEFAULT;

    private static MonteCarloInputs call(double vol, double t, long paths, ControlVariate cv) {
        return new MonteCarloInputs(100, 0.05, 0, vol, t, new Payoff.European(OptionType.CALL, 100), paths, 42, false,
                cv, 1);
    }

    /** Merged statistics of constructed samples y (payoffs) and x (centred controls), cut into chunks of 3. */
    private static double[] stats(double[] y, double[] x) {
        int chunks = (y.length + 2) / 3;
        double[] s = new double[chunks * 8];
        for (int c = 0; c < chunks; c++) {
            int from = 3 * c;
            int to = Math.min(y.length, from + 3);
            MonteCarloOptionPricer.chunkStats(Arrays.copyOfRange(y, from, to), Arrays.copyOfRange(x, from, to), to - from,
                    s, 8 * c);
        }
        return MonteCarloOptionPricer.merge(s, chunks);
    }

    @Test
    void test_of_zeroShareLargestShareAndEss_byHand() {
        double[] y = {0, 0, 1, 2, 3, 0, 4};
        double[] x = {1, -1, 2, -2, 0.5, -0.5, 0};
        MonteCarloDiagnostics d = MonteCarloDiagnostics.of(call(0.2, 1, 1_000_000, ControlVariate.NONE), stats(y, x),
                100, 1, 2);
        assertThat(d.samples()).isEqualTo(7);
        assertThat(d.zeroShare()).isCloseTo(3.0 / 7, offset(TOLERANCE));
        assertThat(d.largestShare()).isCloseTo(4.0 / 10, offset(TOLERANCE)); // max 4, sum 10
        assertThat(d.effectiveSampleSize()).isCloseTo(100.0 / 30, offset(TOLERANCE)); // 10² / (1 + 4 + 9 + 16)
        assertThat(d.controlMean()).isCloseTo(100, offset(TOLERANCE)); // Σx = 0
        assertThat(d.controlZ().getAsDouble()).isCloseTo(0, offset(TOLERANCE));
        assertThat(d.warnings()).noneMatch(w -> w.contains("largest single sample")); // 40% < 10/7
    }

    @Test
    void test_of_largestShare_flaggedAboveOnePercentForLargeN() {
        double[] y = new double[1000];
        Arrays.fill(y, 1);
        y[500] = 20; // 20 / 1019 = 1.96%
        double[] x = new double[1000];
        MonteCarloDiagnostics d = MonteCarloDiagnostics.of(call(0.2, 1, 1_000_000, ControlVariate.NONE), stats(y, x),
                100, 0.5, 1.5);
        assertThat(d.largestShare()).isCloseTo(20.0 / 1019, offset(TOLERANCE));
        assertThat(MonteCarloDiagnostics.largestShareLimit(1000)).isEqualTo(0.01);
        assertThat(MonteCarloDiagnostics.largestShareLimit(100)).isEqualTo(0.1);
        assertThat(d.warnings()).containsExactly("unreliable: the largest single sample is 1.96271% of the sum of payoffs (> 1%)",
                "use the closed form: Black-Scholes value 10.4506");
    }

    @Test
    void test_of_controlZ_byHand() {
        double[] y = {1, 1, 1, 1};
        double[] x = {2, 3, 4, 5}; // mean 3.5, s² = 5/3, SE = sqrt(5/3 / 4)
        MonteCarloDiagnostics d = MonteCarloDiagnostics.of(call(0.2, 1, 1_000_000, ControlVariate.NONE), stats(y, x),
                100, 1, 1);
        double z = 3.5 / Math.sqrt(5.0 / 3 / 4);
        assertThat(d.controlZ().getAsDouble()).isCloseTo(z, offset(TOLERANCE));
        assertThat(d.controlMean()).isCloseTo(103.5, offset(TOLERANCE));
        assertThat(d.effectiveSampleSize()).isCloseTo(4, offset(TOLERANCE)); // equal payoffs: ESS = n
        assertThat(z).isGreaterThan(MonteCarloDiagnostics.MAX_ABS_CONTROL_Z);
        assertThat(d.warnings()).anyMatch(w -> w.startsWith("unreliable: control check z = 5.42218 (|z| > 4)"));
    }

    @Test
    void test_of_lowEss_flagged() {
        double[] y = new double[300];
        double[] x = new double[300];
        y[7] = 1;
        y[8] = 1; // ESS = 2 < 1% of 300 = 3
        MonteCarloDiagnostics d = MonteCarloDiagnostics.of(call(0.2, 1, 1_000_000, ControlVariate.NONE), stats(y, x),
                100, 0, 0);
        assertThat(d.effectiveSampleSize()).isCloseTo(2, offset(TOLERANCE));
        assertThat(d.zeroShare()).isCloseTo(298.0 / 300, offset(TOLERANCE));
        assertThat(d.warnings()).anyMatch(w -> w.contains("effective sample size"));
        assertThat(d.controlZ()).isEmpty(); // var(X) = 0 and mean(X) = E[X]: no z, no warning about it
        assertThat(d.warnings()).noneMatch(w -> w.contains("control"));
    }

    @Test
    void test_of_allZero_flagged() {
        double[] zero = new double[10];
        double[] x = new double[10];
        Arrays.fill(x, -100); // every discounted S_T underflowed to 0, known mean 100
        MonteCarloDiagnostics d = MonteCarloDiagnostics.of(call(0.2, 1, 1_000_000, ControlVariate.NONE), stats(zero, x),
                100, 0, 0);
        assertThat(d.effectiveSampleSize()).isZero();
        assertThat(d.largestShare()).isZero();
        assertThat(d.zeroShare()).isEqualTo(1);
        assertThat(d.controlZ()).isEmpty();
        assertThat(d.warnings()).anyMatch(w -> w.contains("every payoff was zero"))
                .anyMatch(w -> w.contains("zero sample variance but mean 0 against its known 100"));
    }

    @ParameterizedTest(name = "paths {0}, sigma {1}, T {2}: flagged {3}")
    @CsvSource({"1000000, 2, 3.45, false", "1000000, 2, 3.5, true", "10000, 1, 5.3, false", "10000, 1, 5.5, true"})
    void test_of_heavyTailBound(long paths, double vol, double t, boolean flagged) {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] x = {1, -1, 1, -1, 1, -1, 1, -1, 1, -1};
        MonteCarloDiagnostics d = MonteCarloDiagnostics.of(call(vol, t, paths, ControlVariate.NONE), stats(y, x), 100, 1,
                2);
        assertThat(d.expectedTailSamples()).isCloseTo(paths * BlackScholes.normalCdf(-vol * Math.sqrt(t)),
                offset(TOLERANCE * paths));
        assertThat(d.varianceExponent()).isCloseTo(vol * vol * t, offset(TOLERANCE));
        assertThat(d.warnings().stream().anyMatch(w -> w.contains("heavy-tail bound"))).isEqualTo(flagged);
    }

    @Test
    void test_of_putIsNotHeavyTailed_andIntervalBounds() {
        MonteCarloInputs put = new MonteCarloInputs(100, 0.05, 0, 3, 10, new Payoff.European(OptionType.PUT, 100),
                1_000_000, 42, false, ControlVariate.NONE, 1);
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] x = {1, -1, 1, -1, 1, -1, 1, -1, 1, -1};
        double kDisc = 100 * Math.exp(-0.5);
        MonteCarloDiagnostics d = MonteCarloDiagnostics.of(put, stats(y, x), 100, -1, kDisc + 1);
        assertThat(d.warnings()).noneMatch(w -> w.contains("heavy-tail"))
                .anyMatch(w -> w.contains("below 0")).anyMatch(w -> w.contains("K e^(-rT) of a put"))
                .anyMatch(w -> w.startsWith("use the closed form: Black-Scholes value"));
        assertThat(d.closedForm().getAsDouble()).isCloseTo(BlackScholes.price(false, 100, 100, 0.05, 0, 3, 10),
                offset(TOLERANCE));
    }

    /** Issue 11: σ = 2, T = 10 plain; the closed form 99.88 is offered. */
    @Test
    void test_price_issue11_sigma2_flagged() {
        MonteCarloResult r = SUT.price(call(2, 10, 1_000_000, ControlVariate.NONE));
        double bs = BlackScholes.price(true, 100, 100, 0.05, 0, 2, 10);
        assertThat(bs).isCloseTo(99.88, offset(0.01));
        assertThat(r.warnings()).anyMatch(w -> w.contains("heavy-tail bound"))
                .anyMatch(w -> w.startsWith("use the closed form: Black-Scholes value 99.878"));
        assertThat(r.diagnostics().closedForm().getAsDouble()).isEqualTo(bs);
    }

    /** Issue 11: σ = 3, T = 10 with the control: 96.9 ± 0.000009 is flagged by the control check. */
    @Test
    void test_price_issue11_sigma3_controlFlagged() {
        MonteCarloResult r = SUT.price(call(3, 10, 1_000_000, ControlVariate.TERMINAL_VALUE));
        assertThat(r.diagnostics().controlZ().getAsDouble()).isLessThan(-MonteCarloDiagnostics.MAX_ABS_CONTROL_Z);
        assertThat(r.warnings()).anyMatch(w -> w.contains("control check z")).anyMatch(w -> w.contains("heavy-tail"));
        assertThat(r.explanation().get(MonteCarloSteps.DIAGNOSTICS).inputs())
                .anyMatch(q -> q.name().equals("warning 1") && q.text().equals(r.warnings().get(0)));
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.price());
    }

    /** Issue 11: σ = 10, T = 100: 0 ± 0, every payoff zero. */
    @Test
    void test_price_issue11_sigma10_allZero() {
        MonteCarloResult r = SUT.price(call(10, 100, 1_000_000, ControlVariate.NONE));
        assertThat(r.price()).isZero();
        assertThat(r.diagnostics().zeroShare()).isEqualTo(1);
        assertThat(r.warnings()).anyMatch(w -> w.contains("every payoff was zero")).anyMatch(w -> w.contains("heavy-tail"));
    }

    /** Normal inputs: no warning, and the control check is an honest N(0,1) figure. */
    @ParameterizedTest(name = "antithetic={0} control={1}")
    @CsvSource({"false, NONE", "true, NONE", "false, TERMINAL_VALUE", "true, TERMINAL_VALUE"})
    void test_price_normalInputs_noWarning(boolean antithetic, ControlVariate cv) {
        MonteCarloInputs in = new MonteCarloInputs(100, 0.05, 0, 0.2, 1, new Payoff.European(OptionType.CALL, 100),
                1_000_000, 42, antithetic, cv, 1);
        MonteCarloResult r = SUT.price(in);
        assertThat(r.warnings()).isEmpty();
        assertThat(Math.abs(r.diagnostics().controlZ().getAsDouble())).isLessThan(MonteCarloDiagnostics.MAX_ABS_CONTROL_Z);
        // a pair is zero only if both twins are: never at the money with r > 0
        assertThat(r.diagnostics().zeroShare()).isBetween(antithetic ? 0 : 0.4, antithetic ? 0 : 0.5);
        assertThat(r.diagnostics().effectiveSampleSize()).isGreaterThan(0.3 * r.diagnostics().samples());
    }
}
