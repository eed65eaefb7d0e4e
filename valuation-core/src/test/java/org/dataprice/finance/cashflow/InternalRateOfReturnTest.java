package org.dataprice.finance.cashflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.dataprice.error.CalculationException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InternalRateOfReturnTest {
    /** POI asserts its IRR results to the last bit; we allow a few ulps of the rate. */
    private static final double TOLERANCE = 1e-14;
    /**
     * Excel's XIRR stops when its result is accurate to 0.000001 percent (XIRR help), so its printed
     * 0.373362535 differs from the exact root 0.3733625335 by 1.5e-9.
     */
    private static final double EXCEL_TOLERANCE = 1e-8;
    private static final InternalRateOfReturn SUT = InternalRateOfReturn.DEFAULT;

    // Apache POI TestIrr.testMicrosoftExample (Excel IRR help), poi/src/test/java/.../functions/TestIrr.java
    @Test
    void test_irr_poiMicrosoftExampleFourYears() {
        assertThat(SUT.irr(CashFlows.of(-70000, 12000, 15000, 18000, 21000)).rate())
                .isCloseTo(-0.02124484827341093, offset(TOLERANCE));
    }

    @Test
    void test_irr_poiMicrosoftExampleFiveYears() {
        assertThat(SUT.irr(CashFlows.of(-70000, 12000, 15000, 18000, 21000, 26000)).rate())
                .isCloseTo(0.08663094803653162, offset(TOLERANCE));
    }

    @Test
    void test_irr_poiMicrosoftExampleThreeFlowsGuess() {
        IrrResult r = SUT.irr(CashFlows.of(-70000, 12000, 15000), -0.1);
        assertThat(r.rate()).isCloseTo(-0.44350694133474067, offset(TOLERANCE));
        assertThat(r.isUnique()).isTrue();
    }

    // Apache POI TestIrr.bug64137: 46 flows
    @Test
    void test_irr_poiBug64137() {
        double[] incomes = {-30000.0, -49970.7425, 29.2575, 146.2875, 380.34749999999997, 581.5, 581.5,
            731.4374999999999, 731.4374999999999, 731.4374999999999, 877.725, 877.725, 877.725, 1024.0125,
            1024.0125, 1024.0125, 1170.3, 1170.3, 1170.3, 1170.3, 1316.5874999999999, 1316.5874999999999,
            1316.5874999999999, 1316.5874999999999, 1462.8749999999998, 1462.8749999999998, 1462.8749999999998,
            1462.8749999999998, 1462.8749999999998, 1462.8749999999998, 1462.8749999999998, 1462.8749999999998,
            1462.8749999999998, 1462.8749999999998, 1462.8749999999998, 1462.8749999999998, 1462.8749999999998,
            1462.8749999999998, 1462.8749999999998, 1462.8749999999998, 1462.8749999999998, 1462.8749999999998,
            1462.8749999999998, 1462.8749999999998, 1462.8749999999998, 10000.0};
        assertThat(SUT.irr(incomes)).isCloseTo(-0.009463562705856032, offset(TOLERANCE));
        assertThat(SUT.irr(CashFlows.of(incomes)).rate()).isCloseTo(-0.009463562705856032, offset(TOLERANCE));
    }

    // Apache POI TestIrr.testIrr: Wikipedia example 0.143 (3 dp), techonthenet 0.28 (2 dp), {100,-10,-110} 0.1
    @Test
    void test_irr_poiRoundedExamples() {
        assertThat(SUT.irr(CashFlows.of(-4000, 1200, 1410, 1875, 1050)).rate()).isCloseTo(0.143, offset(5e-4));
        assertThat(SUT.irr(CashFlows.of(-7500, 3000, 5000, 1200, 4000)).rate()).isCloseTo(0.28, offset(5e-3));
        assertThat(SUT.irr(CashFlows.of(100, -10, -110)).rate()).isCloseTo(0.1, offset(TOLERANCE));
    }

    // Independently computed: -1 + 5v - 6v^2 = 0 at v = 1/2, 1/3, i.e. r = 100% and 200%.
    @Test
    void test_irr_everyRootOfTwoSignChanges() {
        IrrResult r = SUT.irr(CashFlows.of(-1, 5, -6));
        assertThat(r.signChanges()).isEqualTo(2);
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(1.0, offset(TOLERANCE));
        assertThat(r.roots().get(1)).isCloseTo(2.0, offset(TOLERANCE));
        assertThat(r.rate()).isCloseTo(1.0, offset(TOLERANCE)); // nearest the guess 0.1
        assertThat(SUT.irr(CashFlows.of(-1, 5, -6), 2.5).rate()).isCloseTo(2.0, offset(TOLERANCE));
    }

    // Pit mine (Lorie & Savage 1955): -1600, 10000, -10000 has IRRs 25% and 400%.
    @Test
    void test_irr_lorieSavagePump() {
        IrrResult r = SUT.irr(CashFlows.of(-1600, 10000, -10000));
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(0.25, offset(TOLERANCE));
        assertThat(r.roots().get(1)).isCloseTo(4.0, offset(1e-13));
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.rate());
    }

    @Test
    void test_irr_noSignChange() {
        assertThatThrownBy(() -> SUT.irr(CashFlows.of(100, 10, 20)))
                .isInstanceOfSatisfying(CalculationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.NO_SOLUTION);
                    assertThat(e.field()).isEqualTo("flows");
                });
    }

    // -1 + 2v - 2v^2 has no real root although the signs change twice.
    @Test
    void test_irr_twoSignChangesNoRoot() {
        assertThatThrownBy(() -> SUT.irr(CashFlows.of(-1, 2, -2)))
                .isInstanceOfSatisfying(CalculationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.NO_SOLUTION));
    }

    @Test
    void test_irr_hugeRate() {
        // -1 + 1e6 v = 0 at r = 999,999: far outside any grid, found by expansion
        assertThat(SUT.irr(CashFlows.of(-1, 1e6)).rate()).isCloseTo(999_999, offset(1e-6));
        assertThat(SUT.irr(CashFlows.of(-1, 1e-6)).rate()).isCloseTo(-0.999999, offset(TOLERANCE));
    }

    // Microsoft Excel XIRR function help, example: 0.373362535 (37.34%)
    @Test
    void test_xirr_excelHelpExample() {
        IrrResult r = SUT.xirr(excelExample());
        assertThat(r.rate()).isCloseTo(0.373362535, offset(EXCEL_TOLERANCE));
        assertThat(NetPresentValue.DEFAULT.xnpv(excelExample(), r.rate()).value()).isCloseTo(0, offset(1e-8));
    }

    @Test
    void test_xirr_sameDayFlowsAdded() {
        DatedCashFlows flows = DatedCashFlows.of(DatedCashFlow.of(LocalDate.of(2024, 1, 1), -50),
                DatedCashFlow.of(LocalDate.of(2025, 1, 1), 110), DatedCashFlow.of(LocalDate.of(2024, 1, 1), -50));
        // 366 days in 2024: (1 + r)^(366/365) = 1.1
        assertThat(SUT.xirr(flows).rate()).isCloseTo(Math.pow(1.1, 365.0 / 366) - 1, offset(TOLERANCE));
    }

    /** Dated flows with two sign changes: both roots found, and NPV vanishes at each. */
    @Test
    void test_xirr_everyRootOfTwoSignChanges() {
        DatedCashFlows flows = DatedCashFlows.of(DatedCashFlow.of(LocalDate.of(2024, 1, 1), -1),
                DatedCashFlow.of(LocalDate.of(2025, 1, 1), 5), DatedCashFlow.of(LocalDate.of(2026, 1, 1), -6));
        IrrResult r = SUT.xirr(flows);
        assertThat(r.roots()).hasSize(2);
        for (double root : r.roots()) {
            assertThat(NetPresentValue.DEFAULT.xnpv(flows, root).value()).isCloseTo(0, offset(1e-12));
        }
        assertThat(r.roots().get(0)).isCloseTo(1.0, offset(0.01)); // close to the periodic roots 100%, 200%
        assertThat(r.roots().get(1)).isCloseTo(2.0, offset(0.05));
    }

    @Test
    void test_xirr_noSignChange() {
        DatedCashFlows flows = DatedCashFlows.of(DatedCashFlow.of(LocalDate.of(2024, 1, 1), -1),
                DatedCashFlow.of(LocalDate.of(2025, 1, 1), -5));
        assertThatThrownBy(() -> SUT.xirr(flows))
                .isInstanceOfSatisfying(CalculationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.NO_SOLUTION));
    }

    @Test
    void test_xirr_invalidGuess() {
        assertThatThrownBy(() -> SUT.xirr(excelExample(), -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("guess"));
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    /** Invariant: NPV(IRR) = 0 for a conventional project (one outlay, then inflows). */
    @ParameterizedTest
    @MethodSource("seeds")
    void test_irr_npvAtIrrIsZero(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(60);
        double[] c = new double[n];
        c[0] = -random.nextDouble(1, 1e6);
        for (int i = 1; i < n; i++) {
            c[i] = random.nextDouble(0, 1e5);
        }
        double r = SUT.irr(c);
        double scale = 0;
        for (double x : c) {
            scale += Math.abs(x);
        }
        assertThat(NetPresentValue.npv(c, r) / scale).isCloseTo(0, offset(1e-12));
    }

    /** Invariant: every reported root of arbitrary-signed flows zeroes the NPV, roots ascend, at most s of them. */
    @ParameterizedTest
    @MethodSource("seeds")
    void test_irr_everyReportedRootIsARoot(int seed) {
        SplittableRandom random = new SplittableRandom(1000 + seed);
        int n = 3 + random.nextInt(20);
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = random.nextDouble(-100, 100);
        }
        double scale = 0;
        for (double x : c) {
            scale += Math.abs(x);
        }
        try {
            IrrResult r = SUT.irr(CashFlows.of(c));
            assertThat(r.roots().size()).isLessThanOrEqualTo(r.signChanges());
            double previous = -1;
            for (double root : r.roots()) {
                assertThat(root).isGreaterThan(previous);
                previous = root;
                // relative to the size of the discounted terms at that rate
                double size = 0;
                for (int i = 0; i < n; i++) {
                    size += Math.abs(c[i]) * Math.pow(1 + root, -i);
                }
                assertThat(NetPresentValue.npv(c, root) / Math.max(size, scale * 1e-300)).isCloseTo(0, offset(1e-10));
            }
        } catch (CalculationException e) {
            assertThat(e.rule()).isEqualTo(Rule.NO_SOLUTION);
        }
    }

    static DatedCashFlows excelExample() {
        return DatedCashFlows.of(DatedCashFlow.of(LocalDate.of(2008, 1, 1), -10000),
                DatedCashFlow.of(LocalDate.of(2008, 3, 1), 2750), DatedCashFlow.of(LocalDate.of(2008, 10, 30), 4250),
                DatedCashFlow.of(LocalDate.of(2009, 2, 15), 3250), DatedCashFlow.of(LocalDate.of(2009, 4, 1), 2750));
    }
}
