package org.dataprice.api.transaction;

import java.sql.SQLException;

/**
 * Tells whether a failed write transaction lost a race and may simply be run again from the start:
 * the one classification of concurrency failures used by every retry loop of the service (the
 * idempotent request runner and the market commands), so that they agree on what is transient.
 *
 * <p>Retryable are: a {@link WriteConflict} thrown by the application (a versioned UPDATE touched no
 * row); SQLSTATE {@code 23505} (unique violation — an append-only log or a natural key taken by a
 * concurrent transaction), {@code 40001} (serialization failure) and {@code 40P01} (deadlock) on
 * PostgreSQL; H2 error codes 90131 (concurrent update) and 50200 (lock timeout). Everything else
 * (constraint violations other than uniqueness, connection failures, bugs) is not: retrying it would
 * only fail again or hide a fault.
 *
 * <p>A transaction that failed this way must be rolled back as a whole before it is retried: on
 * PostgreSQL a failed statement aborts the transaction, so a retry loop belongs at the outermost
 * transaction, never inside one that joined an outer transaction.
 */
public final class WriteConflicts {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final int H2_LOCK_TIMEOUT = 50200;

    private WriteConflicts() {
    }

    /**
     * @param failure what a write transaction threw; may be null
     * @return whether it (or a cause) is a lost race that a fresh attempt may win
     */
    public static boolean isRetryable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof WriteConflict) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if (UNIQUE_VIOLATION.equals(state) || SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)
                        || code == H2_CONCURRENT_UPDATE || code == H2_LOCK_TIMEOUT) {
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
