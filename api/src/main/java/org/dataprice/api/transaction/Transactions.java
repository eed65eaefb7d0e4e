package org.dataprice.api.transaction;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The service's one transaction pattern (the only class of the business areas that opens transactions):
 *
 * <ul>
 * <li>{@link #write} — a state-changing command as one write transaction that commits before the caller answers.
 * On a lost race ({@link WriteConflicts#isRetryable}: a versioned UPDATE that touched no row,
 * {@link WriteConflict}; a unique-key race; a serialisation failure or deadlock) the whole command is rolled back
 * and run again, re-reading the state; after {@value #ATTEMPTS} conflicting attempts the answer is
 * {@code 409 conflict}. Inside a transaction that is already open (an {@code @Idempotent} request, whose stored
 * answer commits in the same transaction) it joins it and does not retry by itself: a failed statement aborts a
 * PostgreSQL transaction, so the conflict propagates and the outermost owner retries the whole request.</li>
 * <li>{@link #writeOnce} — the same without the retry, for a command that treats a unique-key race itself (issue a
 * document once: the loser reads the winner's).</li>
 * <li>{@link #read} — a read-only transaction (one snapshot for a multi-statement read).</li>
 * <li>{@link #joined} — work that must be part of the caller's open transaction (an insert and its ledger entry),
 * never a transaction of its own: without one it fails.</li>
 * </ul>
 *
 * <p>Repositories (Micronaut Data) and raw JDBC ({@link #onConnection}) both run on the transaction's connection.
 * The infrastructure of the transaction itself — the idempotency claim, the ledger chain and its verifier, the
 * durability and readiness checks — uses {@code TransactionOperations} directly (ArchUnit rule in ArchitectureTest).
 */
@Singleton
public class Transactions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Transactions.class);
    /** Attempts before answering 409. */
    public static final int ATTEMPTS = 5;
    private static final TransactionDefinition MANDATORY = TransactionDefinition.of(TransactionDefinition.Propagation.MANDATORY);

    private final TransactionOperations<Connection> tx;

    /**
     * @param tx the transaction manager of the default datasource
     */
    public Transactions(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** Thrown inside a command when its versioned write found another version. */
    public static final class VersionConflict extends WriteConflict {
        private static final long serialVersionUID = 1L;

        /** @param detail what conflicted */
        public VersionConflict(String detail) {
            super(detail);
        }
    }

    /** Work on the transaction's JDBC connection. @param <T> its result */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        /**
         * @param connection the open transaction's connection (never committed or closed by the work)
         * @return the result
         * @throws SQLException on a database error
         */
        T apply(Connection connection) throws SQLException;
    }

    /** A database error of raw JDBC work, unchecked. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param cause the driver's error */
        public StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * @param command the command, run in a write transaction; may throw {@link VersionConflict}
     * @param <T>     its result
     * @return the result, after the transaction committed (or, inside an open transaction, once the
     *         command ran in it)
     */
    public <T> T write(Supplier<T> command) {
        if (tx.findTransactionStatus().isPresent()) {
            return tx.executeWrite(status -> command.get());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.executeWrite(status -> command.get());
            } catch (RuntimeException e) {
                if (!WriteConflicts.isRetryable(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    LOG.warn("a write conflicted {} times; the last conflict: {}", ATTEMPTS, e.toString(), e);
                    throw new ProblemException(ProblemType.CONFLICT, "The resource was changed concurrently "
                            + ATTEMPTS + " times while this request was applied; read it again and retry");
                }
                backOff(attempt);
            }
        }
    }

    /**
     * Waits a random 1 to 5·2<sup>attempt</sup> ms before the next attempt (randomised exponential back-off), so that
     * two transactions conflicting on the same rows do not meet again at once and use up their attempts within
     * microseconds while the other still holds its locks.
     */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.CONFLICT, "interrupted while retrying a conflicting write");
        }
    }

    /**
     * @param command the command, run in a write transaction (joining an open one), not retried
     * @param <T>     its result
     * @return the result
     */
    public <T> T writeOnce(Supplier<T> command) {
        return tx.executeWrite(status -> command.get());
    }

    /**
     * @param command a read-only command
     * @param <T>     its result
     * @return the result
     */
    public <T> T read(Supplier<T> command) {
        return tx.executeRead(status -> command.get());
    }

    /**
     * @param work work that belongs to the caller's open transaction
     * @param <T>  its result
     * @return the result
     * @throws io.micronaut.transaction.exceptions.NoTransactionException when no transaction is open
     */
    public <T> T joined(Supplier<T> work) {
        return tx.execute(MANDATORY, status -> work.get());
    }

    /**
     * Runs an action once the open transaction has committed — at once when none is open; never when it rolls back.
     * For work that must only start after its row is visible to other connections (a job's worker claims the row the
     * request inserted).
     *
     * @param action the action; runs on the committing thread, must not throw
     */
    public void afterCommit(Runnable action) {
        var status = tx.findTransactionStatus();
        if (status.isEmpty()) {
            action.run();
            return;
        }
        status.get().registerSynchronization(new io.micronaut.transaction.support.TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /**
     * Raw JDBC on the current transaction's connection (joining the open transaction; else in a write transaction
     * of its own, not retried).
     *
     * @param work the work
     * @param <T>  its result
     * @return the result
     * @throws StoreException on a database error
     */
    public <T> T onConnection(ConnectionWork<T> work) {
        return tx.executeWrite(status -> {
            try {
                return work.apply(status.getConnection());
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        });
    }

    /**
     * Raw JDBC reads in a read-only transaction.
     *
     * @param work the work
     * @param <T>  its result
     * @return the result
     * @throws StoreException on a database error
     */
    public <T> T readOnConnection(ConnectionWork<T> work) {
        return tx.executeRead(status -> {
            try {
                return work.apply(status.getConnection());
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        });
    }
}
