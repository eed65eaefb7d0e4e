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
     * Drops what the job kept outside the {@code job} table (a spooled upload) once it will never run: cancelled while
     * queued, or failed by a restart. Does nothing by default.
     *
     * @param input the job's stored input, may be null
     */
    default void discard(String input) {
    }
}
