package org.dataprice.api.budget;

import org.dataprice.error.CancelledException;

import java.util.function.Supplier;

/**
 * The work of one request and why it must stop, if it must. Created by {@link RequestBudgetFilter} when
 * the request arrives; cancelled when its budget runs out or its connection closes.
 *
 * <p>Interrupts are delivered only while the worker thread is inside {@link #run}, i.e. while it computes,
 * never while it talks to the database (an interrupt during file or socket I/O could close a database
 * file channel or poison a pooled connection). Cancelling before {@code run} makes {@code run} throw at
 * once; cancelling during it interrupts the worker, whose core loops throw {@link CancelledException};
 * the interrupt flag is cleared when {@code run} returns, so it never leaks into the pooled thread.
 * Thread-safe.
 */
public final class RequestWork {
    /** Why work stops. */
    public enum Reason {
        /** The request's time budget ran out. */
        TIME_BUDGET,
        /** The client closed the connection. */
        CLIENT_GONE,
        /** A background job was cancelled ({@code DELETE /v1/jobs/{id}}) or the service is shutting down. */
        JOB_CANCELLED
    }

    private final long budgetMillis;
    private Thread armed;
    private Reason reason;

    /**
     * @param budgetMillis the budget, for messages
     */
    public RequestWork(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    /** @return the budget in milliseconds */
    public long budgetMillis() {
        return budgetMillis;
    }

    /** @return why the work was stopped, or null while it may go on */
    public synchronized Reason reason() {
        return reason;
    }

    /**
     * Stops the work: the first reason wins; a worker inside {@link #run} is interrupted.
     *
     * @param why the reason; not null
     * @return whether this call cancelled it (false when it was already cancelled)
     */
    public synchronized boolean cancel(Reason why) {
        if (reason != null) {
            return false;
        }
        reason = why;
        if (armed != null) {
            armed.interrupt();
        }
        return true;
    }

    /**
     * Runs a computation on the current thread, interruptible by {@link #cancel}.
     *
     * @param work the computation; not null
     * @param <T>  its result
     * @return its result
     * @throws CancelledException when the work was cancelled before, during or right after it ran
     */
    public <T> T run(Supplier<T> work) {
        synchronized (this) {
            if (reason != null) {
                throw new CancelledException("request");
            }
            armed = Thread.currentThread();
        }
        boolean cancelled;
        try {
            T result = work.get();
            synchronized (this) {
                cancelled = reason != null;
            }
            if (cancelled) {
                throw new CancelledException("request");
            }
            return result;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                cancelled = reason != null;
            }
            // an interrupt can surface as another exception (e.g. from a JDK wait); report the cancellation
            if (cancelled && !(e instanceof CancelledException)) {
                CancelledException c = new CancelledException("request");
                c.addSuppressed(e);
                throw c;
            }
            throw e;
        } finally {
            synchronized (this) {
                armed = null;
                Thread.interrupted(); // clear: the pooled thread serves the next request
            }
        }
    }
}
