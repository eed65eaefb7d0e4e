package org.dataprice.pricing.band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The quote-justification workflow of the 报价—估价—议价 path (domain-notes §2.3 step 2): A = 100 CNY, β = 20 %,
 * so the band is [80, 120] by hand; a quote of 125 is flagged, 100 is not.
 */
class ListedQuoteTest {
    private static final Appraisal A = new Appraisal(Money.cny("100"), "Firm X", "income");

    private static ListedQuote sut(String quote, boolean flagged, boolean justified) {
        return new ListedQuote("L1", Money.cny(quote), Optional.of(new ListedQuote.Latest("ap-1", A,
                AppraisalBand.EXAMPLE, Money.cny("80"), Money.cny("120"), flagged, justified)));
    }

    @Test
    void test_justify_flaggedQuote_carriesTheText() {
        QuoteReview r = sut("125", true, false).justify("exclusive real-time feed");
        assertThat(r.flagged()).isTrue();
        assertThat(r.lower()).isEqualTo(Money.cny("80"));
        assertThat(r.upper()).isEqualTo(Money.cny("120"));
        assertThat(r.justification()).contains("exclusive real-time feed");
    }

    @Test
    void test_justify_refusals_onJustification() {
        List<Object[]> cases = List.of(
                new Object[] {new ListedQuote("L1", Money.cny("125"), Optional.empty()), "x", Rule.INVALID_STATE,
                        "justification is not allowed: the listing has no appraisal, so its quote needs no justification, was null"},
                new Object[] {sut("100", false, false), "x", Rule.INVALID_STATE,
                        "justification is not allowed: the quote CNY 100.00 is inside [CNY 80.00, CNY 120.00] of the latest "
                                + "appraisal and needs no justification, was x"},
                new Object[] {sut("125", true, false), " ", Rule.JUSTIFICATION_REQUIRED, null},
                new Object[] {sut("125", true, true), "again", Rule.DUPLICATE,
                        "justification must not contain duplicates (appraisal ap-1 is already justified), was again"});
        for (Object[] c : cases) {
            assertThatThrownBy(() -> ((ListedQuote) c[0]).justify((String) c[1])).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> {
                        InvalidInputException i = (InvalidInputException) e;
                        assertThat(i.field()).isEqualTo("justification");
                        assertThat(i.rule()).isEqualTo(c[2]);
                        if (c[3] != null) {
                            assertThat(i.getMessage()).isEqualTo(c[3]);
                        }
                    });
        }
    }

    @Test
    void test_requireTradable_flaggedUnjustified_isRefused_namingTheStoredBand() {
        assertThatThrownBy(() -> sut("125.50", true, false).requireTradable()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException i = (InvalidInputException) e;
                    assertThat(i.field()).isEqualTo("justification");
                    assertThat(i.rule()).isEqualTo(Rule.JUSTIFICATION_REQUIRED);
                    assertThat(i.getMessage()).contains("listing L1: quote 125.5 CNY outside [80, 120] of appraisal ap-1;")
                            .contains("POST /v1/listings/L1/justification");
                });
    }

    @Test
    void test_requireTradable_passes() {
        assertThatCode(() -> new ListedQuote("L1", Money.cny("1"), Optional.empty()).requireTradable())
                .doesNotThrowAnyException();
        assertThatCode(() -> sut("100", false, false).requireTradable()).doesNotThrowAnyException();
        assertThatCode(() -> sut("125", true, true).requireTradable()).doesNotThrowAnyException();
    }

    @Test
    void test_new_invalid() {
        assertThatThrownBy(() -> new ListedQuote(" ", Money.cny("1"), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("listingId");
        assertThatThrownBy(() -> new ListedQuote.Latest("", A, AppraisalBand.EXAMPLE, Money.cny("80"), Money.cny("120"),
                false, false)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("appraisalId");
    }

    @Test
    void test_appraisalOf_requiresAnAppraisal() {
        assertThat(ReferencePrice.appraisalOf("L1", Optional.of(Money.cny("100")))).isEqualTo(Money.cny("100"));
        assertThatThrownBy(() -> ReferencePrice.appraisalOf("L1", Optional.empty())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("appraisal");
                    assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.INVALID_STATE);
                    assertThat(e.getMessage()).contains("POST /v1/listings/L1/appraisals");
                });
    }

    @Test
    void test_mostRecent_keepsTheLastMax() {
        assertThat(ReferencePrice.mostRecent(List.of(1, 2, 3, 4), 2)).containsExactly(3, 4);
        assertThat(ReferencePrice.mostRecent(List.of(1, 2), 2)).containsExactly(1, 2);
        assertThatThrownBy(() -> ReferencePrice.mostRecent(List.of(1), 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("max");
    }
}
