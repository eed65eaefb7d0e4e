package org.dataprice.api.exchange;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.registry.exchange.TrustList;
import org.dataprice.registry.signature.PublishedKey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 信任列表 — the administrator's trust list of other exchanges' keys. Append-only: each add and retirement is a row
 * of {@code exchange_trust_event} with who, when and why, chained in the {@link Ledger#EXCHANGE_TRUST} ledger in the
 * inserting transaction. The list is the replay of the rows ({@link ExchangeMapper#replay}); the rules (a key id
 * belongs to one exchange, a key is retired once and after its {@code validFrom}, at most 200 exchanges and 100 keys
 * each) are the core's {@link TrustList}. Load → core → save.
 */
@Singleton
public class TrustListService {
    private final TrustEventRepository events;
    private final Transactions transactions;
    private final LedgerChain chain;
    private final Clock clock;

    /**
     * @param events       the stored changes
     * @param transactions the service's transactions
     * @param chain        the ledger chain
     * @param clock        the service clock
     */
    public TrustListService(TrustEventRepository events, Transactions transactions, LedgerChain chain, Clock clock) {
        this.events = events;
        this.transactions = transactions;
        this.chain = chain;
        this.clock = clock;
    }

    /** @return the trust list now */
    public TrustList current() {
        return transactions.read(() -> ExchangeMapper.replay(events.findAllOrderBySeq()));
    }

    /** @return the trust list now with its history */
    public ExchangeJson.TrustListResponse show() {
        return transactions.read(() -> {
            List<TrustEvent> all = events.findAllOrderBySeq();
            return ExchangeMapper.toResponse(ExchangeMapper.replay(all), all);
        });
    }

    /**
     * Trusts one key of another exchange.
     *
     * @param request the exchange, its key as published, why
     * @param actor   the administrator
     * @return the trust list afterwards
     */
    public ExchangeJson.TrustListResponse add(ExchangeJson.TrustKeyRequest request, String actor) {
        PublishedKey key = ExchangeMapper.key(request.key());
        Instant now = ServiceClock.now(clock);
        String id = RecordIds.nextId(clock);
        transactions.write(() -> {
            TrustList list = ExchangeMapper.replay(events.findAllOrderBySeq());
            ExchangeMapper.add(list, request.exchangeId(), key);
            events.save(new TrustEvent(id, events.lastSeq() + 1, TrustEvent.ADD, request.exchangeId(), key.kid(), key.x(),
                    key.validFrom(), key.retiredAt(), request.reason().strip(), actor, now));
            chain.append(Ledger.EXCHANGE_TRUST, id);
            return null;
        });
        return show();
    }

    /**
     * Retires a trusted key from {@code retiredAt} (default now) on.
     *
     * @param kid     the key id
     * @param request from when, why
     * @param actor   the administrator
     * @return the trust list afterwards
     */
    public ExchangeJson.TrustListResponse retire(String kid, ExchangeJson.RetireKeyRequest request, String actor) {
        Instant now = ServiceClock.now(clock);
        Instant at = request.retiredAt() != null ? request.retiredAt() : now;
        String id = RecordIds.nextId(clock);
        transactions.write(() -> {
            TrustList list = ExchangeMapper.retire(ExchangeMapper.replay(events.findAllOrderBySeq()), kid, at);
            String exchangeId = list.byKid(kid).orElseThrow().exchangeId();
            events.save(new TrustEvent(id, events.lastSeq() + 1, TrustEvent.RETIRE, exchangeId, kid, null, null, at,
                    request.reason().strip(), actor, now));
            chain.append(Ledger.EXCHANGE_TRUST, id);
            return null;
        });
        return show();
    }
}
