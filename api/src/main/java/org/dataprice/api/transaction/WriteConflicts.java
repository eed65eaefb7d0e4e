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
    /** SQLSTATE of a unique-constraint violation, the same on PostgreSQL and H2. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** Causes followed before giving up (a guard against cyclic cause chains). */
    private static final int MAX_DEPTH = 32;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_DUPLICATE_KEY = 23505;

    private WriteConflicts() {
    }

    /**
     * @param failure what a write transaction threw; may be null
     * @return whether it (or a cause) is a lost race that a fresh attempt may win
     */
    public static boolean isRetryable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof WriteConflict) {
                return true;
            }
        }
        return isUniqueViolation(failure) || hasSqlState(failure, SERIALIZATION_FAILURE, H2_CONCURRENT_UPDATE)
                || hasSqlState(failure, DEADLOCK, H2_LOCK_TIMEOUT);
    }

    /**
     * @param failure what was thrown; may be null
     * @return whether it (or a cause) is a unique-constraint violation (SQLSTATE 23505, the same on PostgreSQL and H2)
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, UNIQUE_VIOLATION, H2_DUPLICATE_KEY);
    }

    /**
     * The one walk of a cause chain for a database error.
     *
     * @param failure    what was thrown; may be null
     * @param sqlState   a SQLSTATE to match
     * @param vendorCode a vendor error code to match as well (e.g. an H2 code); -1 for none
     * @return whether the failure or one of its first causes is an {@link SQLException} with that
     *         state or vendor code
     */
    public static boolean hasSqlState(Throwable failure, String sqlState, int vendorCode) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql
                    && (sqlState.equals(sql.getSQLState()) || (vendorCode != -1 && sql.getErrorCode() == vendorCode))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
