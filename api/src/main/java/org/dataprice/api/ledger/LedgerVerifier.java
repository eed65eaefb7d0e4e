package org.dataprice.api.ledger;

import org.dataprice.api.time.ServiceClock;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies every ledger, at start-up (before the first request) and on the ADMIN endpoint, and
 * publishes the outcome to {@link LedgerIntegrity}.
 *
 * <p>Per ledger, in {@link Ledger} order, stopping at the first failure:
 * <ol>
 *   <li>read the head ({@code seq}, {@code chain_hash});</li>
 *   <li>walk the entries {@code 1..seq} in pages of {@value #PAGE} (keyset on {@code seq}, nothing else
 *       held in memory): the numbers run without gaps, each {@code prev_hash} is the previous entry's
 *       chain hash, the record still exists ({@code RECORD_MISSING}), its rows hash to the recorded
 *       content hash ({@code CONTENT_CHANGED}: an edited column, an added or removed child row), and the
 *       chain hash is the hash of the entry's fields;</li>
 *   <li>the last entry is the head ({@code HEAD_MISMATCH});</li>
 *   <li>no row of the business table lacks an entry ({@code FOREIGN_RECORD}: an anti-join, so a record
 *       committed by a concurrent append, which commits its entry with it, is never reported);</li>
 *   <li>when an anchor file is in use: the database holds the anchor's entry with the anchor's chain hash
 *       ({@code BEHIND_ANCHOR}: a truncated or rolled-back store).</li>
 * </ol>
 * After a pass the anchor is rewritten with the verified heads. Cost: one read of every chained record;
 * verifications are serialised. Thread-safe.
 */
@Singleton
public class LedgerVerifier {
    private final Clock clock;
    private static final Logger LOG = LoggerFactory.getLogger(LedgerVerifier.class);
    static final int PAGE = 500;

    private final TransactionOperations<Connection> tx;
    private final LedgerChain chain;
    private final LedgerAnchor anchor;
    private final LedgerIntegrity integrity;
    private final LedgerConfiguration configuration;

    /**
     * @param tx            the default datasource's transactions
     * @param chain         the chain (for the one-time adoption)
     * @param anchor        the anchor outside the database
     * @param integrity     where the outcome is published
     * @param configuration the ledger settings
     * @param clock the service clock
     */
    public LedgerVerifier(TransactionOperations<Connection> tx, LedgerChain chain, LedgerAnchor anchor,
                          LedgerIntegrity integrity, LedgerConfiguration configuration, Clock clock) {
        this.clock = clock;
        this.tx = tx;
        this.chain = chain;
        this.anchor = anchor;
        this.integrity = integrity;
        this.configuration = configuration;
    }

    /**
     * Adopts records older than the chain, then verifies (unless turned off).
     *
     * @param event the application start
     */
    @EventListener
    public void onStartup(StartupEvent event) {
        if (!configuration.isVerifyOnStartup()) {
            LOG.warn("Ledger verification at start-up is off (dataprice.ledger.verify-on-startup=false)");
            return;
        }
        LedgerVerification v = verify();
        if (v.ok()) {
            LOG.info("Ledgers verified: {}", v.ledgers());
        }
    }

    /**
     * Verifies every ledger now and publishes the outcome (a pass clears an earlier failure).
     *
     * @return the verification
     */
    public synchronized LedgerVerification verify() {
        LedgerVerification v;
        try {
            v = run();
        } catch (RuntimeException e) {
            LOG.error("Ledger verification could not run", e);
            v = new LedgerVerification(LedgerVerification.FAILED, now(), anchor.file().isPresent(), List.of(),
                    LedgerVerification.Failure.of("*", 0, null, LedgerVerification.Kind.NOT_VERIFIABLE, null, null,
                            "the verification could not run (" + e.getClass().getSimpleName() + "); see the log"));
        }
        if (!v.ok()) {
            LOG.error("LEDGER INTEGRITY FAILURE, writes are refused: {}", v.failure().reason());
        }
        integrity.record(v);
        return v;
    }

    private LedgerVerification run() {
        Map<Ledger, LedgerHead> anchored;
        try {
            anchored = anchor.read();
        } catch (IOException e) {
            return failed(List.of(), LedgerVerification.Failure.of("*", 0, null, LedgerVerification.Kind.ANCHOR_UNREADABLE,
                    null, null, "the anchor file " + anchor.file().map(Object::toString).orElse("") + " cannot be read: "
                            + e.getMessage()));
        }
        // Adoption writes; with an unverifiable store it would chain whatever is there, so only before the first check.
        if (integrity.last().isEmpty()) {
            for (Ledger ledger : Ledger.values()) {
                chain.adopt(ledger);
            }
        }
        List<LedgerVerification.LedgerSummary> summaries = new ArrayList<>();
        Map<Ledger, LedgerHead> heads = new EnumMap<>(Ledger.class);
        for (Ledger ledger : Ledger.values()) {
            Outcome outcome = tx.executeRead(status -> {
                try {
                    return verify(status.getConnection(), ledger, anchored.get(ledger));
                } catch (SQLException e) {
                    throw new LedgerChain.LedgerStoreException(e);
                }
            });
            if (outcome.failure != null) {
                return failed(summaries, outcome.failure);
            }
            heads.put(ledger, outcome.head);
            summaries.add(new LedgerVerification.LedgerSummary(ledger.id(), outcome.head.seq(), outcome.head.chainHash()));
        }
        anchor.reset(heads);
        return new LedgerVerification(LedgerVerification.OK, now(), anchor.file().isPresent(), summaries, null);
    }

    private LedgerVerification failed(List<LedgerVerification.LedgerSummary> summaries, LedgerVerification.Failure failure) {
        return new LedgerVerification(LedgerVerification.FAILED, now(), anchor.file().isPresent(), List.copyOf(summaries),
                failure);
    }

    private record Outcome(LedgerHead head, LedgerVerification.Failure failure) {
    }

    private record Entry(long seq, String recordId, String content, String prev, String chain) {
    }

    private static Outcome verify(Connection c, Ledger ledger, LedgerHead anchored) throws SQLException {
        String name = ledger.id();
        LedgerHead head;
        try (PreparedStatement s = c.prepareStatement("SELECT seq, chain_hash FROM ledger_head WHERE ledger = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return fail(name, 0, null, LedgerVerification.Kind.HEAD_MISMATCH, "a head row", "none",
                            "the ledger has no head row");
                }
                head = new LedgerHead(rs.getLong(1), rs.getString(2));
            }
        }
        long expectedSeq = 1;
        String prev = RecordDigest.GENESIS;
        while (expectedSeq <= head.seq()) {
            List<Entry> page = page(c, name, expectedSeq - 1, head.seq());
            if (page.isEmpty()) {
                break;
            }
            for (Entry e : page) {
                if (e.seq != expectedSeq) {
                    return fail(name, expectedSeq, null, LedgerVerification.Kind.SEQUENCE_GAP, "entry " + expectedSeq,
                            "entry " + e.seq, "an entry is missing from the chain");
                }
                if (!e.prev.equals(prev)) {
                    return fail(name, e.seq, e.recordId, LedgerVerification.Kind.LINK_BROKEN, prev, e.prev,
                            "the entry does not link to the one before it");
                }
                Optional<String> content = RecordDigest.contentHash(c, ledger, e.recordId);
                if (content.isEmpty()) {
                    return fail(name, e.seq, e.recordId, LedgerVerification.Kind.RECORD_MISSING, "a row in " + ledger.table(),
                            "none", "the chained record is gone from " + ledger.table());
                }
                if (!content.get().equals(e.content)) {
                    return fail(name, e.seq, e.recordId, LedgerVerification.Kind.CONTENT_CHANGED, e.content, content.get(),
                            "the record was changed after it was chained (content hash)");
                }
                String chain = RecordDigest.chainHash(e.prev, e.content, e.seq, e.recordId);
                if (!chain.equals(e.chain)) {
                    return fail(name, e.seq, e.recordId, LedgerVerification.Kind.CHAIN_HASH_MISMATCH, chain, e.chain,
                            "the entry's chain hash is not the hash of its fields");
                }
                prev = e.chain;
                expectedSeq++;
            }
        }
        long last = expectedSeq - 1;
        if (last != head.seq() || !prev.equals(head.chainHash())) {
            return fail(name, head.seq(), null, LedgerVerification.Kind.HEAD_MISMATCH,
                    "seq " + head.seq() + " " + head.chainHash(), "seq " + last + " " + prev,
                    "the head does not point at the last entry of the chain");
        }
        String foreign = foreign(c, ledger);
        if (foreign != null) {
            return fail(name, 0, foreign, LedgerVerification.Kind.FOREIGN_RECORD, "an entry", "none",
                    "a row of " + ledger.table() + " is not in the chain (inserted behind the service's back)");
        }
        if (anchored != null && anchored.seq() > 0) {
            String atAnchor = chainHashAt(c, name, anchored.seq());
            if (!anchored.chainHash().equals(atAnchor)) {
                return fail(name, anchored.seq(), null, LedgerVerification.Kind.BEHIND_ANCHOR,
                        "seq " + anchored.seq() + " " + anchored.chainHash(),
                        atAnchor == null ? "head at seq " + head.seq() : "seq " + anchored.seq() + " " + atAnchor,
                        "the database is older than (or differs from) the anchor kept outside it: truncated or rolled back");
            }
        }
        return new Outcome(head, null);
    }

    private static List<Entry> page(Connection c, String ledger, long after, long upTo) throws SQLException {
        List<Entry> out = new ArrayList<>(PAGE);
        try (PreparedStatement s = c.prepareStatement("SELECT seq, record_id, content_hash, prev_hash, chain_hash "
                + "FROM ledger_entry WHERE ledger = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT " + PAGE)) {
            s.setString(1, ledger);
            s.setLong(2, after);
            s.setLong(3, upTo);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static String foreign(Connection c, Ledger ledger) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ledger.recordIdSql("r") + " FROM " + ledger.table()
                + " r WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.ledger = ? AND e.record_id = "
                + ledger.recordIdSql("r") + ") ORDER BY " + ledger.adoptionOrder() + " LIMIT 1")) {
            s.setString(1, ledger.id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String chainHashAt(Connection c, String ledger, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT chain_hash FROM ledger_entry WHERE ledger = ? AND seq = ?")) {
            s.setString(1, ledger);
            s.setLong(2, seq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Outcome fail(String ledger, long seq, String recordId, LedgerVerification.Kind kind, String expected,
                                String found, String what) {
        return new Outcome(null, LedgerVerification.Failure.of(ledger, seq, recordId, kind, expected, found, what));
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
