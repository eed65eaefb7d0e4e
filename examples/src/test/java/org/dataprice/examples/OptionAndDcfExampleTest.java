package org.dataprice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link OptionAndDcfExample} and checks its figures against values computed by hand (a pocket
 * calculator; the arithmetic is in the comments).
 */
class OptionAndDcfExampleTest {
    /** Tolerance on closed-form money figures (元): far below the fen, above double rounding. */
    private static final double TOLERANCE = 1e-6;
    /** Tolerance on the roots of the IRR. */
    private static final double RATE_TOLERANCE = 1e-12;

    @Test
    void test_run_matchesHandComputedFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OptionAndDcfExample.Results r = OptionAndDcfExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        // DCF (-1,000,000; 1,350,000; 985,000; -1,365,000) at 10 %:
        //   -1,000,000 + 1,350,000/1.1 + 985,000/1.21 - 1,365,000/1.331
        //   = -1,000,000 + 1,227,272.7273 + 814,049.5868 - 1,025,544.7032 = 15,777.6108
        // With x = 1 + r the NPV is -10^6 (x - 1.05)(x - 1.30)(x + 1) / x^3 (expand: -x^3 + 1.35x^2 + 0.985x
        // - 1.365), so the IRRs are exactly 5 % and 30 % (x = -1 is no rate), and at 10 %:
        // 10^6 * 0.05 * 0.20 * 2.1 / 1.331 = 15,777.6108.
        assertThat(r.npv().value()).isCloseTo(15_777.610818933, within(TOLERANCE));
        assertThat(r.irr().signChanges()).isEqualTo(2);
        assertThat(r.irr().roots()).hasSize(2);
        assertThat(r.irr().roots().get(0)).isCloseTo(0.05, within(RATE_TOLERANCE));
        assertThat(r.irr().roots().get(1)).isCloseTo(0.30, within(RATE_TOLERANCE));
        assertThat(out).contains("NPV at 10 %: 15,777.61 元").contains("found 2: 5.0000 % and 30.0000 %")
                .contains("unique: false (NOT_PROVEN), 2 warning(s)");

        // Tree: dt = 1, u = e^0.35 = 1.4190675, d = 0.7046881,
        //   p = (e^(0.03 - 0.05) - d)/(u - d) = (0.9801987 - 0.7046881)/0.7143795 = 0.3856642, disc = e^-0.03.
        // Node values V(i, j) = 5,000,000 u^j d^(i-j):
        //   year 3: 1,749,688.75  3,523,440.45  7,095,337.74  14,288,255.59
        //   year 2: 2,482,926.52  5,000,000.00  10,068,763.54;   year 1: 3,523,440.45  7,095,337.74
        // Abandon for A = 3,500,000: exchange value G = max(A - V, 0) at year 3 = (1,750,311.25, 0, 0, 0);
        //   year 2 bottom: max(disc (p*0 + (1-p)*1,750,311.25) = 1,043,499.57, A - V = 1,017,073.48) = 1,043,499.57
        //   year 1 bottom: disc (1-p) 1,043,499.57 = 622,112.98 (A - V = -23,440.45: keep)
        //   year 0: disc (1-p) 622,112.98 = 370,890.96, so W0 = 5,370,890.96.
        assertThat(r.abandon().optionPremium()).isCloseTo(370_890.962941, within(1e-4));
        assertThat(r.abandon().expandedValue()).isCloseTo(5_370_890.962941, within(1e-4));
        // Expand (1.4 V - 1,500,000): gain 0.4 V - 1,500,000; at year 3 (0, 0, 1,338,135.10, 4,215,302.24);
        //   year 2 top: max(disc (p 4,215,302.24 + (1-p) 1,338,135.10) = 2,375,413.36, 2,527,505.41) = 2,527,505.41
        //     (expand early: the leakage δ makes waiting costly); middle: disc p 1,338,135.10 = 500,818.61 > 500,000
        //   year 1 top: max(disc (p 2,527,505.41 + (1-p) 500,818.61) = 1,244,537.35, 1,338,135.10) = 1,338,135.10
        //     bottom: disc p 500,818.61 = 187,439.43
        //   year 0: disc (p 1,338,135.10 + (1-p) 187,439.43) = 612,566.14 (> 500,000 from expanding now).
        assertThat(r.expand().optionPremium()).isCloseTo(612_566.137942, within(1e-4));
        // Both: abandonment pays only in the bottom nodes and expansion only in the upper ones, so on this
        // tree the premiums add: 370,890.96 + 612,566.14 = 983,457.10.
        assertThat(r.both().optionPremium()).isCloseTo(983_457.100883, within(1e-4));
        assertThat(r.both().staticValue()).isEqualTo(5_000_000.0);
        assertThat(out).contains("option 37.09 万元").contains("option 61.26 万元").contains("option 98.35 万元");

        // Monte Carlo against Black–Scholes–Merton with yield q = δ (Hull, OFOD 9th ed., eq. 17.4):
        //   d1 = [ln(5/5.5) + (0.03 - 0.05 + 0.35²/2) 2] / (0.35 √2) = (-0.0953102 + 0.0825)/0.4949747 = -0.0258805
        //   d2 = d1 - 0.4949747 = -0.5208552; N(d1) = 0.4896763, N(d2) = 0.3012338
        //   C = 5,000,000 e^-0.1 N(d1) - 5,500,000 e^-0.06 N(d2) = 2,215,387.37 - 1,560,302.29 = 655,085.08
        // The estimate must lie within 4 standard errors of it, and the interval be value ± 1.959964 SE.
        double bsm = 655_085.0808;
        assertThat(r.monteCarlo().seed()).isEqualTo(OptionAndDcfExample.SEED);
        assertThat(r.monteCarlo().paths()).isEqualTo(200_000);
        assertThat(r.monteCarlo().standardError()).isPositive().isLessThan(1_000);
        assertThat(Math.abs(r.monteCarlo().price() - bsm)).isLessThan(4 * r.monteCarlo().standardError());
        assertThat(r.monteCarlo().lower95()).isCloseTo(r.monteCarlo().price() - 1.959964 * r.monteCarlo().standardError(),
                within(0.01));
        assertThat(r.monteCarlo().upper95()).isCloseTo(r.monteCarlo().price() + 1.959964 * r.monteCarlo().standardError(),
                within(0.01));
        assertThat(out).contains("value " + yuan(r.monteCarlo().price()))
                .contains("standard error " + yuan(r.monteCarlo().standardError()))
                .contains("seed " + OptionAndDcfExample.SEED);

        // Each explanation's last top-level step holds the result, and the summaries are printed.
        assertThat(r.npv().explanation().resultStep().result().doubleValue()).isEqualTo(r.npv().value());
        assertThat(r.both().explanation().resultStep().result().doubleValue()).isEqualTo(r.both().expandedValue());
        assertThat(r.monteCarlo().explanation().resultStep().result().doubleValue()).isEqualTo(r.monteCarlo().price());
        assertThat(out).contains("method finance.cashflow.npv").contains("method finance.cashflow.irr")
                .contains("method finance.lattice.realOptions").contains("method finance.montecarlo.gbm");
    }

    @Test
    void test_run_sameSeedSameFigures() {
        OptionAndDcfExample.Results a = OptionAndDcfExample.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        OptionAndDcfExample.Results b = OptionAndDcfExample.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertThat(b.monteCarlo().price()).isEqualTo(a.monteCarlo().price());
        assertThat(b.monteCarlo().standardError()).isEqualTo(a.monteCarlo().standardError());
    }

    @Test
    void test_main_prints() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            OptionAndDcfExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("1. Discounted cash flow").contains("2. Real options")
                .contains("3. Monte Carlo");
    }

    private static String yuan(double amount) {
        return Money.ofDouble(amount, Money.CNY, RoundingMode.HALF_EVEN).format(DisplayUnit.YUAN);
    }
}
