package org.dataprice.api.job;

import io.micronaut.core.annotation.Nullable;
import org.dataprice.api.budget.RequestWork;
import org.dataprice.error.CancelledException;
import org.dataprice.progress.Progress;

import java.util.function.Supplier;

/**
 * What a {@link JobHandler} gets for one run: the job's stored input, a {@link Progress} for its core loops (which
 * also stops them when the job is cancelled), {@link #compute} for core calls that take no callback (they stop on the
 * thread's interrupt, delivered only while they compute, never during database I/O), and {@link #succeed}, which
 * stores the result and marks the job SUCCEEDED in one transaction. Thread-safe: the progress may be called from the
 * core's worker threads.
 */
public final class JobContext {
    /** Units of one part of a job in {@link #part(int, int)}: progress in thousandths. */
    static final long PART_UNITS = 1000;

    private final JobRunner runner;
    private final JobRow row;
    private final String runId;
    private final RequestWork work = new RequestWork(0);
    private volatile long done;
    private volatile long total;
    private volatile boolean stopped;
    private volatile boolean shutdown;
    private volatile String result;

    JobContext(JobRunner runner, JobRow row, String runId) {
        this.runner = runner;
        this.row = row;
        this.runId = runId;
    }

    /** @return the job id */
    public String id() {
        return row.id();
    }

    /** @return the subject, the path of the resource the job works on */
    public String subject() {
        return row.subject();
    }

    /** @return the caller who started it */
    public String owner() {
        return row.owner();
    }

    /** @return the stored input (JSON), or null when it was not stored */
    @Nullable
    public String input() {
        return row.inputJson();
    }

    /**
     * @return the callback for a core loop: records (done, total) and throws {@link CancelledException} once the job
     *         was cancelled
     */
    public Progress progress() {
        return this::advance;
    }

    /**
     * A callback for one of several loops run one after the other: loop {@code index} of {@code parts} fills that
     * share of the job's progress, counted in thousandths of the job.
     *
     * @param index the loop, 0-based
     * @param parts the loops in all, &ge; 1
     * @return its callback
     */
    public Progress part(int index, int parts) {
        return (d, t) -> advance(index * PART_UNITS + (t == 0 ? 0 : d * PART_UNITS / t), parts * PART_UNITS);
    }

    private void advance(long d, long t) {
        if (stopped) {
            throw new CancelledException("job " + row.id());
        }
        total = t;
        done = Math.min(d, t);
    }

    /**
     * Runs a core computation that takes no callback so that a cancel interrupts it.
     *
     * @param computation the computation (no database I/O inside)
     * @param <T>         its result
     * @return its result
     * @throws CancelledException when the job was cancelled before or while it ran
     */
    public <T> T compute(Supplier<T> computation) {
        return work.run(computation);
    }

    /**
     * Stores the result and marks the job SUCCEEDED, in one write transaction; when this run no longer owns the job or
     * a cancel was asked for, nothing is stored.
     *
     * @param store writes the result (and its ledger entries) in the open transaction; returns the result's link
     * @return the result's link
     * @throws CancelledException when the job was cancelled or taken over (the transaction rolled back)
     */
    public String succeed(Supplier<String> store) {
        if (stopped) {
            throw new CancelledException("job " + row.id());
        }
        String link = runner.succeed(row.id(), runId, () -> total, store);
        result = link;
        return link;
    }

    /**
     * Marks the job SUCCEEDED for work that committed its result itself and is exactly-once by its own key (an index
     * release, unique per period; a load, unique per Idempotency-Key): a run that is started again finds the stored
     * result instead of writing a second one. A cancel that arrives after the result committed no longer undoes it.
     *
     * @param link the stored result's link
     * @return the link
     */
    public String succeedCommitted(String link) {
        runner.succeedCommitted(row.id(), runId, link, total);
        result = link;
        return link;
    }

    // --- for the runner ---

    String runId() {
        return runId;
    }

    JobRow row() {
        return row;
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }

    String result() {
        return result;
    }

    boolean shutdown() {
        return shutdown;
    }

    /** Stops the work: its next progress call or its compute section throws {@link CancelledException}. */
    void stop(boolean forShutdown) {
        shutdown |= forShutdown;
        stopped = true;
        work.cancel(RequestWork.Reason.JOB_CANCELLED);
    }
}
