package org.dataprice.api.registry;

import jakarta.inject.Singleton;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.error.DatapriceException;
import org.dataprice.registry.HashChain;
import org.dataprice.registry.authorisation.AuthorisationLedger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The authorisation ledger as last read, kept by its chain head: a read costs one indexed row (the head: sequence and
 * hash) when nothing was recorded since, and only the newer records otherwise — parsed, hashed and checked by the core
 * from the cached head ({@link AuthorisationLedger#extendedBy}) — instead of a replay of the whole ledger (up to
 * {@link AuthorisationLedger#MAX_RECORDS} records parsed and hashed on every read). The full replay
 * ({@link AuthorisationLedger#replay}) remains the answer whenever the head does not continue the cached one (fewer
 * records than cached, a different hash at the same length, a newer record that does not link to the cached head).
 *
 * <p>Contract: {@link #current} answers the ledger as the database holds it at the head read inside the caller's
 * transaction, as a full replay would. What the cache no longer does is re-hash the older records on every read: a
 * row edited in place under an unchanged head is found by the ledger verifier ({@code LedgerVerifier}, the
 * {@code authorisation-records} chain), not by a read. Memory: one ledger, at most {@link AuthorisationLedger#MAX_RECORDS}
 * records, as one read held before. Per instance: each instance of N keeps its own copy and follows the shared head,
 * so a record made on another instance is seen by the next read here. Cost measured by
 * {@code benchmarks/.../AuthorisationReadBenchmark}. Thread-safe (the cached ledger is immutable; a race between two
 * readers only replaces it with an equally current one).
 */
@Singleton
public class AuthorisationLedgers {
    private final AuthorisationRepository records;
    private final Transactions tx;
    private final AtomicReference<AuthorisationLedger> cached = new AtomicReference<>(AuthorisationLedger.empty());

    /**
     * @param records the record table
     * @param tx      transactions
     */
    public AuthorisationLedgers(AuthorisationRepository records, Transactions tx) {
        this.records = records;
        this.tx = tx;
    }

    /** @return the ledger as stored, checked by the core (joins the caller's transaction) */
    public AuthorisationLedger current() {
        return tx.read(() -> {
            AuthorisationLedger known = cached.get();
            Optional<AuthorisationRow> head = records.findHead();
            long length = head.map(AuthorisationRow::sequence).orElse(0L);
            String hash = head.map(AuthorisationRow::hash).orElse(HashChain.GENESIS);
            int have = known.records().size();
            if (length == have && hash.equals(known.head())) {
                return known;
            }
            AuthorisationLedger now = length > have ? extended(known) : null;
            if (now == null) {
                now = AuthorisationMapper.ledger(records.findAllOrderBySequence());
            }
            cached.set(now);
            return now;
        });
    }

    /** The cached ledger continued by the records stored after it, or null when they do not continue it. */
    private AuthorisationLedger extended(AuthorisationLedger known) {
        int have = known.records().size();
        List<AuthorisationRow> newer = records.findBySequenceGreaterThanOrderBySequence(have);
        try {
            return known.extendedBy(AuthorisationMapper.records(newer, have));
        } catch (DatapriceException e) {
            return null; // another history than the cached one: the full replay decides
        }
    }
}
