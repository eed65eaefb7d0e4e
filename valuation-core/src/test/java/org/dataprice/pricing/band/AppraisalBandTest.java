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
}
