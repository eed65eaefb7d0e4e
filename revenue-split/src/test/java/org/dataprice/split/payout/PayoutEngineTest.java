package org.dataprice.split.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.shapley.ExactShapley;
import org.junit.jupiter.api.Test;

class PayoutEngineTest {
    private static Money cny(String a) {
        return Money.cny(a);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static DividendBasis equity(String... partyWeight) {
        List<PartyWeight> w = new java.util.ArrayList<>();
        for (int i = 0; i < partyWeight.length; i += 2) {
            w.add(new PartyWeight(partyWeight[i], d(partyWeight[i + 1])));
        }
        return DividendBasis.byEquity(w);
    }

    /**
     * The full waterfall, recomputed by hand: pool 10,000.00; 20 % earmarked for public services
     * (2,000.00); 5 % commission on 20,000.00 (1,000.00); 10,001 calls at 0.05 (500.05); 1,200.00 a year
     * for a quarter (300.00); the residual 6,199.95 pro rata to the CoopGame Shapley value (9.5, 8, 6.5):
     * exact shares 2,454.146875 / 2,066.65 / 1,679.153125 → floors 2,454.14 / 2,066.65 / 1,679.15 and the
     * one fen left to the largest remainder (A).
     */
    @Test
    void test_settle_fullWaterfall() {
        var phi = ExactShapley.DEFAULT.compute(TableGame.ofLexicographic(3, new double[] {2, 4, 5, 18, 14, 9, 24}));
        SettlementTerms terms = new SettlementTerms(
                List.of(new Earmark("public-services", d("0.20"))),
                List.of(Commission.flat("exchange", cny("20000"), d("0.05")),
                        new PerUseFee("A", cny("0.05"), 10_001),
                        new AnnualPayment("operator", cny("1200"), d("0.25"))),
                DividendBasis.byValue(List.of("A", "B", "C"), phi), List.of(), LossPolicy.SHARE);
        Settlement s = PayoutEngine.DEFAULT.settle(cny("10000.00"), terms);
        assertThat(s.statement("public-services").total()).isEqualTo(cny("2000.00"));
        assertThat(s.statement("exchange").total()).isEqualTo(cny("1000.00"));
        assertThat(s.statement("operator").total()).isEqualTo(cny("300.00"));
        assertThat(s.statement("A").amount(LineKind.PER_USE)).isEqualTo(cny("500.05"));
        assertThat(s.statement("A").amount(LineKind.DIVIDEND)).isEqualTo(cny("2454.15"));
        assertThat(s.statement("B").total()).isEqualTo(cny("2066.65"));
        assertThat(s.statement("C").total()).isEqualTo(cny("1679.15"));
        assertThat(s.totalPaid()).isEqualTo(cny("10000.00"));
        assertThat(s.explanation().resultStep().key()).isEqualTo(PayoutSteps.TOTAL);
        assertThat(s.explanation().resultStep().result().number()).isEqualByComparingTo("10000.00");
        assertThat(s.statement("A").explanation().resultStep().result().number()).isEqualByComparingTo("2954.20");
    }

    /** Tiered commission as marginal bands: 10 % to 1,000, 5 % to 10,000, 2 % above; V = 15,000 → 100 + 450 + 100. */
    @Test
    void test_amount_tieredCommission() {
        Commission c = new Commission("broker", cny("15000"), List.of(new CommissionTier(cny("0"), d("0.10")),
                new CommissionTier(cny("1000"), d("0.05")), new CommissionTier(cny("10000"), d("0.02"))));
        assertThat(c.amount()).isEqualTo(cny("650.00"));
        assertThat(Commission.flat("b", cny("0.10"), d("0.05")).amount()).isEqualTo(cny("0.00")); // 0.005 half-even → 0.00
    }

    /** Claims of 80 and 40 on a pool of 100: paid pro rata 66.67 / 33.33, shortfalls 13.33 / 6.67, no dividend. */
    @Test
    void test_settle_claimsExceedPool() {
        SettlementTerms terms = new SettlementTerms(List.of(), List.of(new PerUseFee("X", cny("8"), 10),
                new PerUseFee("Y", cny("4"), 10)), equity("A", "1"), List.of(), LossPolicy.SHARE);
        Settlement s = PayoutEngine.DEFAULT.settle(cny("100"), terms);
        assertThat(s.statement("X").total()).isEqualTo(cny("66.67"));
        assertThat(s.statement("Y").total()).isEqualTo(cny("33.33"));
        assertThat(s.statement("X").amount(LineKind.SHORTFALL)).isEqualTo(cny("13.33"));
        assertThat(s.statement("A").total()).isEqualTo(cny("0.00"));
    }

    /** Floors and caps: x = clamp(λw, floor, cap). Weights 1, 1, 8 on 1,000: cap C at 500 → 250 / 250 / 500; add floor A 300 → 300 / 200 / 500. */
    @Test
    void test_settle_floorsAndCaps() {
        DividendBasis basis = equity("A", "1", "B", "1", "C", "8");
        Settlement capped = PayoutEngine.DEFAULT.settle(cny("1000"), new SettlementTerms(List.of(), List.of(), basis,
                List.of(PartyLimit.cap("C", cny("500"))), LossPolicy.SHARE));
        assertThat(capped.statements().stream().map(PartyStatement::total)).containsExactly(cny("250"), cny("250"), cny("500"));
        Settlement both = PayoutEngine.DEFAULT.settle(cny("1000"), new SettlementTerms(List.of(), List.of(), basis,
                List.of(PartyLimit.cap("C", cny("500")), PartyLimit.floor("A", cny("300"))), LossPolicy.SHARE));
        assertThat(both.statements().stream().map(PartyStatement::total)).containsExactly(cny("300"), cny("200"), cny("500"));
        Settlement floorOnly = PayoutEngine.DEFAULT.settle(cny("1000"), new SettlementTerms(List.of(), List.of(), basis,
                List.of(PartyLimit.floor("A", cny("300"))), LossPolicy.SHARE));
        assertThat(floorOnly.statements().stream().map(PartyStatement::total)).containsExactly(cny("300"), cny("77.78"), cny("622.22"));
    }

    @Test
    void test_settle_allCappedRetainsExcess() {
        Settlement s = PayoutEngine.DEFAULT.settle(cny("1000"), new SettlementTerms(List.of(), List.of(),
                equity("A", "1", "B", "1"), List.of(PartyLimit.cap("A", cny("100")), PartyLimit.cap("B", cny("200"))),
                LossPolicy.SHARE));
        assertThat(s.retained()).isEqualTo(cny("700"));
        assertThat(s.totalPaid()).isEqualTo(cny("300"));
    }

    @Test
    void test_settle_floorsAboveResidualScaled() {
        Settlement s = PayoutEngine.DEFAULT.settle(cny("100"), new SettlementTerms(List.of(), List.of(),
                equity("A", "1", "B", "1"), List.of(PartyLimit.floor("A", cny("100")), PartyLimit.floor("B", cny("200"))),
                LossPolicy.SHARE));
        assertThat(s.statements().stream().map(PartyStatement::total)).containsExactly(cny("33.33"), cny("66.67"));
    }

    /** A loss of 100.00 shared 1 : 2 → −33.33 / −66.67; the per-use claim becomes a shortfall. */
    @Test
    void test_settle_lossShared() {
        Settlement s = PayoutEngine.DEFAULT.settle(cny("-100"), new SettlementTerms(List.of(new Earmark("P", d("0.1"))),
                List.of(new PerUseFee("X", cny("1"), 5)), equity("A", "1", "B", "2"), List.of(), LossPolicy.SHARE));
        assertThat(s.statement("A").total()).isEqualTo(cny("-33.33"));
        assertThat(s.statement("B").total()).isEqualTo(cny("-66.67"));
        assertThat(s.statement("X").total()).isEqualTo(cny("0"));
        assertThat(s.statement("X").amount(LineKind.SHORTFALL)).isEqualTo(cny("5"));
    }

    /** Three rights 0.4 / 0.3 / 0.3; A holds, B processes and operates 40 %, C operates 60 %: weights 0.40 / 0.42 / 0.18. */
    @Test
    void test_settle_threeRights() {
        DividendBasis basis = DividendBasis.byRights(new RightsWeights(d("0.4"), d("0.3"), d("0.3")), List.of(
                new RightsHolding("A", d("1"), d("0"), d("0")), new RightsHolding("B", d("0"), d("1"), d("0.4")),
                new RightsHolding("C", d("0"), d("0"), d("0.6"))));
        Settlement s = PayoutEngine.DEFAULT.settle(cny("1000"), SettlementTerms.dividendOnly(basis));
        assertThat(s.statements().stream().map(PartyStatement::total)).containsExactly(cny("400"), cny("420"), cny("180"));
    }

    /** A loss of 300 carried forward is made good from the next period's 1,000 before 700 is divided. */
    @Test
    void test_schedule_carryForward() {
        SettlementTerms terms = new SettlementTerms(List.of(), List.of(), equity("A", "1", "B", "1"), List.of(),
                LossPolicy.CARRY_FORWARD);
        ScheduleResult r = PayoutSchedule.DEFAULT.settle(List.of(new Period("2025-Q1", cny("-300"), terms),
                new Period("2025-Q2", cny("1000"), terms)));
        assertThat(r.settlements().get(0).carriedForward()).isEqualTo(cny("-300"));
        assertThat(r.settlements().get(0).totalPaid()).isEqualTo(cny("0"));
        assertThat(r.settlements().get(1).totalPaid()).isEqualTo(cny("700"));
        assertThat(r.totals()).containsExactly(new PartyTotal("A", cny("350")), new PartyTotal("B", cny("350")));
        assertThat(r.carriedForward()).isEqualTo(cny("0"));
    }

    @Test
    void test_terms_earmarksAboveOne() {
        assertThatThrownBy(() -> new SettlementTerms(List.of(new Earmark("P", d("0.6")), new Earmark("Q", d("0.5"))),
                List.of(), equity("A", "1"), List.of(), LossPolicy.SHARE)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("earmarks");
    }

    @Test
    void test_terms_limitForUnknownParty() {
        assertThatThrownBy(() -> new SettlementTerms(List.of(), List.of(), equity("A", "1"),
                List.of(PartyLimit.floor("Z", cny("1"))), LossPolicy.SHARE)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("limits[0].party");
    }

    @Test
    void test_byRights_sharesNotSummingToOne() {
        assertThatThrownBy(() -> DividendBasis.byRights(new RightsWeights(d("0.4"), d("0.3"), d("0.3")),
                List.of(new RightsHolding("A", d("0.5"), d("1"), d("1"))))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("holdings.holding");
    }

    @Test
    void test_perUseFee_negativeCalls() {
        assertThatThrownBy(() -> new PerUseFee("A", cny("1"), -1)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("calls");
    }

    @Test
    void test_limit_capBelowFloor() {
        assertThatThrownBy(() -> new PartyLimit("A", cny("2"), Optional.of(cny("1")))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("cap");
    }

    @Test
    void test_basis_allZeroWeights() {
        assertThatThrownBy(() -> equity("A", "0")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("weights");
    }
}
