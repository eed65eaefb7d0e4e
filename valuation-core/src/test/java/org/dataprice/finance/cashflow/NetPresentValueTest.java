package org.dataprice.finance.cashflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.junit.jupiter.api.Test;

class NetPresentValueTest {
    private static final double TOLERANCE = 1e-9;
    private static final NetPresentValue SUT = NetPresentValue.DEFAULT;

    // Recomputed inline from NPV = sum c_i (1+r)^-i
    @Test
    void test_npv_annual() {
        NpvResult r = SUT.npv(CashFlows.of(-100, 60, 60), 0.1);
        assertThat(r.value()).isCloseTo(-100 + 60 / 1.1 + 60 / 1.21, offset(TOLERANCE));
        assertThat(r.explanation().resultStep().key()).isEqualTo(CashFlowSteps.NPV);
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.value());
        assertThat(NetPresentValue.npv(new double[] {-100, 60, 60}, 0.1)).isCloseTo(r.value(), offset(TOLERANCE));
    }

    // Excel NPV discounts its first value: Excel help NPV(10%, -10000, 3000, 4200, 6800) = 1188.44
    @Test
    void test_npv_excelHelpWithLeadingZero() {
        assertThat(SUT.npv(CashFlows.of(0, -10000, 3000, 4200, 6800), 0.1).value()).isCloseTo(1188.44, offset(0.005));
    }

    @Test
    void test_npv_monthlyAndContinuous() {
        CashFlows monthly = CashFlows.periodic(12, -100, 50, 51);
        double expected = -100 + 50 / (1 + 0.12 / 12) + 51 / Math.pow(1 + 0.12 / 12, 2);
        assertThat(SUT.npv(monthly, 0.01).value()).isCloseTo(expected, offset(TOLERANCE));
        assertThat(SUT.npv(monthly, 0.12, Compounding.periodic(12)).value()).isCloseTo(expected, offset(TOLERANCE));
        double cont = -100 + 50 * Math.exp(-0.12 / 12) + 51 * Math.exp(-0.12 * 2 / 12);
        assertThat(SUT.npv(monthly, 0.12, Compounding.CONTINUOUS).value()).isCloseTo(cont, offset(TOLERANCE));
    }

    // Hull, OFOD 9th ed., §4.2 Table 4.1: 10% p.a. compounded m times; m -> infinity tends to e^0.1
    @Test
    void test_discountFactor_compoundingConventions() {
        assertThat(1 / Compounding.ANNUAL.discountFactor(0.10, 1)).isCloseTo(1.10, offset(1e-15));
        assertThat(1 / Compounding.periodic(2).discountFactor(0.10, 1)).isCloseTo(1.1025, offset(1e-15));
        assertThat(1 / Compounding.periodic(4).discountFactor(0.10, 1)).isCloseTo(1.10381, offset(5e-6));
        assertThat(1 / Compounding.periodic(365).discountFactor(0.10, 1)).isCloseTo(1.10516, offset(5e-6));
        assertThat(1 / Compounding.CONTINUOUS.discountFactor(0.10, 1)).isCloseTo(1.10517, offset(5e-6));
    }

    // Microsoft Excel XNPV help example: XNPV(0.09, ...) = 2086.647602
    @Test
    void test_xnpv_excelHelpExample() {
        NpvResult r = SUT.xnpv(InternalRateOfReturnTest.excelExample(), 0.09);
        assertThat(r.value()).isCloseTo(2086.647602, offset(1e-6));
    }

    @Test
    void test_npv_invalidRate() {
        assertThatThrownBy(() -> SUT.npv(CashFlows.of(1, 2), -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rate"));
    }

    @Test
    void test_cashFlows_invalid() {
        assertThatThrownBy(() -> CashFlows.of())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amounts"));
        assertThatThrownBy(() -> CashFlows.of(1, Double.NaN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amounts[1]"));
        assertThatThrownBy(() -> CashFlows.periodic(0, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("periodsPerYear"));
        assertThatThrownBy(() -> CashFlows.of(new double[CashFlows.MAX_FLOWS + 1]))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("amounts"));
    }

    @Test
    void test_datedCashFlows_dateBeforeFirst() {
        assertThatThrownBy(() -> new DatedCashFlows(List.of(DatedCashFlow.of(LocalDate.of(2024, 2, 1), -1),
                DatedCashFlow.of(LocalDate.of(2024, 1, 1), 2))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("flows[1].date"));
    }

    @Test
    void test_compounding_invalid() {
        assertThatThrownBy(() -> Compounding.periodic(0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("periodsPerYear"));
        assertThatThrownBy(() -> Compounding.ANNUAL.discountFactor(0.1, Double.POSITIVE_INFINITY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("time"));
    }

    static CashFlows sut() {
        return CashFlows.of(-100, 60, 60);
    }

    static CashFlows sut2() {
        return CashFlows.periodic(12, -100, 60, 60);
    }

    @Test
    void test_cashFlows_equalityAndCopies() {
        assertThat(sut()).isEqualTo(sut()).hasSameHashCodeAs(sut()).isNotEqualTo(sut2());
        double[] raw = {1, 2};
        CashFlows flows = CashFlows.of(raw);
        raw[0] = 99;
        assertThat(flows.amount(0)).isEqualTo(1);
        flows.toArray()[1] = 99;
        assertThat(flows.amount(1)).isEqualTo(2);
    }

    /** Many flows: the explanation lists no per-flow steps but still ends with the NPV. */
    @Test
    void test_npv_manyFlowsExplanation() {
        double[] c = new double[1000];
        java.util.Arrays.fill(c, 1);
        NpvResult r = SUT.npv(CashFlows.of(c), 0.0);
        assertThat(r.value()).isEqualTo(1000);
        assertThat(r.explanation().get(CashFlowSteps.DISCOUNTED_FLOWS).children()).isEmpty();
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(1000);
    }
}
