package org.dataprice.api.pricing;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.transaction.WriteConflict;
import org.dataprice.api.transaction.WriteConflicts;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Runs a market command as one write transaction that commits before the caller answers, retrying
 * it on a lost race ({@link WriteConflicts#isRetryable}): the command re-reads the state and is
 * re-applied (so a second offer for the same turn then meets the turn rule). After {@value #ATTEMPTS}
 * conflicting attempts the answer is {@code 409 conflict}.
 *
 * <p>When the command runs inside a transaction that is already open (an {@code @Idempotent}
 * request, whose outcome commits in the same transaction), it joins it and does not retry by itself:
 * a failed statement aborts a PostgreSQL transaction, so the conflict propagates and the outermost
 * owner of the transaction rolls back and retries the whole request.
 */
@Singleton
public class MarketTransactions {
    /** Attempts before answering 409. */
    static final int ATTEMPTS = 5;

    private final TransactionOperations<Connection> tx;

    /**
     * @param tx the transaction manager of the default datasource
     */
    public MarketTransactions(TransactionOperations<Connection> tx) {
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
                if (!isConflict(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ProblemException(ProblemType.CONFLICT, "The resource was changed concurrently "
                            + ATTEMPTS + " times while this request was applied; read it again and retry");
                }
                Thread.onSpinWait();
            }
        }
    }

    /**
     * @param command a read-only command
     * @param <T>     its result
     * @return the result
     */
    public <T> T read(Supplier<T> command) {
        return tx.executeRead(status -> command.get());
    }

    static boolean isConflict(Throwable e) {
        return WriteConflicts.isRetryable(e);
    }
}
