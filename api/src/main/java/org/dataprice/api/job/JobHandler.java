package org.dataprice.api.job;

/**
 * One kind of background work, implemented by the area that owns it (a bean; {@link JobRunner} finds it by
 * {@link #kind()}). The work loads what it needs, calls its core with {@link JobContext#progress()} (or inside
 * {@link JobContext#compute}), and stores its result through {@link JobContext#succeed}, which marks the job SUCCEEDED in
 * the same transaction — so a result is stored once, and a cancelled or superseded run stores nothing.
 */
public interface JobHandler {
    /** @return the kind's stable name, e.g. {@code valuation.monte-carlo} */
    String kind();

    /**
     * @return whether a run interrupted by a restart may simply run again from the stored input (true when the work
     *         is deterministic and writes only through {@link JobContext#succeed}); else such a job is FAILED with the
     *         reason {@value JobRunner#INTERRUPTED}
     */
    boolean resumable();

    /**
     * Runs the work; must end with {@link JobContext#succeed} or an exception (a domain error fails the job with its
     * rule; a {@link org.dataprice.error.CancelledException} from the context cancels it).
     *
     * @param context the job's input, progress and completion
     */
    void run(JobContext context);

    /**
     * For work that commits its result itself and then marks the job in a second transaction
     * ({@link JobContext#succeedCommitted}): the link of the result a lost run of {@code job} had already committed,
     * or null when none was stored. Restart recovery asks this before it fails a job that is not {@link #resumable()}:
     * a run killed between its commit and the job's SUCCEEDED is then marked SUCCEEDED with this link (the result is
     * stored, exactly once by its own key), never FAILED "interrupted by restart". Runs in a read transaction. Null by
     * default.
     *
     * @param job the RUNNING job whose run was lost
     * @return the stored result's link, or null
     */
    default String storedResult(JobRow job) {
        return null;
    }

    /**
     * Drops what the job kept outside the {@code job} table (a spooled upload) once it will never run: cancelled while
     * queued, or failed by a restart. Does nothing by default.
     *
     * @param input the job's stored input, may be null
     */
    default void discard(String input) {
    }
}
