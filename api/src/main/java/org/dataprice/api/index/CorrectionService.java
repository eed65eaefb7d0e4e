package org.dataprice.api.index;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.index.correction.Amendment;
import org.dataprice.index.correction.CorrectionAction;
import org.dataprice.index.correction.CorrectionPage;
import org.dataprice.index.correction.TradeCorrection;
import org.dataprice.index.correction.TradeCorrections;
import org.dataprice.index.correction.TradeRef;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.index.correction.Trade;

/**
 * Corrections of an index's trades (docs/price-index.md, "Corrections"): loads the trade and its
 * history, lets the core decide ({@link TradeCorrections#check}) and appends the correction
 * ({@link IndexStore#insertCorrection}, hash-chained). The trade row itself is never changed; the next
 * release reads the corrections with the trades and shows their effect as revisions.
 *
 * <p>A trade is named by its natural reference: {@code <loadId>:<line>} (the load id from the load's
 * answer and the CSV line number, header = line 1, so the first data row is line 2; a JSON load's one
 * trade is line 1), or {@code deal:<dealId>} for a trade copied from a market deal. Thread-safe.
 */
@Singleton
public class CorrectionService {
    /** The most corrections in one page of an index's list. */
    public static final int MAX_PAGE_SIZE = CorrectionPage.MAX_SIZE;
    /** The page size when none is asked. */
    public static final int DEFAULT_PAGE_SIZE = CorrectionPage.DEFAULT_SIZE;

    private final IndexStore store;
    private final IndexDefinitionService definitions;
    private final Clock clock;

    /**
     * @param store       the tables
     * @param definitions the definitions
     * @param clock       the index clock
     */
    public CorrectionService(IndexStore store, IndexDefinitionService definitions, Clock clock) {
        this.store = store;
        this.definitions = definitions;
        this.clock = clock;
    }

    /**
     * @param indexId the index
     * @param ref     the trade's reference
     * @param request the correction
     * @param caller  the principal (recorded as the actor)
     * @return the stored correction
     */
    public CorrectionView correct(String indexId, String ref, CorrectionRequest request, String caller) {
        definitions.get(indexId);
        IndexStore.StoredTrade trade = find(indexId, ref);
        CorrectionAction action = CorrectionAction.parse(request.action(), "action");
        Amendment amendment = Amendment.ofNullable(request.productId(),
                request.period() == null ? null : IndexDefinitions.month(request.period(), "period"), request.price(),
                request.quantity());
        List<IndexStore.CorrectionRow> history = store.correctionRows(indexId, trade.trade().id());
        Instant now = ServiceClock.now(clock);
        TradeCorrection correction = new TradeCorrection(RecordIds.nextId(clock), trade.trade().id(),
                history.size() + 1, action, amendment, request.reason().strip(), caller, now);
        TradeCorrections.check(trade.trade(), history.stream().map(IndexStore.CorrectionRow::correction).toList(),
                correction, store.productCategories(indexId));
        IndexStore.CorrectionRow row = new IndexStore.CorrectionRow(correction, trade.ref());
        store.insertCorrection(indexId, row);
        return view(indexId, row, null);
    }

    /**
     * @param indexId the index
     * @param ref     one trade's reference
     * @return its corrections (at most {@link TradeCorrections#MAX_PER_TRADE}), oldest first, each with the
     *         vintage that first applied it
     */
    public List<CorrectionView> list(String indexId, String ref) {
        definitions.get(indexId);
        long tradeId = find(indexId, ref).trade().id();
        Map<String, Integer> applied = applied(indexId);
        return store.correctionRows(indexId, tradeId).stream()
                .map(row -> view(indexId, row, applied.get(row.correction().id()))).toList();
    }

    /**
     * @param indexId the index
     * @param ref     one trade's reference ({@code <loadId>:<line>} or {@code deal:<dealId>}); 404 when unknown
     * @return the trade as loaded, with the deal id of a trade copied from a market deal
     */
    public TradeView trade(String indexId, String ref) {
        definitions.get(indexId);
        IndexStore.StoredTrade stored = find(indexId, ref);
        Trade t = stored.trade();
        String dealId = TradeRef.parse(stored.ref()).map(TradeRef::dealId).orElse(null);
        return new TradeView(indexId, stored.ref(), dealId, dealId == null ? null : "/v1/deals/" + dealId, t.productId(),
                t.category(), t.period().toString(), t.price(), t.quantity(), "/v1/indices/" + indexId + "/transactions/"
                + java.net.URLEncoder.encode(stored.ref(), java.nio.charset.StandardCharsets.UTF_8) + "/corrections");
    }

    /**
     * One page of an index's corrections.
     *
     * @param items the corrections of the page, oldest first
     * @param total the number of all the index's corrections
     */
    public record Page(List<CorrectionView> items, long total) {
    }

    /**
     * @param indexId the index
     * @param page    the page number from 0
     * @param size    the page size, 1..{@link #MAX_PAGE_SIZE}
     * @return the page, each correction with the vintage that first applied it
     */
    public Page page(String indexId, int page, int size) {
        definitions.get(indexId);
        CorrectionPage p = new CorrectionPage(page, size);
        Map<String, Integer> applied = applied(indexId);
        List<CorrectionView> items = store.correctionRows(indexId, p.size(), p.offset()).stream()
                .map(row -> view(indexId, row, applied.get(row.correction().id()))).toList();
        return new Page(items, store.correctionCount(indexId));
    }

    private Map<String, Integer> applied(String indexId) {
        Map<String, Integer> applied = new HashMap<>();
        for (IndexStore.ReleaseRow r : store.releases(indexId)) {
            r.corrections().forEach(id -> applied.putIfAbsent(id, r.vintage()));
        }
        return applied;
    }

    private IndexStore.StoredTrade find(String indexId, String ref) {
        return TradeRef.parse(ref).flatMap(t -> store.trade(indexId, t.loadId(), t.line(), t.dealId()))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "index '" + indexId + "' has no trade '"
                + (ref == null ? "" : ref.substring(0, Math.min(ref.length(), TradeRef.MAX_LENGTH))) + "': name a trade as "
                + "<loadId>:<line> (the load's id and the CSV line number, the header being line 1; line 1 for a JSON "
                + "load) or deal:<dealId>"));
    }

    private static CorrectionView view(String indexId, IndexStore.CorrectionRow row, Integer appliedIn) {
        TradeCorrection k = row.correction();
        Amendment a = k.amendment();
        return new CorrectionView(k.id(), indexId, row.tradeRef(), k.sequence(), k.action().name(),
                a == null ? null : a.productId(), a == null || a.period() == null ? null : a.period().toString(),
                a == null ? null : a.price(), a == null ? null : a.quantity(), k.reason(), k.actor(), k.at(), appliedIn);
    }
}
