package org.dataprice.api.job;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code dataprice.jobs.*}: the bounds of background work. {@code threads} workers run jobs (each job on one of
 * them); at most {@code queue} claimed-but-waiting runs wait in memory, the rest stay QUEUED in the table; a caller may
 * have {@code max-active-per-caller} jobs queued or running and the service {@code max-queued} queued in all — beyond
 * either the start is answered 429 with {@code Retry-After: retry-after-seconds}. A worker reports progress and checks
 * for a cancel every {@code progress-interval}; a RUNNING job whose worker has not reported for {@code lease} is taken
 * as left by a stopped instance. {@code instance} names this instance in the table (default {@code host:port}; give
 * each of several instances on one host its own).
 */
@ConfigurationProperties("dataprice.jobs")
public class JobConfiguration {
    private int threads = 2;
    private int queue = 16;
    private int maxActivePerCaller = 4;
    private int maxQueued = 1000;
    private int retryAfterSeconds = 5;
    private Duration progressInterval = Duration.ofSeconds(1);
    private Duration lease = Duration.ofSeconds(60);
    private String instance = "";
    private int asyncDraws = 20_000;
    private int asyncCells = 2_000;
    private long asyncStatements = 100_000;
    private long asyncSamples = 200_000;
    private String spoolDir = "";

    /** @return worker threads, 1 to 64 */
    public int getThreads() {
        return threads;
    }

    /** @param threads worker threads, 1 to 64 */
    public void setThreads(int threads) {
        this.threads = within("threads", threads, 1, 64);
    }

    /** @return runs claimed and waiting for a worker in memory, 0 to 10,000 */
    public int getQueue() {
        return queue;
    }

    /** @param queue runs waiting in memory, 0 to 10,000 */
    public void setQueue(int queue) {
        this.queue = within("queue", queue, 0, 10_000);
    }

    /** @return a caller's queued or running jobs at most, 1 to 1,000 */
    public int getMaxActivePerCaller() {
        return maxActivePerCaller;
    }

    /** @param maxActivePerCaller a caller's active jobs at most, 1 to 1,000 */
    public void setMaxActivePerCaller(int maxActivePerCaller) {
        this.maxActivePerCaller = within("max-active-per-caller", maxActivePerCaller, 1, 1_000);
    }

    /** @return queued jobs of all callers at most, 1 to 1,000,000 */
    public int getMaxQueued() {
        return maxQueued;
    }

    /** @param maxQueued queued jobs at most, 1 to 1,000,000 */
    public void setMaxQueued(int maxQueued) {
        this.maxQueued = within("max-queued", maxQueued, 1, 1_000_000);
    }

    /** @return the {@code Retry-After} of a 429, in seconds */
    public int getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** @param retryAfterSeconds the {@code Retry-After} of a 429, 1 to 3,600 s */
    public void setRetryAfterSeconds(int retryAfterSeconds) {
        this.retryAfterSeconds = within("retry-after-seconds", retryAfterSeconds, 1, 3_600);
    }

    /** @return how often a worker writes progress and reads a cancel */
    public Duration getProgressInterval() {
        return progressInterval;
    }

    /** @param progressInterval how often a worker writes progress, &gt; 0 */
    public void setProgressInterval(Duration progressInterval) {
        this.progressInterval = positive("progress-interval", progressInterval);
    }

    /** @return how long a silent RUNNING job is trusted to its instance */
    public Duration getLease() {
        return lease;
    }

    /** @param lease how long a silent RUNNING job is trusted to its instance, &gt; 0 */
    public void setLease(Duration lease) {
        this.lease = positive("lease", lease);
    }

    /** @return this instance's name in the table; blank for {@code host:port} */
    public String getInstance() {
        return instance;
    }

    /** @param instance this instance's name; blank for {@code host:port} */
    public void setInstance(String instance) {
        this.instance = instance == null ? "" : instance.trim();
    }

    /** @return Monte Carlo draws above which a run is a job even without {@code Prefer: respond-async} */
    public int getAsyncDraws() {
        return asyncDraws;
    }

    /** @param asyncDraws Monte Carlo draws above which a run is a job, &ge; 2 */
    public void setAsyncDraws(int asyncDraws) {
        this.asyncDraws = within("async-draws", asyncDraws, 2, Integer.MAX_VALUE);
    }

    /** @return sensitivity model evaluations above which a run is a job even without {@code Prefer: respond-async} */
    public int getAsyncCells() {
        return asyncCells;
    }

    /** @param asyncCells sensitivity model evaluations above which a run is a job, &ge; 1 */
    public void setAsyncCells(int asyncCells) {
        this.asyncCells = within("async-cells", asyncCells, 1, Integer.MAX_VALUE);
    }

    /**
     * @return statements (parties × periods) above which a settlement is a job even without
     *         {@code Prefer: respond-async}
     */
    public long getAsyncStatements() {
        return asyncStatements;
    }

    /** @param asyncStatements statements above which a settlement is a job, &ge; 1 */
    public void setAsyncStatements(long asyncStatements) {
        this.asyncStatements = within("async-statements", asyncStatements, 1, Long.MAX_VALUE);
    }

    /**
     * @return samples a sampled contribution request (Monte Carlo Shapley, TMC Shapley) may ask for
     *         ({@code sampling.maxSamples}) above which it is a job even without {@code Prefer: respond-async}
     */
    public long getAsyncSamples() {
        return asyncSamples;
    }

    /** @param asyncSamples samples above which a contribution request is a job, &ge; 1 */
    public void setAsyncSamples(long asyncSamples) {
        this.asyncSamples = within("async-samples", asyncSamples, 1, Long.MAX_VALUE);
    }

    /** @return where uploads run as jobs are spooled until their job ran (blank: {@code java.io.tmpdir/dataprice-jobs}) */
    public String getSpoolDir() {
        return spoolDir;
    }

    /** @param spoolDir where uploads are spooled; blank for {@code java.io.tmpdir/dataprice-jobs} */
    public void setSpoolDir(String spoolDir) {
        this.spoolDir = spoolDir == null ? "" : spoolDir.trim();
    }

    /** @return the spool directory, resolved */
    public java.nio.file.Path spool() {
        return spoolDir.isEmpty() ? java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "dataprice-jobs")
                : java.nio.file.Path.of(spoolDir);
    }

    private static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("dataprice.jobs." + name + " must be " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    private static long within(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("dataprice.jobs." + name + " must be " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    private static Duration positive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("dataprice.jobs." + name + " must be > 0, was " + value);
        }
        return value;
    }
}
