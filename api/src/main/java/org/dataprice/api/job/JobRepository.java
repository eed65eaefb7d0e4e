package org.dataprice.api.job;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code job} table (V50). Every state change is a conditional UPDATE that names the state (and, for a run, its
 * {@code run_id}) it expects, so two instances, or a run and a cancel, never both win: the caller reads the count.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface JobRepository extends GenericRepository<JobRow, String> {

    /**
     * @param row the job to insert
     * @return the row inserted
     */
    JobRow save(JobRow row);

    /**
     * @param id the job id
     * @return the job
     */
    Optional<JobRow> findById(String id);

    /**
     * @param owner          the caller
     * @param idempotencyKey its key
     * @return the job it started with that key, if any
     */
    Optional<JobRow> findByOwnerAndIdempotencyKey(String owner, String idempotencyKey);

    /**
     * @param owner the caller
     * @return its queued and running jobs
     */
    @Query("SELECT COUNT(*) FROM job WHERE owner = :owner AND state IN ('QUEUED', 'RUNNING')")
    long countActive(String owner);

    /** @return the queued jobs of every caller */
    @Query("SELECT COUNT(*) FROM job WHERE state = 'QUEUED'")
    long countQueued();

    /**
     * @param owner  the caller
     * @param limit  rows
     * @param offset rows skipped
     * @return its jobs, newest first
     */
    @Query("SELECT * FROM job WHERE owner = :owner ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
    List<JobRow> page(String owner, int limit, int offset);

    /**
     * @param owner the caller
     * @return how many jobs it has
     */
    long countByOwner(String owner);

    /**
     * @param instance this instance (a job bound to another instance, e.g. a load spooled there, is left to it)
     * @param limit    rows
     * @return the oldest queued jobs' ids
     */
    @Query("SELECT id FROM job WHERE state = 'QUEUED' AND (instance IS NULL OR instance = :instance) "
            + "ORDER BY created_at, id LIMIT :limit")
    List<String> queued(String instance, int limit);

    /**
     * @param kind    a kind
     * @param subject a subject
     * @return the queued or running job of that kind on that subject started last, if any
     */
    @Query("SELECT * FROM job WHERE kind = :kind AND subject = :subject AND state IN ('QUEUED', 'RUNNING') "
            + "ORDER BY created_at DESC LIMIT 1")
    Optional<JobRow> active(String kind, String subject);

    /**
     * @param instance an instance
     * @return the jobs it was running
     */
    @Query("SELECT * FROM job WHERE state = 'RUNNING' AND instance = :instance")
    List<JobRow> runningOn(String instance);

    /**
     * @param before a heartbeat instant
     * @return running jobs whose worker has not reported since
     */
    @Query("SELECT * FROM job WHERE state = 'RUNNING' AND heartbeat_at < :before")
    List<JobRow> stale(Instant before);

    /**
     * Claims a queued job for a run.
     *
     * @return 1 when claimed, 0 when another worker or a cancel came first
     */
    @Query("UPDATE job SET state = 'RUNNING', run_id = :runId, instance = :instance, started_at = COALESCE(started_at, :now), "
            + "heartbeat_at = :now, done = 0, total = 0, eta = NULL, attempts = attempts + 1 WHERE id = :id AND state = 'QUEUED'")
    int claim(String id, String runId, String instance, Instant now);

    /**
     * Writes a run's progress and heartbeat.
     *
     * @return 1 while the run still owns the job
     */
    @Query("UPDATE job SET done = :done, total = :total, eta = :eta, heartbeat_at = :now "
            + "WHERE id = :id AND run_id = :runId AND state = 'RUNNING'")
    int progress(String id, String runId, long done, long total, @Nullable Instant eta, Instant now);

    /**
     * @param id the job
     * @return whether a cancel was asked for
     */
    @Query("SELECT cancel_requested FROM job WHERE id = :id")
    boolean cancelRequested(String id);

    /**
     * Marks a run's job SUCCEEDED, in the transaction that stores its result, with its last progress total (all done).
     *
     * @return 1 when the run still owned the job and no cancel was asked for; else 0 (the caller rolls back)
     */
    @Query("UPDATE job SET state = 'SUCCEEDED', result_link = :link, done = :total, total = :total, eta = NULL, "
            + "finished_at = :now WHERE id = :id AND run_id = :runId AND state = 'RUNNING' AND cancel_requested = FALSE")
    int succeed(String id, String runId, String link, long total, Instant now);

    /**
     * Marks a run's job SUCCEEDED after its work committed its result itself (a cancel asked for meanwhile came too
     * late: the result stands).
     *
     * @return 1 when the run still owned the job
     */
    @Query("UPDATE job SET state = 'SUCCEEDED', result_link = :link, done = :total, total = :total, eta = NULL, "
            + "finished_at = :now WHERE id = :id AND run_id = :runId AND state = 'RUNNING'")
    int succeedCommitted(String id, String runId, String link, long total, Instant now);

    /**
     * Marks a run's job FAILED.
     *
     * @return 1 when the run still owned the job
     */
    @Query("UPDATE job SET state = 'FAILED', failure_type = :type, failure_reason = :reason, eta = NULL, finished_at = :now "
            + "WHERE id = :id AND run_id = :runId AND state = 'RUNNING'")
    int fail(String id, String runId, String type, String reason, Instant now);

    /**
     * Marks a run's job CANCELLED once its work stopped.
     *
     * @return 1 when the run still owned the job
     */
    @Query("UPDATE job SET state = 'CANCELLED', eta = NULL, finished_at = :now WHERE id = :id AND run_id = :runId AND state = 'RUNNING'")
    int cancelled(String id, String runId, Instant now);

    /**
     * Cancels a job no worker has claimed.
     *
     * @return 1 when it was queued
     */
    @Query("UPDATE job SET state = 'CANCELLED', cancel_requested = TRUE, finished_at = :now WHERE id = :id AND state = 'QUEUED'")
    int cancelQueued(String id, Instant now);

    /**
     * Asks a running job to stop; its worker sees it within a progress interval.
     *
     * @return 1 when it was running
     */
    @Query("UPDATE job SET cancel_requested = TRUE WHERE id = :id AND state = 'RUNNING'")
    int requestCancel(String id);

    /**
     * Puts back a run left by a stopped instance, to run again.
     *
     * @return 1 when that run still owned it
     */
    @Query("UPDATE job SET state = 'QUEUED', run_id = NULL, instance = NULL, done = 0, total = 0, eta = NULL "
            + "WHERE id = :id AND run_id = :runId AND state = 'RUNNING'")
    int requeue(String id, String runId);
}
