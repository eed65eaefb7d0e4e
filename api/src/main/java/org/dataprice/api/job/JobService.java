package org.dataprice.api.job;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.dataprice.api.document.IssuedDocuments;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.page.PageRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts, reads and cancels jobs (the {@code job} table, V50); {@link JobRunner} runs them.
 *
 * <ul>
 * <li>{@link #submit}: stores a QUEUED job in the caller's transaction (an {@code @Idempotent} request's, so the
 * {@code 202} answer and the job commit together) and has it tried once that commits. The same caller and
 * {@code Idempotency-Key} get the same job back, also after the idempotency record expired (unique key
 * {@code (owner, idempotency_key)}); the same key with another request is 422. A caller with
 * {@code max-active-per-caller} queued or running jobs, or a service with {@code max-queued} queued, is answered 429
 * with {@code Retry-After}.</li>
 * <li>{@link #find}: only the owner, or an ADMIN, sees a job; anyone else gets the 404 of an unknown id, so ids cannot
 * be probed.</li>
 * <li>{@link #cancel}: a queued job is CANCELLED at once; a running one is asked to stop (the answer says whether it
 * already has); a cancelled one answers as it is (DELETE is idempotent); a SUCCEEDED or FAILED one is 409
 * {@code job-finished}, because there is no work left to stop and its outcome stands.</li>
 * </ul>
 */
@Singleton
public class JobService {
    /** The largest page of {@link #list}. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The default page size of {@link #list}. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** How long a DELETE waits for a running job to stop before it answers 202. */
    static final long CANCEL_WAIT_MILLIS = 2_000;

    private final JobRepository repository;
    private final JobRunner runner;
    private final JobConfiguration configuration;
    private final Transactions transactions;
    private final Clock clock;

    /**
     * @param repository    the job table
     * @param runner        the workers
     * @param configuration the bounds
     * @param transactions  the service's transactions
     * @param clock         the service clock
     */
    public JobService(JobRepository repository, JobRunner runner, JobConfiguration configuration, Transactions transactions,
                      Clock clock) {
        this.repository = repository;
        this.runner = runner;
        this.configuration = configuration;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What to start.
     *
     * @param kind           a {@link JobHandler#kind()}
     * @param subject        the path of the resource the job works on
     * @param owner          the caller's principal name
     * @param role           the role the starting endpoint required
     * @param idempotencyKey the caller's Idempotency-Key, or null
     * @param input          the input to store (JSON), or null when it is not stored
     * @param payload        what identifies the request for the idempotency check (the input, or the upload's digest)
     * @param local          whether only this instance can run it (its input is a file spooled here)
     */
    public record Submission(String kind, String subject, String owner, String role, @Nullable String idempotencyKey,
                             @Nullable String input, byte[] payload, boolean local) {
        /**
         * A job any instance may run.
         *
         * @param kind           a {@link JobHandler#kind()}
         * @param subject        the path of the resource the job works on
         * @param owner          the caller's principal name
         * @param role           the role the starting endpoint required
         * @param idempotencyKey the caller's Idempotency-Key, or null
         * @param input          the input to store (JSON); its bytes identify the request
         */
        public Submission(String kind, String subject, String owner, String role, @Nullable String idempotencyKey, String input) {
            this(kind, subject, owner, role, idempotencyKey, input, input.getBytes(StandardCharsets.UTF_8), false);
        }
    }

    /**
     * @param s the job to start
     * @return the stored job (QUEUED), or the caller's job of the same key
     * @throws ProblemException 429 {@code too-many-jobs}, 422 {@code idempotency-key-reused}
     */
    public JobResponse submit(Submission s) {
        if (!runner.knows(s.kind())) {
            throw new IllegalStateException("no job handler of kind " + s.kind());
        }
        String hash = fingerprint(s);
        return transactions.write(() -> {
            if (s.idempotencyKey() != null) {
                Optional<JobRow> same = repository.findByOwnerAndIdempotencyKey(s.owner(), s.idempotencyKey());
                if (same.isPresent()) {
                    if (!same.get().requestHash().equals(hash)) {
                        throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + s.idempotencyKey()
                                + "' already started job " + same.get().id() + " with a different request; use a new key");
                    }
                    return view(same.get());
                }
            }
            if (repository.countActive(s.owner()) >= configuration.getMaxActivePerCaller()) {
                throw new ProblemException(ProblemType.TOO_MANY_JOBS, "You have " + configuration.getMaxActivePerCaller()
                        + " jobs queued or running (the most per caller); retry when one has finished (GET /v1/jobs)",
                        configuration.getRetryAfterSeconds());
            }
            if (repository.countQueued() >= configuration.getMaxQueued()) {
                throw new ProblemException(ProblemType.TOO_MANY_JOBS, "The service has " + configuration.getMaxQueued()
                        + " jobs queued (its limit); retry later", configuration.getRetryAfterSeconds());
            }
            JobRow row = new JobRow(RecordIds.nextId(clock), s.kind(), s.subject(), s.owner(), s.role(),
                    s.idempotencyKey(), hash, s.input(), JobState.QUEUED.name(), false, 0, 0, ServiceClock.now(clock),
                    null, null, null, null, null, null, null, null, s.local() ? runner.instance() : null, 0);
            repository.save(row);
            transactions.afterCommit(runner::dispatch);
            return view(row);
        });
    }

    private static String fingerprint(Submission s) {
        byte[] head = (s.kind() + '\n' + s.subject() + '\n').getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + s.payload().length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(s.payload(), 0, all, head.length, s.payload().length);
        return IssuedDocuments.sha256(all);
    }

    /**
     * @param id     a job id
     * @param caller the caller's principal name
     * @param admin  whether the caller is ADMIN
     * @return the job
     * @throws ProblemException 404 when there is no such job or the caller may not see it
     */
    public JobResponse find(String id, String caller, boolean admin) {
        return view(visible(id, caller, admin));
    }

    private JobRow visible(String id, String caller, boolean admin) {
        return transactions.read(() -> repository.findById(id)).filter(j -> admin || j.owner().equals(caller))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No job " + id));
    }

    /**
     * @param owner          a caller
     * @param idempotencyKey its key
     * @return the job it started with that key, if any
     */
    public Optional<JobResponse> byKey(String owner, String idempotencyKey) {
        return transactions.read(() -> repository.findByOwnerAndIdempotencyKey(owner, idempotencyKey)).map(this::view);
    }

    /**
     * The body of an idempotent replay of a {@code 202 Accepted} whose record keeps only the Location
     * ({@code @Idempotent(replayFromLocation = true)}): the job as it is now. The idempotency record is the caller's own,
     * so no owner check is made here.
     *
     * @param href a job's path, {@code /v1/jobs/{id}}
     * @return the job, if it exists
     */
    public Optional<JobResponse> atHref(String href) {
        String id = href.substring(href.lastIndexOf('/') + 1);
        return transactions.read(() -> repository.findById(id)).map(this::view);
    }

    /**
     * @param kind    a kind
     * @param subject a subject
     * @return the queued or running job of that kind on that subject started last, if any (for pages that show
     *         "computing…" while it runs)
     */
    public Optional<JobResponse> active(String kind, String subject) {
        return transactions.read(() -> repository.active(kind, subject)).map(this::view);
    }

    /**
     * @param caller the caller's principal name
     * @param page   the page number, from 0
     * @param size   the page size, 1 to {@value #MAX_PAGE_SIZE}
     * @return the caller's jobs, newest first
     */
    public JobList list(String caller, int page, int size) {
        PageRequest p = PageRequest.of(page, size, MAX_PAGE_SIZE);
        return transactions.read(() -> {
            List<JobResponse> items = new ArrayList<>();
            for (JobRow row : repository.page(caller, p.size(), p.offset())) {
                items.add(view(row));
            }
            return new JobList(List.copyOf(items), p.page(), p.size(), repository.countByOwner(caller));
        });
    }

    /** The outcome of a cancel: the job as it is now, and whether it has stopped. */
    public record Cancelled(JobResponse job, boolean stopped) {
    }

    /**
     * @param id     a job id
     * @param caller the caller's principal name
     * @param admin  whether the caller is ADMIN
     * @return the job after the cancel, and whether it has stopped (false: still RUNNING, stopping)
     * @throws ProblemException 404 as {@link #find}; 409 {@code job-finished} when it SUCCEEDED or FAILED
     */
    public Cancelled cancel(String id, String caller, boolean admin) {
        visible(id, caller, admin);
        Instant now = ServiceClock.now(clock);
        if (transactions.write(() -> repository.cancelQueued(id, now)) == 1) {
            JobRow cancelled = visible(id, caller, admin);
            runner.discard(cancelled);
            return new Cancelled(view(cancelled), true);
        }
        if (transactions.write(() -> repository.requestCancel(id)) == 1) {
            runner.stopLocal(id);
            long deadline = System.nanoTime() + CANCEL_WAIT_MILLIS * 1_000_000;
            JobRow row = visible(id, caller, admin);
            while (!row.jobState().finished() && System.nanoTime() < deadline) {
                sleep();
                row = visible(id, caller, admin);
            }
        }
        JobRow row = visible(id, caller, admin);
        JobState state = row.jobState();
        if (state == JobState.SUCCEEDED || state == JobState.FAILED) {
            throw new ProblemException(ProblemType.JOB_FINISHED, "Job " + id + " has already " + state.name().toLowerCase(Locale.ROOT)
                    + "; there is no work left to cancel" + (row.resultLink() == null ? "" : " (its result: " + row.resultLink() + ")"));
        }
        return new Cancelled(view(row), state.finished());
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @param id a job id
     * @return its path
     */
    public static String href(String id) {
        return "/v1/jobs/" + id;
    }

    /**
     * A running job's ETA as stored by its last progress report, but never before now: the report is up to a
     * {@code progress-interval} old, and a job of few items (a last item slower than the ones before it, or a result
     * being stored) can pass its estimate while it still runs; it is then due now, not in the past.
     */
    private Instant eta(Instant stored) {
        if (stored == null) {
            return null;
        }
        Instant now = ServiceClock.now(clock);
        return stored.isBefore(now) ? now : stored;
    }

    private JobResponse view(JobRow row) {
        JobState state = row.jobState();
        BigDecimal fraction = state == JobState.SUCCEEDED ? BigDecimal.ONE.setScale(4)
                : row.total() == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(row.done()).divide(BigDecimal.valueOf(row.total()), 4, RoundingMode.DOWN);
        long done = state == JobState.SUCCEEDED ? row.total() : row.done();
        return new JobResponse(row.id(), href(row.id()), row.kind(), row.subject(), row.state(),
                new JobResponse.Progress(done, row.total(), fraction), row.cancelRequested() && !state.finished(),
                row.createdAt(), row.startedAt(), row.finishedAt(), state == JobState.RUNNING ? eta(row.eta()) : null,
                row.resultLink(), row.failureReason() == null ? null : new JobResponse.Failure(row.failureType(), row.failureReason()));
    }
}
