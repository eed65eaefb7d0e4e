package org.dataprice.api.ledger;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends records to their ledger's hash chain, in the transaction that inserted them.
 *
 * <p>Contract of {@link #append}: call it once per record, after the record's rows (root and children) are
 * inserted, inside the same transaction; it joins that transaction (propagation MANDATORY: it never opens,
 * commits or suspends one) and fails when there is none. It refuses at once when the store failed its integrity
 * check (503 {@code ledger-integrity}) and otherwise <em>registers</em> the record; the chaining itself runs when
 * the transaction commits, as its last work before the commit (a {@code beforeCommit} synchronisation), for every
 * record registered in the transaction, ledgers in {@link Ledger} order and records of one ledger in the order they
 * were registered:
 * <ol>
 *   <li>locks the ledger's {@code ledger_head} row (an UPDATE that changes nothing, then a read): appends to one
 *       ledger are serialised across threads and instances until the transaction ends, so the chain
 *       never forks;</li>
 *   <li>reads the record back and hashes it ({@link RecordDigest#contentHash}): the record as it is committed;</li>
 *   <li>inserts entry {@code seq = head + 1} with {@code chain = SHA-256(prev ‖ content ‖ seq ‖ id)} and
 *       moves the head;</li>
 *   <li>after the commit, writes the new heads to the {@link LedgerAnchor}.</li>
 * </ol>
 * A failure while chaining (a record not in its table, a database error) rolls the whole transaction back and
 * is thrown by the commit, so the record is never committed without its entry; if the transaction rolls back
 * for any other reason, nothing is chained. Why at the commit (issue 14): the head lock is held from the chaining
 * to the end of the transaction, and every writer of a ledger waits for it; taken at the commit, it no longer
 * covers the rest of the request's work (rendering and storing documents, serialising and storing the idempotent
 * answer), and taking the heads in one fixed order means two transactions appending to the same two ledgers can
 * never wait for each other in a cycle.
 *
 * <p>Adoption: records inserted before migration V41 have no entries. The first locker of a ledger whose
 * head is not yet {@code adopted} (normally {@link LedgerVerifier} at start-up) chains them, oldest first
 * ({@link Ledger#adoptionOrder()}), and marks the head adopted, once and for all; afterwards a record
 * without an entry is a foreign row. Thread-safe.
 */
@Singleton
public class LedgerChain {
    private static final TransactionDefinition JOIN = TransactionDefinition.of(TransactionDefinition.Propagation.MANDATORY);

    private final TransactionOperations<Connection> tx;
    private final LedgerIntegrity integrity;
    private final LedgerAnchor anchor;

    /**
     * @param tx        the default datasource's transactions
     * @param integrity the integrity state
     * @param anchor    the anchor outside the database
     */
    public LedgerChain(TransactionOperations<Connection> tx, LedgerIntegrity integrity, LedgerAnchor anchor) {
        this.tx = tx;
        this.integrity = integrity;
        this.anchor = anchor;
    }

    /**
     * Registers a record inserted in the current transaction, to be chained when the transaction commits
     * (see the class comment).
     *
     * @param ledger   its ledger
     * @param recordId its id ({@link Ledger})
     * @throws io.micronaut.transaction.exceptions.NoTransactionException when there is no transaction
     * @throws org.dataprice.api.problem.ProblemException 503 when the store failed its integrity check
     */
    public void append(Ledger ledger, String recordId) {
        integrity.requireWritable();
        tx.execute(JOIN, status -> {
            status.registerSynchronization(new Pending(status.getConnection(), ledger, recordId));
            return null;
        });
    }

    /**
     * One registered record: chained just before its transaction commits, the anchor advanced after. The
     * transaction runs its synchronisations in {@link #getOrder()} order, stably (Micronaut's {@code OrderUtil.sort}
     * on registration), so ledgers are locked in {@link Ledger} order and one ledger's records are chained in the
     * order they were registered.
     */
    private final class Pending implements TransactionSynchronization {
        private final Connection connection;
        private final Ledger ledger;
        private final String recordId;
        private LedgerHead head;
        private long ticket;

        Pending(Connection connection, Ledger ledger, String recordId) {
            this.connection = connection;
            this.ledger = ledger;
            this.recordId = recordId;
        }

        @Override
        public int getOrder() {
            return ledger.ordinal();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            try {
                head = appendIn(connection, ledger, recordId);
            } catch (SQLException e) {
                throw new LedgerStoreException(e);
            }
        }

        @Override
        public void afterCommit() {
            if (head != null) {
                ticket = anchor.record(ledger, head);
            }
        }

        /**
         * Runs after every synchronisation's {@link #afterCommit} of the transaction: the first record's flush writes
         * the anchor file with every head the transaction recorded, the others find them written (one rewrite per
         * commit, not one per record).
         */
        @Override
        public void afterCompletion(Status status) {
            if (status == Status.COMMITTED && head != null) {
                anchor.flush(ticket);
            }
        }
    }

    /**
     * Locks a ledger's head in the caller's transaction until it ends, before the caller reads what it will append to:
     * writers of a ledger that is one chain in the domain too (the authorisation ledger, each record linking to the
     * previous one) then wait for each other instead of computing on the same head and failing on a unique key.
     * The chaining at the commit later in the same transaction takes the lock it already holds. This is the one
     * exception to taking heads only at the commit (class comment): the lock is then held for the whole request, so use
     * it only where the domain itself is one chain, and lock one ledger this way per transaction, appending to no
     * ledger that comes before it in {@link Ledger} order (else the fixed order that rules out deadlocks is broken).
     *
     * @param ledger the ledger
     * @throws io.micronaut.transaction.exceptions.NoTransactionException when there is no transaction
     */
    public void lockHead(Ledger ledger) {
        tx.execute(JOIN, status -> {
            try {
                return lock(status.getConnection(), ledger);
            } catch (SQLException e) {
                throw new LedgerStoreException(e);
            }
        });
    }

    /**
     * Chains the records older than the chain, if this ledger was not adopted yet (one transaction).
     *
     * @param ledger the ledger
     * @return its head
     */
    public LedgerHead adopt(Ledger ledger) {
        return tx.executeWrite(status -> {
            try {
                Connection c = status.getConnection();
                Locked head = lock(c, ledger);
                LedgerHead out = head.adopted ? head.head : adoptLocked(c, ledger, head.head);
                status.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        anchor.advance(ledger, out);
                    }
                });
                return out;
            } catch (SQLException e) {
                throw new LedgerStoreException(e);
            }
        });
    }

    private LedgerHead appendIn(Connection c, Ledger ledger, String recordId) throws SQLException {
        Locked locked = lock(c, ledger);
        LedgerHead head = locked.head;
        if (!locked.adopted) {
            head = adoptLocked(c, ledger, head);
        }
        // Adoption chains every row already in the table, and it may have run earlier in this very transaction (for
        // another record of the same ledger registered before this one): a record it chained is not chained twice.
        if (hasEntry(c, ledger, recordId)) {
            return head;
        }
        head = chain(c, ledger, head, recordId);
        moveHead(c, ledger, head, true);
        return head;
    }

    private record Locked(LedgerHead head, boolean adopted) {
    }

    /**
     * Locks the head row until the transaction ends with an UPDATE that changes nothing, then reads it: the same lock
     * and the same committed head as {@code SELECT ... FOR UPDATE} (a writer waits for the holder, and the read after
     * the wait, a new statement under READ COMMITTED, sees what the holder committed), but H2 keeps both statements
     * parsed per connection (QUERY_CACHE_SIZE) while it parses a {@code FOR UPDATE} query again on every call: about
     * 60 µs less per append (issue 14).
     */
    private static Locked lock(Connection c, Ledger ledger) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE ledger_head SET seq = seq WHERE ledger = ?")) {
            s.setString(1, ledger.id());
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no ledger_head row for ledger " + ledger.id()
                        + " (migration V41 not applied?)");
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT seq, chain_hash, adopted FROM ledger_head WHERE ledger = ?")) {
            s.setString(1, ledger.id());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no ledger_head row for ledger " + ledger.id()
                            + " (migration V41 not applied?)");
                }
                return new Locked(new LedgerHead(rs.getLong(1), rs.getString(2)), rs.getBoolean(3));
            }
        }
    }

    private static LedgerHead adoptLocked(Connection c, Ledger ledger, LedgerHead head) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ledger.recordIdSql("r") + " FROM " + ledger.table()
                + " r WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.ledger = ? AND e.record_id = "
                + ledger.recordIdSql("r") + ") ORDER BY " + ledger.adoptionOrder())) {
            s.setString(1, ledger.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        for (String id : ids) {
            head = chain(c, ledger, head, id);
        }
        moveHead(c, ledger, head, true);
        return head;
    }

    private static LedgerHead chain(Connection c, Ledger ledger, LedgerHead head, String recordId) throws SQLException {
        String content = RecordDigest.contentHash(c, ledger, recordId).orElseThrow(() -> new IllegalStateException(
                "record " + recordId + " is not in " + ledger.table() + ": append it after its insert, in the same transaction"));
        long seq = head.seq() + 1;
        String chain = RecordDigest.chainHash(head.chainHash(), content, seq, recordId);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_entry (ledger, seq, record_id, content_hash, "
                + "prev_hash, chain_hash) VALUES (?,?,?,?,?,?)")) {
            s.setString(1, ledger.id());
            s.setLong(2, seq);
            s.setString(3, recordId);
            s.setString(4, content);
            s.setString(5, head.chainHash());
            s.setString(6, chain);
            s.executeUpdate();
        }
        return new LedgerHead(seq, chain);
    }

    private static void moveHead(Connection c, Ledger ledger, LedgerHead head, boolean adopted) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE ledger_head SET seq = ?, chain_hash = ?, adopted = ? WHERE ledger = ?")) {
            s.setLong(1, head.seq());
            s.setString(2, head.chainHash());
            s.setBoolean(3, adopted);
            s.setString(4, ledger.id());
            s.executeUpdate();
        }
    }

    private static boolean hasEntry(Connection c, Ledger ledger, String recordId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM ledger_entry WHERE ledger = ? AND record_id = ?")) {
            s.setString(1, ledger.id());
            s.setString(2, recordId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A database error while chaining, unchecked (the transaction rolls back). */
    public static final class LedgerStoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LedgerStoreException(SQLException cause) {
            super(cause);
        }
    }
}
