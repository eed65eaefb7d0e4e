package org.dataprice.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.dataprice.accounting.AssetClass;
import org.dataprice.accounting.AmortisationLine;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;
import org.dataprice.sensitivity.TornadoBar;
import org.dataprice.simulation.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ValuationRiskExample} and checks its figures against values computed by hand (a pocket
 * calculator; the arithmetic is in the comments).
 */
class ValuationRiskExampleTest {
    /** Tolerance on deterministic values in 元 (closed forms evaluated in double). */
    private static final double TOLERANCE = 1e-4;

    @Test
    void test_run_matchesHandComputedFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValuationRiskExample.Results r = ValuationRiskExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        // Base value: V0 = R K A(r), A(r) = Σ_{t=1..5} 1.05^(t−1) e^(−r t). At r = 10 %:
        //   A = 0.9048374 + 0.8596673 + 0.8167521 + 0.7759792 + 0.7372418 = 4.0944778
        //   V0 = 20,000,000 × 0.20 × 4.0944778 = 16,377,911.39 元
        double v0 = 16_377_911.392235;
        assertThat(r.tornado().baseValue()).isCloseTo(v0, within(TOLERANCE));
        assertThat(out).contains("V = 16,377,911.39 元 (1,637.79 万元)");

        // Tornado: V is linear in K and R, so K 0.15..0.25 gives 0.75 V0 .. 1.25 V0 (swing 0.5 V0 = 8,188,955.70)
        // and R 16..24 million gives 0.8 V0 .. 1.2 V0 (swing 0.4 V0 = 6,551,164.56); r 8 %..12 %:
        // A(0.08) = 4.3405110, A(0.12) = 3.8654709, so 17,362,044.10 .. 15,461,883.75, swing 1,900,160.35.
        List<TornadoBar> bars = r.tornado().bars();
        assertThat(bars).extracting(TornadoBar::name).containsExactly("shareRate", "revenue", "discountRate");
        assertThat(bars.get(0).swing()).isCloseTo(0.5 * v0, within(TOLERANCE));
        assertThat(bars.get(1).swing()).isCloseTo(0.4 * v0, within(TOLERANCE));
        assertThat(bars.get(2).valueAtLow()).isCloseTo(17_362_044.104504, within(TOLERANCE));
        assertThat(bars.get(2).valueAtHigh()).isCloseTo(15_461_883.752060, within(TOLERANCE));
        assertThat(out).contains("swing 818.90 万元").contains("swing 655.12 万元").contains("swing 190.02 万元");

        // Two-way: the base value (0.10, 0.20) is inserted into both axes and marked; r = 12 %, K = 15 %:
        // 20,000,000 × 0.15 × 3.8654709 = 11,596,412.81 元.
        assertThat(r.twoWay().rowValues()).containsExactly(0.08, 0.09, 0.10, 0.11, 0.12);
        assertThat(r.twoWay().columnValues()).containsExactly(0.15, 0.175, 0.20, 0.225, 0.25);
        assertThat(r.twoWay().baseRow()).isEqualTo(2);
        assertThat(r.twoWay().baseColumn()).isEqualTo(2);
        assertThat(r.twoWay().value(4, 0)).isCloseTo(11_596_412.814045, within(TOLERANCE));
        assertThat(out).contains("[1,637.79]").contains("1,159.64");

        // Monte Carlo: ln R ~ N(16.7916325, 0.1980422²), ln K ~ N(−1.6205632, 0.1491664²) (σ² = ln(1 + s²/m²),
        // μ = ln m − σ²/2), r ~ N(0.10, 0.015²); the copula makes (ln R, ln K, r) jointly normal with the given
        // correlations, so ln(R K e^(−r t)) is normal with variance
        //   v_t = 0.1980² + 0.1492² + t² 0.015² + 2(0.5)(0.1980)(0.1492) + 2(0.3)(0.1980)(0.015) t + 2(0.2)(0.1492)(0.015) t
        // and E[V] = Σ 1.05^(t−1) exp(16.7916325 − 1.6205632 − 0.10 t + v_t / 2)
        //          = 3,678,540.86 + 3,500,768.52 + 3,332,337.05 + 3,172,723.06 + 3,021,434.09 = 16,705,803.59 元.
        // The sample mean must lie within 4 standard errors of it.
        SimulationResult sim = r.simulation();
        double exactMean = 16_705_803.588857;
        assertThat(sim.seed()).isEqualTo(ValuationRiskExample.SEED);
        assertThat(sim.draws()).isEqualTo(ValuationRiskExample.DRAWS);
        assertThat(Math.abs(sim.mean() - exactMean)).isLessThan(4 * sim.standardError());
        assertThat(sim.standardError()).isCloseTo(sim.standardDeviation() / Math.sqrt(ValuationRiskExample.DRAWS),
                within(1e-6));
        assertThat(sim.confidenceLower()).isCloseTo(sim.mean() - 1.959964 * sim.standardError(), within(0.01));
        // P5, type 7: h = (N − 1) p = 19,999 × 0.05 = 999.95, Q = x[999] + 0.95 (x[1000] − x[999]) (0-based, sorted)
        double[] x = sim.values().toArray();
        double p5 = x[999] + 0.95 * (x[1000] - x[999]);
        assertThat(sim.percentile(0.05)).isCloseTo(p5, within(1e-6));

        // Pledge: effective LTV = 0.50 × 0.85 (largest customer 55 % > 50 %) = 0.425.
        //   unstressed = 16,377,911.39 × 0.425 = 6,960,612.34075 → 6,960,612.34 (rounded down)
        //   stressed   = P5 (rounded down to the fen) × 0.425, rounded down; the limit is the smaller.
        BigDecimal p5Fen = BigDecimal.valueOf(p5).setScale(2, RoundingMode.DOWN);
        Money stressed = Money.of(p5Fen.multiply(new BigDecimal("0.425")).setScale(2, RoundingMode.DOWN), Money.CNY);
        assertThat(r.loan().effectiveLtv()).isCloseTo(0.425, within(1e-15));
        assertThat(r.loan().unstressedLimit()).isEqualTo(Money.cny("6960612.34"));
        assertThat(r.loan().stressedLimit()).contains(stressed);
        assertThat(r.loan().loanLimit()).isEqualTo(stressed.min(Money.cny("6960612.34")));
        assertThat(r.loan().approvedTermMonths()).isEqualTo(12);
        assertThat(out).contains("unstressed limit  16,377,911.39 元 × LTV = 6,960,612.34 元")
                .contains(stressed.format(DisplayUnit.YUAN));

        // Accounting: capitalised = 3,000,000 + 180,000 + 250,000 + 120,000 + 50,000 + 30,000 = 3,630,000.00;
        // training 40,000 and administration 60,000 are expensed (100,000.00).
        assertThat(r.capitalised().assetClass()).isEqualTo(AssetClass.INTANGIBLE_ASSET);
        assertThat(r.capitalised().capitalised()).isEqualTo(Money.cny("3630000.00"));
        assertThat(r.capitalised().expensed()).isEqualTo(Money.cny("100000.00"));
        // Straight-line, 36 months: 3,630,000.00 / 36 = 100,833.3333; 36 × 100,833.33 = 3,629,999.88, so the
        // 12 remaining fen go to the first 12 months: 2026 = 12 × 100,833.34 = 1,210,000.08; 2027 and 2028 =
        // 12 × 100,833.33 = 1,209,999.96 each; total 3,630,000.00.
        List<AmortisationLine> lines = r.amortisation().lines();
        assertThat(lines).hasSize(36);
        assertThat(lines.get(0).period()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(lines.get(11).amortisation()).isEqualTo(Money.cny("100833.34"));
        assertThat(lines.get(12).amortisation()).isEqualTo(Money.cny("100833.33"));
        assertThat(lines.get(35).closing()).isEqualTo(Money.cny("0.00"));
        assertThat(r.amortisation().amortisationByYear()).containsEntry(Year.of(2026), Money.cny("1210000.08"))
                .containsEntry(Year.of(2027), Money.cny("1209999.96")).containsEntry(Year.of(2028), Money.cny("1209999.96"));
        assertThat(out).contains("capitalised 3,630,000.00 元").contains("year 2026: 1,210,000.08 元")
                .contains("total 3,630,000.00 元");
    }

    @Test
    void test_main_prints() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            ValuationRiskExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("1. Tornado").contains("3. Monte Carlo")
                .contains("loan limit (授信额度)");
    }
}
