package org.dataprice.api.registry;

import jakarta.inject.Singleton;
import org.dataprice.api.index.IndexDefinitionService;
import org.dataprice.api.index.ProductTradeCounts;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Index transactions cite a registration through their product (issue 16): an index product is bound once to the
 * registration of the product it prices, and every transaction of that product in that index — loaded before or after
 * — cites it. The trades themselves and their load path are not touched. A binding is append-only and idempotent per
 * (index, product): binding again to the same registration answers the binding as it was made (200), to another
 * registration is a 409 conflict (a wrong binding is not rewritten; the registry records the truth by amending or
 * cancelling the registration). The registration must be ACTIVE on the day of binding (the core's
 * {@code Registration.requireActiveOn}; 422 on {@code registrationId}); the index must exist (404). Each binding is a
 * record of the hash-chained ledger {@code registry-index-bindings}. A concurrent binding of the same product loses on
 * the unique key and is retried whole ({@link Transactions#write}), then answers as a repeat. Thread-safe.
 */
@Singleton
public class IndexBindingService {
    private final IndexBindingRepository bindings;
    private final RegistryCitations registry;
    private final IndexDefinitionService indices;
    private final ProductTradeCounts trades;
    private final LedgerChain chain;
    private final Transactions tx;
    private final Clock clock;

    /**
     * @param bindings the binding table
     * @param registry the registry's citations (the registration's check)
     * @param indices  the index definitions (the index must exist)
     * @param trades   the index's transaction counts per product
     * @param chain    the ledger chain
     * @param tx       transactions
     * @param clock    the service clock
     */
    public IndexBindingService(IndexBindingRepository bindings, RegistryCitations registry, IndexDefinitionService indices,
                               ProductTradeCounts trades, LedgerChain chain, Transactions tx, Clock clock) {
        this.bindings = bindings;
        this.registry = registry;
        this.indices = indices;
        this.trades = trades;
        this.chain = chain;
        this.tx = tx;
        this.clock = clock;
    }

    /** A binding and whether this call made it. */
    public record Bound(IndexBindingResponse binding, boolean created) {
    }

    /**
     * @param indexId        the index (404 when unknown)
     * @param productId      the product
     * @param registrationId the registration
     * @param by             the caller
     * @return the binding, new or as made before with the same registration
     * @throws ProblemException 409 when the product is bound to another registration
     */
    public Bound bind(String indexId, String productId, String registrationId, String by) {
        indices.get(indexId);
        Instant now = ServiceClock.now(clock);
        String id = indexId + "/" + productId;
        return tx.write(() -> {
            var existing = bindings.findById(id);
            if (existing.isPresent()) {
                if (!existing.get().registrationId().equals(registrationId)) {
                    throw new ProblemException(ProblemType.CONFLICT, "product " + productId + " of index " + indexId
                            + " is bound to registration " + existing.get().registrationId()
                            + " (a binding is made once and never replaced)");
                }
                return new Bound(view(existing.get()), false);
            }
            registry.requireActiveOn(registrationId, now.atOffset(ZoneOffset.UTC).toLocalDate());
            IndexBindingRow row = bindings.save(new IndexBindingRow(id, indexId, productId, registrationId, by, now));
            chain.append(Ledger.REGISTRY_INDEX_BINDINGS, row.id());
            return new Bound(view(row), true);
        });
    }

    /**
     * @param indexId   the index
     * @param productId the product
     * @return its binding; 404 when the product is bound to no registration
     */
    public IndexBindingResponse find(String indexId, String productId) {
        return tx.read(() -> bindings.findById(indexId + "/" + productId)).map(IndexBindingService::view)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "product " + productId + " of index "
                        + indexId + " is bound to no registration"));
    }

    /**
     * @param registrationId a registration
     * @return the index products bound to it with their transaction counts (two statements: the bindings, then one
     *         aggregate of the counts), oldest first, at most {@link ProductTradeCounts#MAX_PRODUCTS}
     */
    public List<CitationResponse> citations(String registrationId) {
        return tx.read(() -> {
            List<IndexBindingRow> rows = bindings.findByRegistrationId(registrationId);
            Map<ProductTradeCounts.IndexProduct, Long> counts = trades.counts(rows.stream()
                    .map(r -> new ProductTradeCounts.IndexProduct(r.indexId(), r.productId())).toList());
            return rows.stream().map(r -> new CitationResponse(CitationResponse.INDEX_PRODUCT, r.id(), r.boundAt(),
                    counts.get(new ProductTradeCounts.IndexProduct(r.indexId(), r.productId())))).toList();
        });
    }

    private static IndexBindingResponse view(IndexBindingRow r) {
        return new IndexBindingResponse(r.indexId(), r.productId(), r.registrationId(), r.boundAt());
    }
}
