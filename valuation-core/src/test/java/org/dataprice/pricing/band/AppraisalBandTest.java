package org.dataprice.pricing.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Appraisal band [A(1 − β), A(1 + β)] (domain-notes §2.3 step 2; β = 20 % is the examples' figure, not a
 * regulatory number) and the reference-price rule; values by hand.
 */
class AppraisalBandTest {
    private static final double TOLERANCE = 1e-12;
    private static final Appraisal A = new Appraisal(Money.cny("100"), "Firm X", "income");

    @Test
    void test_check_insideAndOnEdges() {
        QuoteReview r = AppraisalBand.EXAMPLE.check(A, Money.cny("120"));
        assertThat(r.lower()).isEqualTo(Money.cny("80"));
        assertThat(r.upper()).isEqualTo(Money.cny("120"));
        assertThat(r.flagged()).isFalse();
        assertThat(r.deviation()).isCloseTo(0.2, offset(TOLERANCE));
        assertThat(r.explanation().resultStep().result().number().intValue()).isZero();
    }

    @Test
    void test_review_flaggedNeedsJustification() {
        QuoteReview r = AppraisalBand.EXAMPLE.review(A, Money.cny("125"), "exclusive real-time feed");
        assertThat(r.flagged()).isTrue();
        assertThat(r.justification()).contains("exclusive real-time feed");
        assertThat(r.explanation().resultStep().result().number().intValue()).isEqualTo(1);
        assertThatThrownBy(() -> AppraisalBand.EXAMPLE.review(A, Money.cny("79.99"), " "))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> {
                    assertThat(((DatapriceException) e).field()).isEqualTo("justification");
                    assertThat(((DatapriceException) e).rule()).isEqualTo(Rule.JUSTIFICATION_REQUIRED);
                });
        assertThat(AppraisalBand.EXAMPLE.review(A, Money.cny("100"), null).justification()).isEmpty();
    }

    @Test
    void test_new_invalidBeta() {
        assertThatThrownBy(() -> new AppraisalBand(1.2)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("beta");
    }

    @Test
    void test_new_invalidAppraisal() {
        assertThatThrownBy(() -> new Appraisal(Money.cny("0"), "X", "cost")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("value");
        assertThatThrownBy(() -> new Appraisal(Money.cny("1"), " ", "cost")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("appraiser");
    }

    @Test
    void test_check_currencyMismatch() {
        assertThatThrownBy(() -> AppraisalBand.EXAMPLE.check(A, Money.of("1", java.util.Currency.getInstance("USD"))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("quote");
    }

    static List<ComparableDeal> deals(int n) {
        List<ComparableDeal> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            d.add(new ComparableDeal(Money.cny("120"), 1000));
        }
        return d;
    }

    @Test
    void test_compute_coldStartMidAndMature() {
        // anchor = 0.5·80 + 0.5·100 = 90; deals 120 carried by 1100/1000 → 132
        ReferencePriceResult cold = ReferencePrice.DEFAULT.compute(
                new ReferencePriceInputs(Optional.of(Money.cny("80")), Money.cny("100"), List.of(), 1100));
        assertThat(cold.price()).isEqualTo(Money.cny("90"));
        assertThat(cold.marketWeight()).isZero();
        ReferencePriceResult mid = ReferencePrice.DEFAULT.compute(
                new ReferencePriceInputs(Optional.of(Money.cny("80")), Money.cny("100"), deals(15), 1100));
        assertThat(mid.marketWeight()).isCloseTo(0.5, offset(TOLERANCE));
        assertThat(mid.price()).isEqualTo(Money.cny("111"));
        ReferencePriceResult mature = ReferencePrice.DEFAULT.compute(
                new ReferencePriceInputs(Optional.empty(), Money.cny("100"), deals(40), 1100));
        assertThat(mature.price()).isEqualTo(Money.cny("132"));
        assertThat(mature.explanation().resultStep().result().number()).isEqualByComparingTo("132");
    }

    @Test
    void test_compute_medianResistsOutlier() {
        List<ComparableDeal> d = List.of(new ComparableDeal(Money.cny("100"), 1000), new ComparableDeal(Money.cny("110"), 1000),
                new ComparableDeal(Money.cny("9000"), 1000));
        ReferencePriceResult r = new ReferencePrice(0.5, 3).compute(
                new ReferencePriceInputs(Optional.empty(), Money.cny("100"), d, 1000));
        assertThat(r.price()).isEqualTo(Money.cny("110"));
    }

    @Test
    void test_new_invalidReferenceInputs() {
        assertThatThrownBy(() -> new ReferencePrice(0.5, 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("matureDeals");
        assertThatThrownBy(() -> new ReferencePriceInputs(Optional.empty(), Money.cny("100"), List.of(), 0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("currentIndex");
        assertThatThrownBy(() -> new ComparableDeal(Money.cny("1"), -1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("indexLevel");
        assertThatThrownBy(() -> new ReferencePriceInputs(Optional.empty(), Money.cny("100"),
                java.util.Collections.nCopies(100_001, new ComparableDeal(Money.cny("1"), 1)), 1))
                .isInstanceOf(LimitExceededException.class).extracting("field").isEqualTo("deals");
    }

    /**
     * A cited valuation: A = its concluded value 100, β = 0.2 → [80, 120] (the range of indications 90..130 is
     * context, not the band); the explanation names the report's id, date and firm.
     */
    @Test
    void test_citing_bandAroundTheConcludedValue_andNamesTheReport() {
        CitedValuation v = new CitedValuation("val-1", Money.cny("100"), Money.cny("90"), Money.cny("130"),
                java.time.LocalDate.of(2026, 6, 30), "Firm X");
        Appraisal a = Appraisal.citing(v, "valuation report");
        assertThat(a.value()).isEqualTo(Money.cny("100"));
        assertThat(a.appraiser()).isEqualTo("Firm X");
        QuoteReview r = AppraisalBand.EXAMPLE.check(a, Money.cny("125"));
        assertThat(r.lower()).isEqualTo(Money.cny("80"));
        assertThat(r.upper()).isEqualTo(Money.cny("120"));
        assertThat(r.flagged()).isTrue();
        var cited = r.explanation().get(BandSteps.CITED_VALUATION);
        assertThat(cited.inputs()).extracting(q -> q.name() + "=" + (q.text() != null ? q.text() : q.number()))
                .contains("valuationId=val-1", "valuationDate=2026-06-30", "firm=Firm X");
        assertThat(cited.result().number()).isEqualByComparingTo("100");
        assertThat(r.explanation().inputs()).extracting(q -> q.name()).contains("valuationId", "valuationFirm");
        assertThat(AppraisalBand.EXAMPLE.check(A, Money.cny("100")).explanation().find(BandSteps.CITED_VALUATION)).isEmpty();
    }

    @Test
    void test_citing_invalid() {
        assertThatThrownBy(() -> new CitedValuation("v", Money.cny("100"), Money.cny("101"), Money.cny("130"),
                java.time.LocalDate.of(2026, 1, 1), "F")).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("low");
        assertThatThrownBy(() -> new CitedValuation("v", Money.cny("100"), Money.cny("90"), Money.of(new java.math.BigDecimal("130"),
                java.util.Currency.getInstance("USD")), java.time.LocalDate.of(2026, 1, 1), "F"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("high");
        CitedValuation v = new CitedValuation("v", Money.cny("100"), Money.cny("90"), Money.cny("130"),
                java.time.LocalDate.of(2026, 1, 1), "F");
        assertThatThrownBy(() -> new Appraisal(Money.cny("99"), "F", "m", Optional.of(v)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("value");
        assertThatThrownBy(() -> AppraisalBand.EXAMPLE.check(Appraisal.citing(v, "m"), Money.of("100", java.util.Currency.getInstance("USD"))))
                .isInstanceOf(InvalidInputException.class).extracting("rule").isEqualTo(Rule.CURRENCY_MISMATCH);
    }

    /**
     * Carried deals: I_now = 1100; deal a 100 at I = 1000 → ratio 1.1, 110; deal b 121 at I = 1100 → 121;
     * deal c 90 at I = 900 → ratio 1.2222…, 110. Median 110, w = 3/3 → P_ref = 110. Each deal is a child step
     * naming its id, price, ratio and carried price.
     */
    @Test
    void test_compute_carriesNamedDealsByTheIndex() {
        List<ComparableDeal> d = List.of(new ComparableDeal(Money.cny("100"), 1000, "a"),
                new ComparableDeal(Money.cny("121"), 1100, "b"), new ComparableDeal(Money.cny("90"), 900, "c"));
        ReferencePriceResult r = new ReferencePrice(0.5, 3).compute(
                new ReferencePriceInputs(Optional.empty(), Money.cny("100"), d, 1100));
        assertThat(r.price()).isEqualTo(Money.cny("110"));
        var market = r.explanation().get(BandSteps.MARKET);
        assertThat(market.children()).hasSize(3);
        var first = market.children().get(0);
        assertThat(first.inputs()).extracting(q -> q.name()).containsExactly("dealId", "price", "indexLevel", "indexRatio");
        assertThat(first.inputs().get(0).text()).isEqualTo("a");
        assertThat(first.inputs().get(3).number().doubleValue()).isCloseTo(1.1, offset(TOLERANCE));
        assertThat(first.result().number().doubleValue()).isCloseTo(110, offset(1e-9));
        assertThat(market.children().get(2).inputs().get(3).number().doubleValue()).isCloseTo(1100.0 / 900, offset(TOLERANCE));
        assertThat(new ReferencePrice(0.5, 3).compute(new ReferencePriceInputs(Optional.empty(), Money.cny("100"),
                List.of(new ComparableDeal(Money.cny("100"), 1000)), 1000)).explanation().get(BandSteps.MARKET).children()).isEmpty();
    }

    /** Levels 1000 (2026-01), 1100 (2026-03): a 2026-01 deal carries by 1.1; I_now is the latest month's level. */
    @Test
    void test_indexCarry_levelsOfTheDealMonths() {
        java.util.TreeMap<java.time.YearMonth, Double> levels = new java.util.TreeMap<>();
        levels.put(java.time.YearMonth.of(2026, 1), 1000.0);
        levels.put(java.time.YearMonth.of(2026, 3), 1100.0);
        IndexCarry carry = new IndexCarry("dpi", "ALL", levels);
        assertThat(carry.latestMonth()).isEqualTo(java.time.YearMonth.of(2026, 3));
        assertThat(carry.currentLevel()).isEqualTo(1100.0);
        List<ComparableDeal> deals = carry.carry(List.of(new IndexCarry.Deal("d1", Money.cny("100"), java.time.YearMonth.of(2026, 1))));
        assertThat(deals).containsExactly(new ComparableDeal(Money.cny("100"), 1000.0, "d1"));
    }

    /** A deal in a month without a level (2026-02, a gap) or after the latest (2026-04) is refused, naming both months. */
    @Test
    void test_indexCarry_missingMonths_areNamed_neverOne() {
        java.util.TreeMap<java.time.YearMonth, Double> levels = new java.util.TreeMap<>();
        levels.put(java.time.YearMonth.of(2026, 1), 1000.0);
        levels.put(java.time.YearMonth.of(2026, 3), 1100.0);
        IndexCarry carry = new IndexCarry("dpi", "ALL", levels);
        assertThatThrownBy(() -> carry.carry(List.of(
                new IndexCarry.Deal("d1", Money.cny("100"), java.time.YearMonth.of(2026, 2)),
                new IndexCarry.Deal("d2", Money.cny("100"), java.time.YearMonth.of(2026, 1)),
                new IndexCarry.Deal("d3", Money.cny("100"), java.time.YearMonth.of(2026, 4)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("index"))
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.TOO_FEW))
                .hasMessageContaining("2026-02").hasMessageContaining("2026-04").hasMessageContaining("d1")
                .hasMessageContaining("d3").hasMessageNotContaining("d2");
        assertThatThrownBy(() -> new IndexCarry("dpi", "ALL", new java.util.TreeMap<>()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("index");
    }
}
