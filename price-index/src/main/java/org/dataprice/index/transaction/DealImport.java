package org.dataprice.index.transaction;

import org.dataprice.error.Require;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copies the exchange's concluded deals into an index's trades (成交导入), each deal at most once: the
 * workflow of {@code POST /v1/indices/{id}/transactions/from-deals}, pure (the service loads the deals of the
 * window, the deals already copied and the index's product categories, calls {@link #copy}, and stores the
 * trades).
 *
 * <p>Mapping of a deal to a trade: product → product, the month of the deal date → period,
 * total / quantity → price ({@link MarketDeal#unitValue}), quantity → quantity, the deal id → the trade's deal id.
 * Category: none for an index without categories; otherwise the deal's data category through
 * {@link DealImportTerms#categoryMap}.
 *
 * <table>
 *   <caption>Deals left out, counted by reason (in this order of precedence)</caption>
 *   <tr><th>reason</th><th>when</th></tr>
 *   <tr><td>(already)</td><td>copied by an earlier call: counted in {@link Result#already}</td></tr>
 *   <tr><td>{@code currency}</td><td>another currency than the terms'</td></tr>
 *   <tr><td>{@code product-id}</td><td>a product id longer than {@link Transaction#MAX_PRODUCT_ID}</td></tr>
 *   <tr><td>{@code category}</td><td>no index category for the deal's category</td></tr>
 *   <tr><td>{@code product-category}</td><td>the product is already in another category of the index (a product
 *       belongs to one category: CPI Manual 2020, ¶3.20, a classification is exhaustive and exclusive)</td></tr>
 *   <tr><td>{@code trade-value}</td><td>price or quantity outside {@link TradeValueBound}; also listed in
 *       {@link Result#rejected} (the first {@code maxListed})</td></tr>
 * </table>
 * Stateless and thread-safe.
 */
public final class DealImport {
    private DealImport() {
    }

    /**
     * A trade copied from a deal.
     *
     * @param dealId    the deal it came from
     * @param productId the product
     * @param category  the index category, or null for an index without categories
     * @param period    the month of the deal date
     * @param price     the unit value, total / quantity
     * @param quantity  the units
     */
    public record CopiedTrade(String dealId, String productId, String category, YearMonth period, double price,
                              double quantity) {
    }

    /**
     * A deal refused by the trade-value bound.
     *
     * @param dealId  the deal
     * @param reason  {@code trade-value}
     * @param message what breaks the bound
     */
    public record RejectedDeal(String dealId, String reason, String message) {
    }

    /**
     * What a copy does.
     *
     * @param trades   the trades to store, in the deals' order
     * @param already  deals of the window copied by an earlier call
     * @param skipped  deals left out, by reason (sorted); copied
     * @param rejected the first deals refused by the trade-value bound; copied
     */
    public record Result(List<CopiedTrade> trades, int already, Map<String, Integer> skipped, List<RejectedDeal> rejected) {
        /** Copies. */
        public Result {
            trades = List.copyOf(trades);
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * @param terms     the window, currency and category map; not null
     * @param deals     the deals of the window, oldest first; not null
     * @param known     the index's products and their category ({@code ""} for none); not null
     * @param copied    the ids of the deals already copied into the index; not null
     * @param maxListed the most rejected deals listed, &ge; 0
     * @return the trades to store and what was left out
     */
    public static Result copy(DealImportTerms terms, List<MarketDeal> deals, Map<String, String> known, Set<String> copied,
                              int maxListed) {
        Require.notNull(terms, "terms");
        Require.notNull(deals, "deals");
        Require.notNull(copied, "copied");
        Require.atLeast(maxListed, 0, "maxListed");
        Map<String, String> categories = new HashMap<>(Require.notNull(known, "known"));
        List<CopiedTrade> trades = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<RejectedDeal> rejected = new ArrayList<>();
        int already = 0;
        boolean withCategories = terms.categorised();
        for (MarketDeal d : deals) {
            if (copied.contains(d.id())) {
                already++;
                continue;
            }
            String category = withCategories ? terms.categoryMap().get(d.category()) : null;
            String reason = reason(terms, d, category, withCategories, categories);
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            double price = d.unitValue();
            double quantity = d.quantity().doubleValue();
            Optional<String> outOfBound = TradeValueBound.violation(price, quantity);
            if (outOfBound.isPresent()) {
                skipped.merge("trade-value", 1, Integer::sum);
                if (rejected.size() < maxListed) {
                    rejected.add(new RejectedDeal(d.id(), "trade-value", "deal " + d.id() + ": " + outOfBound.get()));
                }
                continue;
            }
            categories.putIfAbsent(d.productId(), category == null ? "" : category);
            trades.add(new CopiedTrade(d.id(), d.productId(), category, YearMonth.from(d.dealDate()), price, quantity));
        }
        return new Result(trades, already, skipped, rejected);
    }

    /** The first reason (by the table's precedence) to leave a deal out, or null. */
    private static String reason(DealImportTerms terms, MarketDeal d, String category, boolean withCategories,
                                 Map<String, String> known) {
        String product = d.productId();
        if (!terms.currency().equals(d.currency())) {
            return "currency";
        }
        if (product.length() > Transaction.MAX_PRODUCT_ID) {
            return "product-id";
        }
        if (withCategories && category == null) {
            return "category";
        }
        return known.containsKey(product) && !known.get(product).equals(category == null ? "" : category)
                ? "product-category" : null;
    }
}
