package org.dataprice.api.pricing;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a market command as one write transaction that commits before the caller answers, retrying
 * it on an optimistic-lock conflict: the command re-reads the state and is re-applied (so a second
 * offer for the same turn then meets the turn rule). After {@value #ATTEMPTS} conflicting attempts
 * the answer is {@code 409 conflict}.
 *
 * <p>A conflict is a {@link VersionConflict} thrown by the command (its versioned UPDATE touched no
 * row), or a database error that means the same: a unique violation on the append-only log
 * (SQLSTATE 23505), a serialization failure (40001) or an H2 concurrent-update/lock timeout.
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
    public static final class VersionConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param detail what conflicted */
        public VersionConflict(String detail) {
            super(detail, null, false, false);
        }
    }

    /**
     * @param command the command, run in a write transaction; may throw {@link VersionConflict}
     * @param <T>     its result
     * @return the result, after the transaction committed
     */
    public <T> T write(Supplier<T> command) {
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VersionConflict) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if ("23505".equals(state) || "40001".equals(state) || "40P01".equals(state)
                        || code == 90131 || code == 50200 || code == 23505) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
