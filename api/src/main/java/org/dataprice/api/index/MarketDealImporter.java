package org.dataprice.api.index;

import org.dataprice.api.transaction.WriteConflicts;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.money.Money;
import jakarta.inject.Singleton;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.index.transaction.TradeValueBound;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Copies the exchange's own concluded deals (read through the port {@link ConcludedDeals}, which the deals'
 * area implements: the index never reads that area's table) into an index's transactions, exactly once per deal.
 *
 * <p>Mapping of a deal to a transaction: {@code product_id} → product, the month of {@code deal_date}
 * (UTC) → period, {@code total_price / quantity} → price (the exact unit value: a fixed-price volume
 * purchase stores a unit price rounded to the fen), {@code quantity} → quantity. Category: an index without
 * categories takes every deal; otherwise the deal's data category ({@code PUBLIC}, {@code ENTERPRISE},
 * {@code PERSONAL}) is mapped by the request's {@code categoryMap} (e.g. {@code ENTERPRISE:API}), and
 * a category without an entry maps to the index category of the same code when there is one. Deals
 * left out are counted by reason: another currency than the requested one ({@code currency}), no
 * index category ({@code category}), a product already in another category of the index
 * ({@code product-category}), a product id longer than {@link TransactionLoader#MAX_PRODUCT_ID}
 * ({@code product-id}).
 *
 * <p>Exactly once: each copied row keeps the deal's id, and {@code (index_id, deal_id)} is unique
 * ({@code V35}). A call copies the deals of the window not copied before, in one transaction with its
 * {@code index_load} row ({@code source = 'MARKET'}); a concurrent call that loses the race on the
 * unique index rolls back and is retried on the new state (up to {@link #ATTEMPTS} times), so
 * repeating the call, or running it on two instances at once, copies each deal once. A window holds at most
 * {@link #MAX_DEALS} deals (so a call's memory is bounded; {@code limit-exceeded} on {@code to} beyond). Thread-safe.
 */
@Singleton
public class MarketDealImporter {
    /** Attempts when a concurrent import copied some of the same deals first. */
    static final int ATTEMPTS = 5;
    /** The longest window of deal dates in one call, in days. */
    static final long MAX_DAYS = 3_660;
    /** The most imported deal ids an answer lists. */
    static final int MAX_LISTED = 1_000;
    /** The most deals one window may hold. */
    static final int MAX_DEALS = 50_000;

    private final IndexStore store;
    private final IndexDefinitionService definitions;
    private final ConcludedDeals deals;
    private final Clock clock;

    /**
     * @param store       the index tables
     * @param definitions the definitions
     * @param deals       the concluded deals (the deals' area)
     * @param clock       the index clock
     */
    public MarketDealImporter(IndexStore store, IndexDefinitionService definitions, ConcludedDeals deals, Clock clock) {
        this.store = store;
        this.definitions = definitions;
        this.deals = deals;
        this.clock = clock;
    }

    /**
     * @param indexId     the index
     * @param from        first deal date, inclusive
     * @param to          last deal date, inclusive
     * @param currency    the currency of the deals to copy (ISO 4217)
     * @param categoryMap deal category → index category, {@code "ENTERPRISE:API,PERSONAL:API"}; may be null
     * @param caller      the principal
     * @return what was copied
     */
    public DealImportResponse importDeals(String indexId, LocalDate from, LocalDate to, String currency,
                                          String categoryMap, String caller) {
        IndexDefinition def = definitions.get(indexId);
        Require.that(!to.isBefore(from), "to", to, Rule.AT_LEAST, from);
        Require.that(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", to, Rule.LIMIT_EXCEEDED,
                MAX_DAYS + " days after from");
        String cur = currency(currency);
        Map<String, String> map = categoryMap(def, categoryMap);
        List<ConcludedDeals.ConcludedDeal> window = deals.concludedBetween(from, to, MAX_DEALS + 1);
        Require.that(window.size() <= MAX_DEALS, "to", to, Rule.LIMIT_EXCEEDED,
                MAX_DEALS + " deals from " + from + "; import a shorter window");
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return store.write(c -> copy(c, def, window, from, to, cur, map, caller));
            } catch (RuntimeException e) {
                if (!WriteConflicts.isUniqueViolation(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private DealImportResponse copy(Connection c, IndexDefinition def, List<ConcludedDeals.ConcludedDeal> window,
                                    LocalDate from, LocalDate to, String currency, Map<String, String> map, String caller)
            throws SQLException {
        Map<String, String> known = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT product_id, category FROM index_transaction WHERE index_id = ?")) {
            s.setString(1, def.id());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    known.putIfAbsent(r.getString(1), r.getString(2) == null ? "" : r.getString(2));
                }
            }
        }
        Set<String> copied = IndexStore.dealIds(c, def.id(), YearMonth.from(from), YearMonth.from(to));
        List<Object[]> rows = new ArrayList<>();
        int already = 0;
        Map<String, Integer> skipped = new TreeMap<>();
        List<DealImportResponse.RejectedDeal> rejected = new ArrayList<>();
        for (ConcludedDeals.ConcludedDeal d : window) {
            if (copied.contains(d.id())) {
                already++;
                continue;
            }
            String product = d.productId();
            String category = def.categories().isEmpty() ? null : map.get(d.category());
            String reason = !currency.equals(d.currency()) ? "currency"
                    : product.length() > TransactionLoader.MAX_PRODUCT_ID ? "product-id"
                    : !def.categories().isEmpty() && category == null ? "category"
                    : known.containsKey(product) && !known.get(product).equals(category == null ? "" : category)
                    ? "product-category" : null;
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            double price = unitValue(d.totalPrice(), d.quantity());
            double quantity = d.quantity().doubleValue();
            Optional<String> outOfBound = TradeValueBound.violation(price, quantity);
            if (outOfBound.isPresent()) {
                skipped.merge("trade-value", 1, Integer::sum);
                if (rejected.size() < TransactionLoader.MAX_VIOLATIONS) {
                    rejected.add(new DealImportResponse.RejectedDeal(d.id(), "trade-value", "deal " + d.id() + ": "
                            + outOfBound.get()));
                }
                continue;
            }
            known.putIfAbsent(product, category == null ? "" : category);
            rows.add(new Object[]{d.id(), product, category, YearMonth.from(d.dealDate()).toString(), price, quantity});
        }
        Instant now = ServiceClock.now(clock);
        String loadId = null;
        if (!rows.isEmpty()) {
            loadId = UUID.randomUUID().toString();
            IndexStore.insertLoad(c, new IndexStore.LoadRecord(loadId, def.id(), caller, "market:" + loadId, "-",
                    "MARKET", rows.size(), now));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO index_transaction (index_id, load_id, line, "
                    + "product_id, category, period, price, quantity, deal_id) VALUES (?,?,?,?,?,?,?,?,?)")) {
                int line = 0;
                for (Object[] row : rows) {
                    insert.setString(1, def.id());
                    insert.setString(2, loadId);
                    insert.setInt(3, ++line);
                    insert.setString(4, (String) row[1]);
                    insert.setString(5, (String) row[2]);
                    insert.setString(6, (String) row[3]);
                    insert.setDouble(7, (Double) row[4]);
                    insert.setDouble(8, (Double) row[5]);
                    insert.setString(9, (String) row[0]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        List<String> imported = rows.stream().limit(MAX_LISTED).map(row -> (String) row[0]).toList();
        return new DealImportResponse(def.id(), loadId, from, to, currency, rows.size(), already, skipped, rejected, now,
                imported);
    }

    /** price = total / quantity, unrounded, so that Σ price × quantity reproduces the deal totals. */
    private static double unitValue(BigDecimal total, BigDecimal quantity) {
        return total.doubleValue() / quantity.doubleValue();
    }

    private static String currency(String code) {
        return Money.currency(code, "currency").getCurrencyCode();
    }

    private static Map<String, String> categoryMap(IndexDefinition def, String text) {
        Map<String, String> map = new HashMap<>();
        if (def.categories().isEmpty()) {
            Require.that(text == null || text.isBlank(), "categoryMap", text, Rule.INVALID_STATE,
                    "the index has no categories");
            return map;
        }
        for (String code : List.of("PUBLIC", "ENTERPRISE", "PERSONAL")) {
            if (def.hasCategory(code)) {
                map.put(code, code);
            }
        }
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(",")) {
                String[] kv = entry.split(":", -1);
                Require.that(kv.length == 2, "categoryMap", text, Rule.INVALID_FORMAT,
                        "DEAL_CATEGORY:INDEX_CATEGORY[,...]");
                String dealCategory = kv[0].strip();
                String indexCategory = kv[1].strip();
                Require.that(List.of("PUBLIC", "ENTERPRISE", "PERSONAL").contains(dealCategory), "categoryMap",
                        dealCategory, Rule.UNKNOWN, "PUBLIC, ENTERPRISE, PERSONAL");
                Require.that(def.hasCategory(indexCategory), "categoryMap", indexCategory, Rule.UNKNOWN,
                        "a category of the index " + def.categories().stream().map(IndexDefinitionRequest.Category::code).toList());
                map.put(dealCategory, indexCategory);
            }
        }
        return map;
    }
}
