package org.dataprice.api.transaction;

/**
 * Thrown inside a write transaction when an optimistic check failed (a versioned UPDATE touched no
 * row because another transaction changed the row first). {@link WriteConflicts#isRetryable} treats
 * it as transient: the whole transaction is rolled back and run again, re-reading the state.
 */
public class WriteConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param detail what conflicted */
    public WriteConflict(String detail) {
        super(detail, null, false, false);
    }
}
