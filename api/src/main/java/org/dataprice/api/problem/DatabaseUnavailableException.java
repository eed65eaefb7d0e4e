package org.dataprice.api.problem;

import io.micronaut.core.annotation.Nullable;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached (refused, timed out, or no pooled connection within the pool's
 * connection timeout). Answered {@code 503} {@link ProblemType#UNAVAILABLE} with
 * {@code Retry-After: }{@value #RETRY_AFTER_SECONDS} by {@link DatabaseUnavailableHandler}, which also
 * recognises the same failure wrapped in any other exception ({@link #isConnectionFailure}).
 */
public final class DatabaseUnavailableException extends RuntimeException {
    /** The {@code Retry-After} of the 503 answer, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final long serialVersionUID = 1L;
    private static final int MAX_DEPTH = 32;
    private static final String HIKARI_CLOSED = "Connection is closed";

    /**
     * @param detail what could not be done, safe to show to the client
     * @param cause  the connection failure
     */
    public DatabaseUnavailableException(String detail, @Nullable Throwable cause) {
        super(detail, cause);
    }

    /**
     * Whether a failure is the database being unreachable, looking through the cause chain for:
     * this exception; {@link SQLTransientConnectionException} (HikariCP: no connection within
     * {@code connection-timeout}); {@link SQLNonTransientConnectionException}; an {@link SQLException}
     * of SQLSTATE class {@code 08} (connection exception, ISO/IEC 9075); {@link ConnectException};
     * Micronaut Data's {@code CannotGetJdbcConnectionException} (either package); HikariCP's
     * {@code "Connection is closed"} of a connection it evicted as broken. Suppressed exceptions are
     * searched too.
     *
     * @param failure an exception; may be null
     * @return whether it is (caused by) an unreachable database
     */
    public static boolean isConnectionFailure(@Nullable Throwable failure) {
        return find(failure, 0);
    }

    private static boolean find(@Nullable Throwable failure, int depth) {
        Throwable t = failure;
        for (int d = depth; t != null && d < MAX_DEPTH; d++, t = t.getCause()) {
            if (isConnectionFailureItself(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (find(suppressed, d + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isConnectionFailureItself(Throwable t) {
        if (t instanceof DatabaseUnavailableException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException
                || t instanceof io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException
                || t instanceof io.micronaut.transaction.jdbc.exceptions.CannotGetJdbcConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            // HikariCP closes a connection that failed with SQLSTATE 08 and answers any later use with this
            // (no SQLSTATE); Micronaut Data may report it instead of the original failure
            return state != null ? state.startsWith("08") : HIKARI_CLOSED.equals(sql.getMessage());
        }
        return false;
    }
}
