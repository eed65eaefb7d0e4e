package org.dataprice.index.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Copying market deals into index trades: each rule of {@link DealImportTerms} (field and rule id), each reason
 * of {@link DealImport} to leave a deal out, the mapping of a deal to a trade (the deal id kept, the month, the
 * exact unit value), and the property that Σ price × quantity of the copied trades reproduces the deal totals.
 */
class DealImportTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);
    private static final List<String> CATEGORIES = List.of("API", "ENTERPRISE");
    /** Relative tolerance of a unit value computed in double from two decimals. */
    private static final double TOLERANCE = 1e-12;

    private static MarketDeal deal(String id, String product, String category, String total, String quantity, String cur) {
        return new MarketDeal(id, product, category, LocalDate.of(2025, 2, 14), new BigDecimal(total),
                new BigDecimal(quantity), cur);
    }

    private static InvalidInputException failure(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void test_terms_defaultMap_isTheSameCode_andEntriesOverride() {
        assertThat(DealImportTerms.of(FROM, TO, "CNY", CATEGORIES, null).categoryMap())
                .isEqualTo(Map.of("ENTERPRISE", "ENTERPRISE"));
        assertThat(DealImportTerms.of(FROM, TO, "CNY", CATEGORIES, "ENTERPRISE:API, PERSONAL:API").categoryMap())
                .isEqualTo(Map.of("ENTERPRISE", "API", "PERSONAL", "API"));
        assertThat(DealImportTerms.of(FROM, TO, "EUR", CATEGORIES, null).currency()).isEqualTo("EUR");
    }

    @Test
    void test_terms_window_toBeforeFrom_isAtLeast_tooLong_isLimitExceeded() {
        InvalidInputException before = failure(() -> DealImportTerms.of(FROM, FROM.minusDays(1), "CNY", List.of(), null));
        assertThat(before.field()).isEqualTo("to");
        assertThat(before.rule()).isEqualTo(Rule.AT_LEAST);
        assertThat(DealImportTerms.of(FROM, FROM.plusDays(DealImportTerms.MAX_DAYS - 1), "CNY", List.of(), null).to())
                .isEqualTo(FROM.plusDays(DealImportTerms.MAX_DAYS - 1));
        InvalidInputException tooLong = failure(() -> DealImportTerms.of(FROM, FROM.plusDays(DealImportTerms.MAX_DAYS), "CNY",
                List.of(), null));
        assertThat(tooLong.field()).isEqualTo("to");
        assertThat(tooLong.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
    }

    @Test
    void test_terms_badCurrency_namesCurrency() {
        assertThat(failure(() -> DealImportTerms.of(FROM, TO, "XYZ1", List.of(), null)).field()).isEqualTo("currency");
    }

    @Test
    void test_terms_mapForAnIndexWithoutCategories_isInvalidState() {
        InvalidInputException e = failure(() -> DealImportTerms.of(FROM, TO, "CNY", List.of(), "ENTERPRISE:API"));
        assertThat(e.field()).isEqualTo("categoryMap");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_STATE);
        assertThat(DealImportTerms.of(FROM, TO, "CNY", List.of(), " ").categoryMap()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENTERPRISE", "ENTERPRISE:API:X", ",ENTERPRISE:API"})
    void test_terms_malformedMap_isInvalidFormat(String map) {
        InvalidInputException e = failure(() -> DealImportTerms.of(FROM, TO, "CNY", CATEGORIES, map));
        assertThat(e.field()).isEqualTo("categoryMap");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SECRET:API", "ENTERPRISE:DATASET", "enterprise:API"})
    void test_terms_unknownCategory_isUnknown(String map) {
        InvalidInputException e = failure(() -> DealImportTerms.of(FROM, TO, "CNY", CATEGORIES, map));
        assertThat(e.field()).isEqualTo("categoryMap");
        assertThat(e.rule()).isEqualTo(Rule.UNKNOWN);
    }

    @Test
    void test_terms_tooManyDeals_isLimitExceededOnTo() {
        DealImportTerms terms = DealImportTerms.of(FROM, TO, "CNY", List.of(), null);
        terms.requireAtMostMaxDeals(DealImportTerms.MAX_DEALS);
        InvalidInputException e = failure(() -> terms.requireAtMostMaxDeals(DealImportTerms.MAX_DEALS + 1));
        assertThat(e.field()).isEqualTo("to");
        assertThat(e.rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
    }

    @Test
    void test_marketDeal_rules() {
        assertThat(failure(() -> deal("d", "p", "PUBLIC", "-1", "1", "CNY")).field()).isEqualTo("totalPrice");
        assertThat(failure(() -> deal("d", "p", "PUBLIC", "1", "0", "CNY")).field()).isEqualTo("quantity");
        assertThat(failure(() -> deal(" ", "p", "PUBLIC", "1", "1", "CNY")).field()).isEqualTo("id");
        assertThat(deal("d", "p", "PUBLIC", "10.00", "3", "CNY").unitValue()).isCloseTo(10.0 / 3, within(TOLERANCE));
    }

    @Test
    void test_copy_mapsADealToATrade_keepingTheDealId() {
        DealImportTerms terms = DealImportTerms.of(FROM, TO, "CNY", CATEGORIES, "ENTERPRISE:API");
        DealImport.Result r = DealImport.copy(terms, List.of(deal("d-1", "p-1", "ENTERPRISE", "100.00", "8", "CNY")),
                Map.of(), Set.of(), 10);
        assertThat(r.trades()).containsExactly(new DealImport.CopiedTrade("d-1", "p-1", "API", YearMonth.of(2025, 2),
                12.5, 8.0));
        assertThat(r.already()).isZero();
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void test_copy_indexWithoutCategories_takesEveryCategory_withoutOne() {
        DealImportTerms terms = DealImportTerms.of(FROM, TO, "CNY", List.of(), null);
        DealImport.Result r = DealImport.copy(terms, List.of(deal("a", "p", "PUBLIC", "1", "1", "CNY"),
                deal("b", "q", "PERSONAL", "2", "1", "CNY")), Map.of(), Set.of(), 10);
        assertThat(r.trades()).extracting(DealImport.CopiedTrade::category).containsExactly(null, null);
    }

    @Test
    void test_copy_eachReasonToLeaveADealOut_isCounted() {
        DealImportTerms terms = DealImportTerms.of(FROM, TO, "CNY", CATEGORIES, null);
        List<MarketDeal> deals = List.of(
                deal("copied", "p", "ENTERPRISE", "1", "1", "CNY"),
                deal("usd", "p", "ENTERPRISE", "1", "1", "USD"),
                deal("long", "p".repeat(Transaction.MAX_PRODUCT_ID + 1), "ENTERPRISE", "1", "1", "CNY"),
                deal("public", "p", "PUBLIC", "1", "1", "CNY"),
                deal("moved", "in-api", "ENTERPRISE", "1", "1", "CNY"),
                deal("zero", "z", "ENTERPRISE", "0", "1", "CNY"),
                deal("huge", "h", "ENTERPRISE", "2000000000000000", "1", "CNY"),
                deal("ok", "p", "ENTERPRISE", "3", "1", "CNY"));
        DealImport.Result r = DealImport.copy(terms, deals, Map.of("in-api", "API"), Set.of("copied"), 1);
        assertThat(r.already()).isEqualTo(1);
        assertThat(r.skipped()).containsExactly(Map.entry("category", 1), Map.entry("currency", 1),
                Map.entry("product-category", 1), Map.entry("product-id", 1), Map.entry("trade-value", 2));
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.dealId()).isEqualTo("zero");
            assertThat(x.reason()).isEqualTo("trade-value");
            assertThat(x.message()).startsWith("deal zero: ");
        });
        assertThat(r.trades()).extracting(DealImport.CopiedTrade::dealId).containsExactly("ok");
    }

    @Test
    void test_copy_aProductKeepsTheCategoryOfItsFirstDeal() {
        DealImportTerms terms = DealImportTerms.of(FROM, TO, "CNY", CATEGORIES, "PUBLIC:API");
        DealImport.Result r = DealImport.copy(terms, List.of(deal("a", "p", "PUBLIC", "1", "1", "CNY"),
                deal("b", "p", "ENTERPRISE", "1", "1", "CNY")), Map.of(), Set.of(), 10);
        assertThat(r.trades()).extracting(DealImport.CopiedTrade::dealId).containsExactly("a");
        assertThat(r.skipped()).containsExactly(Map.entry("product-category", 1));
    }

    /** Seeded: Σ price × quantity of the copied trades equals the deal totals (to double precision). */
    @Test
    void test_copy_valuesReproduceTheDealTotals_seeded() {
        Random random = new Random(20_251_205L);
        for (int run = 0; run < 50; run++) {
            List<MarketDeal> deals = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < 20; i++) {
                BigDecimal total = BigDecimal.valueOf(1 + random.nextInt(10_000_000), 2);
                BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(997));
                sum = sum.add(total);
                deals.add(new MarketDeal("d" + i, "p" + i, "PUBLIC", FROM.plusDays(i), total, quantity, "CNY"));
            }
            DealImport.Result r = DealImport.copy(DealImportTerms.of(FROM, TO, "CNY", List.of(), null), deals, Map.of(),
                    Set.of(), 0);
            double value = r.trades().stream().mapToDouble(t -> t.price() * t.quantity()).sum();
            assertThat(value).as("run " + run).isCloseTo(sum.doubleValue(), within(sum.doubleValue() * 1e-12));
            assertThat(r.trades()).extracting(DealImport.CopiedTrade::dealId)
                    .containsExactlyElementsOf(deals.stream().map(MarketDeal::id).toList());
        }
    }
}
