package org.dataprice.api.job;

import jakarta.inject.Singleton;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.storage.StorageGuard;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.error.CancelledException;
import org.dataprice.error.DatapriceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the stored jobs: a bounded pool of {@code dataprice.jobs.threads} workers with a bounded queue of
 * {@code dataprice.jobs.queue}, fed from the {@code job} table.
 *
 * <p><b>Exactly once across instances.</b> A job is started by a conditional UPDATE that claims it
 * ({@code QUEUED → RUNNING} with a fresh {@code run_id}); its result is stored in the transaction that marks it
 * SUCCEEDED only while that {@code run_id} still owns it and no cancel was asked for. So whichever instance runs it,
 * and however often a run is started again, the result is stored once.
 *
 * <p><b>Dispatch.</b> A job is tried as soon as the transaction that stored it commits
 * ({@link Transactions#afterCommit}), and every {@code poll-interval} the oldest queued jobs are taken as far as the
 * pool has room; the rest wait in the table (never lost, never rejected).
 *
 * <p><b>Progress and cancel.</b> Every {@code progress-interval} each local run writes its progress, ETA and
 * heartbeat and reads back whether a cancel was asked for (on any instance); a cancel stops the work through its
 * {@link JobContext} (the core loop's progress callback throws, or the compute section is interrupted).
 *
 * <p><b>Full disk.</b> While a file system the service writes to is below its floor ({@link StorageGuard}) no queued
 * job is claimed (it stays QUEUED and runs once space is back), and a running job's result is not stored: the job
 * ends FAILED with the {@code insufficient-storage} problem type and the guard's reason, nothing written (a bulk load's
 * spool refuses to grow past the floor the same way).
 *
 * <p><b>Restart.</b> At start-up the jobs this instance left RUNNING, and on every poll the RUNNING jobs whose worker
 * has been silent longer than {@code lease}, are put back to QUEUED when their kind is resumable and their input is
 * stored; else marked SUCCEEDED when the lost run had already committed its result ({@link JobHandler#storedResult}),
 * else FAILED with the reason {@value #INTERRUPTED}. A graceful stop does the same for its own runs.
 */
@Singleton
public class JobRunner {
    /** The failure reason of a job whose run was lost and cannot run again. */
    public static final String INTERRUPTED = "interrupted by restart";
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobRepository repository;
    private final Transactions transactions;
    private final JobConfiguration configuration;
    private final Clock clock;
    private final StorageGuard storage;
    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final ThreadPoolExecutor pool;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private volatile String instance;
    private volatile boolean stopping;

    /** A local run and when it started, for the ETA. */
    private record Running(JobContext context, Instant started) {
    }

    /**
     * @param repository    the job table
     * @param transactions  the service's transactions
     * @param configuration the bounds
     * @param clock         the service clock
     * @param handlers      every kind of work
     * @param storage       the free-space guard (no job starts, and no result is stored, below a floor)
     */
    public JobRunner(JobRepository repository, Transactions transactions, JobConfiguration configuration, Clock clock,
                     List<JobHandler> handlers, StorageGuard storage) {
        this.repository = repository;
        this.transactions = transactions;
        this.configuration = configuration;
        this.clock = clock;
        this.storage = storage;
        for (JobHandler h : handlers) {
            if (this.handlers.put(h.kind(), h) != null) {
                throw new IllegalStateException("two job handlers of kind " + h.kind());
            }
        }
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(configuration.getThreads(), configuration.getThreads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, configuration.getQueue())), r -> {
                    Thread t = new Thread(r, "dataprice-job-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** @return this instance's name in the {@code job} table, once the server started */
    public String instance() {
        return instance;
    }

    /**
     * @param kind a kind
     * @return whether a handler runs it
     */
    boolean knows(String kind) {
        return handlers.containsKey(kind);
    }

    /**
     * Names this instance, recovers the jobs it left RUNNING, and starts dispatching.
     *
     * @param event the server's start
     */
    @EventListener
    void onStartup(ServerStartupEvent event) {
        String configured = configuration.getInstance();
        instance = configured.isEmpty() ? host() + ":" + event.getSource().getPort() : configured;
        for (JobRow row : transactions.read(() -> repository.runningOn(instance))) {
            recover(row);
        }
        dispatch();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Takes the oldest queued jobs as far as the pool has room, and recovers RUNNING jobs whose worker went silent. */
    @Scheduled(fixedDelay = "${dataprice.jobs.poll-interval:2s}", initialDelay = "${dataprice.jobs.poll-interval:2s}")
    void poll() {
        if (instance == null || stopping) {
            return;
        }
        Instant before = ServiceClock.now(clock).minus(configuration.getLease());
        for (JobRow row : transactions.read(() -> repository.stale(before))) {
            if (!running.containsKey(row.id())) {
                recover(row);
            }
        }
        dispatch();
    }

    /** Tries the oldest queued jobs now, as far as the pool has room. Safe to call from any thread, any time. */
    public void dispatch() {
        if (instance == null || stopping) {
            return;
        }
        int room = configuration.getThreads() + configuration.getQueue() - pending.size();
        if (room <= 0) {
            return;
        }
        for (String id : transactions.read(() -> repository.queued(instance, room))) {
            if (pending.add(id)) {
                try {
                    pool.execute(() -> {
                        try {
                            run(id);
                        } finally {
                            pending.remove(id);
                        }
                    });
                } catch (RejectedExecutionException e) {
                    pending.remove(id); // full: it stays QUEUED in the table for the next poll
                    return;
                }
            }
        }
    }

    private void run(String id) {
        if (stopping) {
            return;
        }
        if (!storage.accepts(0)) {
            return; // a file system is below its floor: the job stays QUEUED and is tried again by the next poll
        }
        String runId = RecordIds.nextId(clock);
        Instant now = ServiceClock.now(clock);
        if (transactions.write(() -> repository.claim(id, runId, instance, now)) != 1) {
            return; // another instance, or a cancel, came first
        }
        JobRow row = transactions.read(() -> repository.findById(id)).orElseThrow();
        JobContext context = new JobContext(this, row, runId);
        running.put(id, new Running(context, now));
        try {
            JobHandler handler = handlers.get(row.kind());
            if (handler == null) {
                finish(context, ProblemType.INTERNAL.uri(), "no handler for job kind " + row.kind() + " on this instance");
                return;
            }
            handler.run(context);
            if (context.result() == null) {
                finish(context, ProblemType.INTERNAL.uri(), "the work ended without storing a result");
            }
        } catch (CancelledException e) {
            if (context.shutdown()) {
                recover(transactions.read(() -> repository.findById(id)).orElseThrow());
            } else {
                transactions.write(() -> repository.cancelled(id, runId, ServiceClock.now(clock)));
            }
        } catch (DatapriceException e) {
            finish(context, e.rule().typeUri(), e.getMessage());
        } catch (ProblemException e) {
            finish(context, e.type().uri(), e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("Job {} ({}) failed", id, row.kind(), e);
            finish(context, ProblemType.INTERNAL.uri(), "internal error (logged on instance " + instance + ")");
        } finally {
            running.remove(id);
        }
    }

    private void finish(JobContext context, String type, String reason) {
        String text = reason == null ? "" : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        transactions.write(() -> repository.fail(context.row().id(), context.runId(), type, text, ServiceClock.now(clock)));
    }

    /**
     * Stores a run's result and marks its job SUCCEEDED in one transaction (see {@link JobContext#succeed}); the total
     * is read after the store ran, since a store may itself compute (a settlement settles in its transaction).
     */
    String succeed(String id, String runId, java.util.function.LongSupplier total, Supplier<String> store) {
        storage.require(0); // below a floor: 507 insufficient-storage, the job FAILED with that reason, nothing stored
        return transactions.write(() -> {
            String link = store.get();
            if (repository.succeed(id, runId, link, total.getAsLong(), ServiceClock.now(clock)) != 1) {
                throw new CancelledException("job " + id); // cancelled or taken over: roll the result back
            }
            return link;
        });
    }

    /**
     * Lets a cancelled job's handler drop what it kept outside the table for it.
     *
     * @param row the cancelled job
     */
    void discard(JobRow row) {
        JobHandler handler = handlers.get(row.kind());
        if (handler != null) {
            handler.discard(row.inputJson());
        }
    }

    /** Marks a run's job SUCCEEDED after its work committed itself (see {@link JobContext#succeedCommitted}). */
    void succeedCommitted(String id, String runId, String link, long total) {
        transactions.write(() -> repository.succeedCommitted(id, runId, link, total, ServiceClock.now(clock)));
    }

    /** A RUNNING job whose run was lost: back to QUEUED when it may run again, else FAILED. */
    private void recover(JobRow row) {
        JobHandler handler = handlers.get(row.kind());
        Instant now = ServiceClock.now(clock);
        int changed;
        String outcome;
        if (row.cancelRequested()) {
            changed = transactions.write(() -> repository.cancelled(row.id(), row.runId(), now));
            outcome = "cancelled";
        } else if (handler != null && handler.resumable() && row.inputJson() != null) {
            changed = transactions.write(() -> repository.requeue(row.id(), row.runId()));
            outcome = "queued again";
        } else {
            String stored = storedResult(handler, row);
            if (stored != null) { // the lost run committed its result, then died before marking the job
                changed = transactions.write(() -> repository.succeedCommitted(row.id(), row.runId(), stored,
                        Math.max(1, row.total()), now));
                outcome = "succeeded: its result " + stored + " was stored";
            } else {
                changed = transactions.write(() -> repository.fail(row.id(), row.runId(), ProblemType.UNAVAILABLE.uri(),
                        INTERRUPTED, now));
                outcome = "failed: " + INTERRUPTED;
            }
        }
        if (changed == 1 && handler != null && !"queued again".equals(outcome)) {
            handler.discard(row.inputJson());
        }
        if (changed == 1) {
            LOG.warn("Job {} ({}) was left running by {}: {}", row.id(), row.kind(), row.instance(), outcome);
        }
    }

    /** The handler's stored result of a lost run; null when none, or when the look-up fails (logged: then FAILED). */
    private String storedResult(JobHandler handler, JobRow row) {
        if (handler == null) {
            return null;
        }
        try {
            return transactions.read(() -> handler.storedResult(row));
        } catch (RuntimeException e) {
            LOG.error("Job {} ({}): looking for the result its lost run stored failed", row.id(), row.kind(), e);
            return null;
        }
    }

    /** Writes each local run's progress and heartbeat, and stops the runs whose cancel was asked for. */
    @Scheduled(fixedDelay = "${dataprice.jobs.progress-interval:1s}")
    void report() {
        for (Running r : running.values()) {
            JobContext c = r.context();
            Instant now = ServiceClock.now(clock);
            long done = c.done();
            long total = c.total();
            Instant eta = eta(r.started(), now, done, total);
            int owned = transactions.write(() -> repository.progress(c.row().id(), c.runId(), done, total, eta, now));
            if (owned != 1 || transactions.read(() -> repository.cancelRequested(c.row().id()))) {
                c.stop(false);
            }
        }
    }

    /** now + elapsed · (total − done) / done; null before the first unit is done. */
    static Instant eta(Instant started, Instant now, long done, long total) {
        if (done <= 0 || total <= 0 || done > total) {
            return null;
        }
        long elapsed = Duration.between(started, now).toMillis();
        return now.plusMillis((long) (elapsed * ((double) (total - done) / done)));
    }

    /**
     * Stops a local run at once (the DELETE's instance); other instances see the stored cancel within a progress
     * interval.
     *
     * @param id the job
     */
    void stopLocal(String id) {
        Running r = running.get(id);
        if (r != null) {
            r.context().stop(false);
        }
    }

    /** Graceful stop: no new runs; local runs are stopped and put back (or failed) as after a restart. */
    @PreDestroy
    void close() {
        stopping = true;
        for (Running r : running.values()) {
            r.context().stop(true);
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
