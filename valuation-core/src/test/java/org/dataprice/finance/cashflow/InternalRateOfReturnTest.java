package org.dataprice.finance.cashflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.Arrays;
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
        assertThat(r.unique()).isTrue();
        assertThat(r.proof()).isEqualTo(IrrResult.Proof.DESCARTES_ONE_SIGN_CHANGE);
        assertThat(r.warnings()).isEmpty();
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

    // issue 11: -1 + 300v - 20000v^2 = -(1 - 100v)(1 - 200v): v = 1/100, 1/200, i.e. r = 99 and 199
    @Test
    void test_irr_rootAboveTheCoreGridFound() {
        IrrResult r = SUT.irr(CashFlows.of(-1, 300, -20000));
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(99, offset(1e-11));
        assertThat(r.roots().get(1)).isCloseTo(199, offset(1e-11));
        assertThat(r.unique()).isFalse();
        assertThat(r.proof()).isEqualTo(IrrResult.Proof.NOT_PROVEN);
        assertThat(r.scanHigh()).isGreaterThan(199);
        assertThat(r.warnings()).anyMatch(w -> w.contains("2 rates make NPV zero"));
        assertThat(r.explanation().get(CashFlowSteps.UNIQUENESS).result().text()).isEqualTo("false");
    }

    // issue 11: -w^2 + 1.105w - 0.0055 = 0 at w = 1.1 and w = 0.005 (discriminant 1.199025 = 1.095^2)
    @Test
    void test_irr_rootBelowTheCoreGridFound() {
        IrrResult r = SUT.irr(CashFlows.of(-1, 1.105, -0.0055));
        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(-0.995, offset(1e-13));
        assertThat(r.roots().get(1)).isCloseTo(0.1, offset(1e-13));
        assertThat(r.rate()).isCloseTo(0.1, offset(1e-13));
        assertThat(r.unique()).isFalse();
        assertThat(r.scanLow()).isLessThan(-0.995);
    }

    // issue 11: -1 + 2v - v^2 = -(1 - v)^2: a double root at v = 1, r = 0, where NPV does not change sign
    @Test
    void test_irr_tangentRootFound() {
        IrrResult r = SUT.irr(CashFlows.of(-1, 2, -1));
        assertThat(r.roots()).hasSize(1);
        assertThat(r.rate()).isCloseTo(0, offset(1e-7));
        assertThat(r.unique()).isFalse();
        assertThat(r.warnings()).anyMatch(w -> w.contains("touches zero without changing sign"));
        assertThat(r.explanation().get(CashFlowSteps.ROOTS).children()).anyMatch(c -> c.key().equals(CashFlowSteps.TANGENT));
        // (1 - v)^2 (1 - v/2)... a double root at r = 0 next to a simple root at r = 1: -(1-v)^2 (2v - 1)
        IrrResult mixed = SUT.irr(CashFlows.of(1, -4, 5, -2));
        assertThat(mixed.roots()).hasSize(2);
        assertThat(mixed.roots().get(0)).isCloseTo(0, offset(1e-7));
        assertThat(mixed.roots().get(1)).isCloseTo(1, offset(1e-13));
    }

    // issue 11: all-zero flows have NPV = 0 at every rate: a 422-style error naming flows, not "never zero"
    @Test
    void test_irr_allZeroFlows() {
        assertThatThrownBy(() -> SUT.irr(CashFlows.of(0, 0, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("flows");
                    assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
                    assertThat(e.getMessage()).contains("NPV is zero at every rate");
                });
        assertThatThrownBy(() -> SUT.irr(new double[] {0, 0})).isInstanceOf(InvalidInputException.class);
        DatedCashFlows dated = DatedCashFlows.of(DatedCashFlow.of(LocalDate.of(2024, 1, 1), 0),
                DatedCashFlow.of(LocalDate.of(2025, 1, 1), 0));
        assertThatThrownBy(() -> SUT.xirr(dated)).isInstanceOf(InvalidInputException.class);
    }

    // issue 11: 100,000 alternating flows change sign 99,999 times: never unique, and bounded work
    @Test
    void test_irr_hundredThousandAlternatingFlowsNeverUnique() {
        double[] c = new double[CashFlows.MAX_FLOWS];
        for (int i = 0; i < c.length; i++) {
            c[i] = i % 2 == 0 ? -1 : 1.5;
        }
        IrrResult r = SUT.irr(CashFlows.of(c));
        assertThat(r.signChanges()).isEqualTo(CashFlows.MAX_FLOWS - 1);
        assertThat(r.unique()).isFalse();
        assertThat(r.warnings()).isNotEmpty();
    }

    /** Dated flows with a tangent root: -1 now, 2 in a year, -1 in two years (730 days). */
    @Test
    void test_xirr_tangentRootAndWarnings() {
        DatedCashFlows flows = DatedCashFlows.of(DatedCashFlow.of(LocalDate.of(2021, 1, 1), -1),
                DatedCashFlow.of(LocalDate.of(2022, 1, 1), 2), DatedCashFlow.of(LocalDate.of(2023, 1, 1), -1));
        IrrResult r = SUT.xirr(flows);
        assertThat(r.roots()).hasSize(1);
        assertThat(r.rate()).isCloseTo(0, offset(1e-7));
        assertThat(r.unique()).isFalse();
    }

    /** Property: one sign change means unique, proven by Descartes, and NPV is zero at the root. */
    @ParameterizedTest
    @MethodSource("seeds")
    void test_irr_oneSignChangeIsUnique(int seed) {
        SplittableRandom random = new SplittableRandom(2000 + seed);
        int n = 2 + random.nextInt(30);
        int change = 1 + random.nextInt(n - 1);
        double sign = random.nextBoolean() ? 1 : -1;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = (i < change ? sign : -sign) * random.nextDouble(0.01, 1000);
        }
        IrrResult r = SUT.irr(CashFlows.of(c));
        assertThat(r.signChanges()).isEqualTo(1);
        assertThat(r.unique()).isTrue();
        assertThat(r.proof()).isEqualTo(IrrResult.Proof.DESCARTES_ONE_SIGN_CHANGE);
        assertThat(r.roots()).containsExactly(r.rate());
        double size = 0;
        for (int i = 0; i < n; i++) {
            size += Math.abs(c[i]) * Math.pow(1 + r.rate(), -i);
        }
        assertThat(NetPresentValue.npv(c, r.rate()) / size).isCloseTo(0, offset(1e-10));
    }

    /**
     * Property: flows built as -prod (1 - (1 + r_k) v) from chosen distinct roots r_k in (-0.9, 20),
     * at least 0.05 apart in ln(1 + r): every chosen root is found, and unique is false when there are
     * two or more.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void test_irr_constructedRootsAllFound(int seed) {
        SplittableRandom random = new SplittableRandom(3000 + seed);
        int m = 1 + random.nextInt(4);
        double[] logs = new double[m];
        for (int k = 0; k < m; k++) {
            boolean apart;
            do {
                logs[k] = random.nextDouble(Math.log(0.1), Math.log(21));
                apart = true;
                for (int j = 0; j < k; j++) {
                    apart &= Math.abs(logs[k] - logs[j]) > 0.05;
                }
            } while (!apart);
        }
        double[] c = {-1};
        for (double l : logs) {
            double w = Math.exp(l); // multiply by (1 - w v)
            double[] next = new double[c.length + 1];
            for (int i = 0; i < c.length; i++) {
                next[i] += c[i];
                next[i + 1] -= w * c[i];
            }
            c = next;
        }
        IrrResult r = SUT.irr(CashFlows.of(c));
        Arrays.sort(logs);
        assertThat(r.roots()).hasSize(m);
        for (int k = 0; k < m; k++) {
            double expected = Math.exp(logs[k]) - 1;
            assertThat(r.roots().get(k)).isCloseTo(expected, offset(1e-9 * (1 + Math.abs(expected))));
        }
        assertThat(r.unique()).isEqualTo(m == 1);
        if (m >= 2) {
            assertThat(r.warnings()).anyMatch(w -> w.contains(m + " rates make NPV zero"));
        }
    }

    static DatedCashFlows excelExample() {
        return DatedCashFlows.of(DatedCashFlow.of(LocalDate.of(2008, 1, 1), -10000),
                DatedCashFlow.of(LocalDate.of(2008, 3, 1), 2750), DatedCashFlow.of(LocalDate.of(2008, 10, 30), 4250),
                DatedCashFlow.of(LocalDate.of(2009, 2, 15), 3250), DatedCashFlow.of(LocalDate.of(2009, 4, 1), 2750));
    }
}
