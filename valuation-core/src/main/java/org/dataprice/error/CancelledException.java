package org.dataprice.error;

/**
 * A computation stopped because its thread was interrupted: the caller's time budget ran out or its
 * client went away. Not a {@link DatapriceException}: nothing is wrong with the input, and the same
 * request may succeed with a larger budget.
 *
 * <p>Long-running core loops (Monte Carlo paths, fits, exact Shapley, settlement) call
 * {@link #throwIfInterrupted()} in an outer loop, about every {@link #CHECK_INTERVAL} units of work, so
 * the check costs nothing measurable and an interrupted computation stops within milliseconds. The
 * interrupt flag is left set, so a caller further up sees it too.
 */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The suggested number of inner units of work between two checks (a power of two). */
    public static final int CHECK_INTERVAL = 4096;

    /**
     * @param where what was stopped, e.g. {@code "nearestArbitrageFree"}; not null
     */
    public CancelledException(String where) {
        super(where + " was cancelled (thread interrupted)", null, false, false);
    }

    /**
     * Throws when the current thread has been interrupted; otherwise does nothing.
     *
     * @throws CancelledException when {@link Thread#isInterrupted()} is true
     */
    public static void throwIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException("computation");
        }
    }
}
