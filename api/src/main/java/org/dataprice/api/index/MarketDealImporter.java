package org.dataprice.api.index;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.WriteConflicts;
import org.dataprice.index.transaction.DealImport;
import org.dataprice.index.transaction.DealImportTerms;
import org.dataprice.index.transaction.MarketDeal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Copies the exchange's own concluded deals into an index's transactions, exactly once per deal: load → core →
 * save. Loads the deals of the window through the port {@link ConcludedDeals} (the deals' area implements it;
 * the index never reads that area's table), the deals already copied and the index's product categories;
 * the core's {@link DealImport} decides which deals become which trades (mapping, category map, reasons to
 * leave a deal out: see there) under the request's {@link DealImportTerms}; the trades are stored with their
 * deal id, so each imported trade names the deal it came from ({@code deal:<dealId>}).
 *
 * <p>Exactly once: {@code (index_id, deal_id)} is unique ({@code V35}). A call copies the deals of the window
 * not copied before, in one transaction with its {@code index_load} row ({@code source = 'MARKET'}); a
 * concurrent call that loses the race on the unique index rolls back and is retried on the new state (up to
 * {@link #ATTEMPTS} times), so repeating the call, or running it on two instances at once, copies each deal
 * once. Thread-safe.
 */
@Singleton
public class MarketDealImporter {
    /** Attempts when a concurrent import copied some of the same deals first. */
    static final int ATTEMPTS = 5;
    /** The most imported deal ids an answer lists. */
    static final int MAX_LISTED = 1_000;

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
        DealImportTerms terms = DealImportTerms.of(from, to, currency,
                def.categories().stream().map(IndexDefinitionRequest.Category::code).toList(), categoryMap);
        List<MarketDeal> window = deals.concludedBetween(from, to, DealImportTerms.MAX_DEALS + 1);
        terms.requireAtMostMaxDeals(window.size());
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return store.write(c -> copy(c, def, terms, window, caller));
            } catch (RuntimeException e) {
                if (!WriteConflicts.isUniqueViolation(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private DealImportResponse copy(Connection c, IndexDefinition def, DealImportTerms terms, List<MarketDeal> window,
                                    String caller) throws SQLException {
        DealImport.Result result = DealImport.copy(terms, window, IndexStore.productCategories(c, def.id()),
                IndexStore.dealIds(c, def.id(), YearMonth.from(terms.from()), YearMonth.from(terms.to())),
                TransactionLoader.MAX_VIOLATIONS);
        Instant now = ServiceClock.now(clock);
        String loadId = null;
        if (!result.trades().isEmpty()) {
            loadId = RecordIds.nextId(clock);
            IndexStore.insertLoad(c, new IndexStore.LoadRecord(loadId, def.id(), caller, "market:" + loadId, "-",
                    "MARKET", result.trades().size(), now));
            insertTrades(c, def.id(), loadId, result.trades());
        }
        List<DealImportResponse.RejectedDeal> rejected = result.rejected().stream()
                .map(r -> new DealImportResponse.RejectedDeal(r.dealId(), r.reason(), r.message())).toList();
        List<String> imported = result.trades().stream().limit(MAX_LISTED).map(DealImport.CopiedTrade::dealId).toList();
        return new DealImportResponse(def.id(), loadId, terms.from(), terms.to(), terms.currency(), result.trades().size(),
                result.already(), result.skipped(), rejected, now, imported);
    }

    private static void insertTrades(Connection c, String indexId, String loadId, List<DealImport.CopiedTrade> trades)
            throws SQLException {
        try (IndexStore.TradeWriter out = new IndexStore.TradeWriter(c, indexId, loadId)) {
            int line = 0;
            for (DealImport.CopiedTrade t : trades) {
                out.add(++line, t.productId(), t.category(), t.period(), t.price(), t.quantity(), null, t.dealId());
            }
            out.finish();
        }
    }
}
