package org.dataprice.index.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Optional;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a correction request names: the trade ({@link TradeRef}), the page of a list
 * ({@link CorrectionPage}) and the amendment ({@link Amendment#ofNullable}); each rule with its field and
 * rule id.
 */
class CorrectionRequestsTest {
    private static InvalidInputException failure(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void test_tradeRef_loaded_roundTrips() {
        TradeRef ref = TradeRef.parse("c0ffee:12").orElseThrow();
        assertThat(ref).isEqualTo(new TradeRef("c0ffee", 12, null));
        assertThat(ref.isDeal()).isFalse();
        assertThat(ref.text()).isEqualTo("c0ffee:12");
    }

    @Test
    void test_tradeRef_loadIdWithColons_splitsAtTheLast() {
        assertThat(TradeRef.parse("a:b:3").orElseThrow()).isEqualTo(new TradeRef("a:b", 3, null));
    }

    @Test
    void test_tradeRef_deal_keepsTheDealId() {
        TradeRef ref = TradeRef.parse("deal:7f3a-9").orElseThrow();
        assertThat(ref.dealId()).isEqualTo("7f3a-9");
        assertThat(ref.isDeal()).isTrue();
        assertThat(ref.text()).isEqualTo("deal:7f3a-9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "deal:", "deal: ", "x", "x:0", "x:01", ":2", "x:-1", "x:1234567890", "x:2a"})
    void test_tradeRef_malformed_namesNoTrade(String text) {
        assertThat(TradeRef.parse(text)).isEmpty();
    }

    @Test
    void test_tradeRef_nullOrTooLong_namesNoTrade() {
        assertThat(TradeRef.parse(null)).isEmpty();
        assertThat(TradeRef.parse("a".repeat(TradeRef.MAX_LENGTH - 2) + ":1")).isPresent();
        assertThat(TradeRef.parse("a".repeat(TradeRef.MAX_LENGTH - 1) + ":1")).isEmpty();
    }

    @Test
    void test_tradeRef_bothKinds_isInvalidState() {
        assertThat(failure(() -> new TradeRef("load", 1, "d")).rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(failure(() -> new TradeRef("load", 0, null)).field()).isEqualTo("line");
    }

    @Test
    void test_correctionPage_offset_isPageTimesSize_withoutOverflow() {
        assertThat(new CorrectionPage(3, 100).offset()).isEqualTo(300);
        assertThat(new CorrectionPage(Integer.MAX_VALUE, CorrectionPage.MAX_SIZE).offset())
                .isEqualTo((long) Integer.MAX_VALUE * CorrectionPage.MAX_SIZE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, CorrectionPage.MAX_SIZE + 1})
    void test_correctionPage_size_outOfRange(int size) {
        InvalidInputException e = failure(() -> new CorrectionPage(0, size));
        assertThat(e.field()).isEqualTo("size");
        assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
    }

    @Test
    void test_correctionPage_negativePage_isAtLeastZero() {
        InvalidInputException e = failure(() -> new CorrectionPage(-1, 10));
        assertThat(e.field()).isEqualTo("page");
        assertThat(e.rule()).isEqualTo(Rule.AT_LEAST);
    }

    @Test
    void test_amendment_ofNullable_noValue_isNone() {
        assertThat(Amendment.ofNullable(null, null, null, null)).isNull();
    }

    @Test
    void test_amendment_ofNullable_keepsEveryValue() {
        Amendment a = Amendment.ofNullable("p", YearMonth.of(2025, 2), 2.5, 4.0);
        assertThat(a).isEqualTo(new Amendment("p", YearMonth.of(2025, 2), 2.5, 4.0));
        assertThat(Optional.ofNullable(Amendment.ofNullable(null, null, null, 1.0)).map(Amendment::quantity)).contains(1.0);
    }

    @Test
    void test_amendment_productIdTooLong_isInvalidFormat() {
        assertThat(new Amendment("p".repeat(org.dataprice.index.transaction.Transaction.MAX_PRODUCT_ID), null, null, null).productId()).hasSize(100);
        InvalidInputException e = failure(() -> new Amendment("p".repeat(org.dataprice.index.transaction.Transaction.MAX_PRODUCT_ID + 1), null, null, null));
        assertThat(e.field()).isEqualTo("productId");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_FORMAT);
    }
}
