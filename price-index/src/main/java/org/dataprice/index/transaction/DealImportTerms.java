package org.dataprice.index.transaction;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a publisher asks when copying the exchange's deals into an index ({@link DealImport}): the window of
 * deal dates, the one currency copied, and how the deals' data categories map to the index's categories.
 * Immutable.
 *
 * <p>Category map: an index without categories takes every deal and accepts no map; otherwise each deal
 * category ({@link #DEAL_CATEGORIES}) maps to the index category of the same code when the index has one,
 * and the publisher's {@code DEAL_CATEGORY:INDEX_CATEGORY[,...]} entries add to or override that.
 *
 * <table>
 *   <caption>Rules (field, rule)</caption>
 *   <tr><td>{@code to} before {@code from}</td><td>{@code to}, {@link Rule#AT_LEAST}</td></tr>
 *   <tr><td>{@code to} {@link #MAX_DAYS} days or more after {@code from}</td><td>{@code to}, {@link Rule#LIMIT_EXCEEDED}</td></tr>
 *   <tr><td>not an ISO 4217 currency</td><td>{@code currency} (as {@link Money#currency})</td></tr>
 *   <tr><td>a map for an index without categories</td><td>{@code categoryMap}, {@link Rule#INVALID_STATE}</td></tr>
 *   <tr><td>an entry not {@code A:B}</td><td>{@code categoryMap}, {@link Rule#INVALID_FORMAT}</td></tr>
 *   <tr><td>an unknown deal or index category</td><td>{@code categoryMap}, {@link Rule#UNKNOWN}</td></tr>
 * </table>
 *
 * @param from        first deal date, inclusive; not null
 * @param to          last deal date, inclusive; not before {@code from}, less than {@link #MAX_DAYS} days after
 * @param currency    the ISO 4217 code of the deals copied (others are skipped)
 * @param categorised whether the index has categories (a deal then needs an entry in {@code categoryMap})
 * @param categoryMap deal category → index category; empty for an index without categories; copied
 */
public record DealImportTerms(LocalDate from, LocalDate to, String currency, boolean categorised,
                              Map<String, String> categoryMap) {
    /** The longest window of deal dates, in days. */
    public static final long MAX_DAYS = 3_660;
    /** The most deals one window may hold (a request's memory is bounded by it). */
    public static final int MAX_DEALS = 50_000;
    /** The exchange's data categories (数据分类: public, enterprise, personal data). */
    public static final List<String> DEAL_CATEGORIES = List.of("PUBLIC", "ENTERPRISE", "PERSONAL");

    /** Validates and copies. */
    public DealImportTerms {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        Require.that(!to.isBefore(from), "to", to, Rule.AT_LEAST, from);
        Require.that(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", to, Rule.LIMIT_EXCEEDED, MAX_DAYS + " days after from");
        currency = Money.currency(currency, "currency").getCurrencyCode();
        categoryMap = Collections.unmodifiableMap(new LinkedHashMap<>(Require.notNull(categoryMap, "categoryMap")));
        Require.that(categorised || categoryMap.isEmpty(), "categoryMap", categoryMap, Rule.INVALID_STATE,
                "the index has no categories");
    }

    /**
     * @param from            first deal date
     * @param to              last deal date
     * @param currency        the currency code
     * @param indexCategories the index's category codes, empty when it has none; not null
     * @param categoryMap     {@code DEAL_CATEGORY:INDEX_CATEGORY[,...]}, or null/blank for the default
     * @return the terms
     */
    public static DealImportTerms of(LocalDate from, LocalDate to, String currency, List<String> indexCategories,
                                     String categoryMap) {
        Require.notNull(indexCategories, "indexCategories");
        DealImportTerms window = new DealImportTerms(from, to, currency, !indexCategories.isEmpty(), Map.of());
        boolean given = categoryMap != null && !categoryMap.isBlank();
        Map<String, String> map = new LinkedHashMap<>();
        if (indexCategories.isEmpty()) {
            Require.that(!given, "categoryMap", categoryMap, Rule.INVALID_STATE, "the index has no categories");
            return window;
        }
        DEAL_CATEGORIES.stream().filter(indexCategories::contains).forEach(c -> map.put(c, c));
        if (given) {
            for (String entry : categoryMap.split(",")) {
                String[] kv = entry.split(":", -1);
                Require.that(kv.length == 2, "categoryMap", categoryMap, Rule.INVALID_FORMAT,
                        "DEAL_CATEGORY:INDEX_CATEGORY[,...]");
                String deal = kv[0].strip();
                String index = kv[1].strip();
                Require.that(DEAL_CATEGORIES.contains(deal), "categoryMap", deal, Rule.UNKNOWN, String.join(", ", DEAL_CATEGORIES));
                Require.that(indexCategories.contains(index), "categoryMap", index, Rule.UNKNOWN,
                        "a category of the index " + indexCategories);
                map.put(deal, index);
            }
        }
        return new DealImportTerms(from, to, currency, true, map);
    }

    /**
     * @param deals the number of deals the window holds
     * @throws org.dataprice.error.InvalidInputException {@code to}, {@link Rule#LIMIT_EXCEEDED} above {@link #MAX_DEALS}
     */
    public void requireAtMostMaxDeals(int deals) {
        Require.that(deals <= MAX_DEALS, "to", to, Rule.LIMIT_EXCEEDED, MAX_DEALS + " deals from " + from
                + "; import a shorter window");
    }
}
