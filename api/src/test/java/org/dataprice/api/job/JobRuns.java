package org.dataprice.api.job;

/**
 * Test hook: a {@link JobContext} for a run that no longer owns its job (a run superseded by another instance after its
 * lease ran out, or a run of a job that has already finished), so that a test can run a handler as that losing run
 * would and check that it stores nothing.
 */
public final class JobRuns {
    private JobRuns() {
    }

    /**
     * @param runner the service's runner
     * @param row    the job as stored
     * @param runId  the run id the losing run claimed the job with
     * @return its context: progress works, {@link JobContext#succeed} rolls back unless {@code runId} still owns the
     *         RUNNING job
     */
    public static JobContext run(JobRunner runner, JobRow row, String runId) {
        return new JobContext(runner, row, runId);
    }

    /**
     * @param run a run's context
     * @return its progress as the runner would write it next: {done, total}
     */
    public static long[] progress(JobContext run) {
        return new long[] {run.done(), run.total()};
    }

    /**
     * @param run     a run's context
     * @param started when the run started
     * @param now     the time of the report
     * @return the ETA the runner would write for it now ({@link JobRunner#eta})
     */
    public static java.time.Instant eta(JobContext run, java.time.Instant started, java.time.Instant now) {
        return JobRunner.eta(started, now, run.done(), run.total());
    }
}
