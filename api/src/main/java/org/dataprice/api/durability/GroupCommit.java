package org.dataprice.api.durability;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.support.ConnectionCustomizer;
import io.micronaut.transaction.TransactionDefinition;
import org.dataprice.api.problem.DatabaseUnavailableException;
import org.h2.mvstore.MVStore;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Group commit for the embedded H2 file store: after every unit of work that may have written (a write transaction,
 * or any connection use not declared read-only) the calling thread waits until the store's file holds its commit,
 * and one write of the store serves every commit that finished before it began.
 *
 * <p>Why: with H2's {@code WRITE_DELAY=0} every commit is written as its own MVStore chunk inside the committing
 * session (H2 2.3.232 {@code TransactionStore.endTransaction} calls {@code MVStore.commit()}), so a busy service
 * writes hundreds of small chunks a second: most of the service's commit CPU, and disk that is reused only after
 * the chunks are older than the 45 s retention time (7.97 GB after 90,000 requests at 1,261 requests/s). With a
 * write delay &gt; 0 H2 acknowledges a commit before it is written, which breaks the promise of a 2xx. This class
 * keeps the promise with a delay &gt; 0: {@link DurableCommitCheck} sets the delay (so H2's background writer and
 * its housekeeping run) and registers this customizer, and every thread whose work may have written calls
 * {@link #awaitWritten()} before its answer is sent.
 *
 * <p>The protocol (classic group commit, as in database logs: Gray &amp; Reuter, <i>Transaction Processing</i>,
 * §9.4.7 "group commit"; PostgreSQL's {@code commit_delay}): a thread takes a ticket from a counter after its
 * commit is complete in memory; a thread whose ticket is already covered returns at once; otherwise, once no write
 * is in progress, one such thread reads the counter (every ticket up to that value belongs to a commit complete in
 * memory), writes the store ({@link MVStore#commit()}, which writes all changes of the in-memory version as one chunk and returns when the
 * chunk is written to the file) and marks that value written. While one thread writes, the others wait, and the
 * next write covers all of them: the number of chunks is the number of store writes, not of commits
 * ({@link #awaitWritten()}: leader and followers).
 *
 * <p>What it promises: the same as {@code WRITE_DELAY=0} did — the chunk holding the commit is written to the
 * operating system (a {@code kill -9} of the service loses nothing acknowledged) before the caller continues. H2
 * itself does not fsync a commit, so a power failure may lose the last acknowledged commits, unless the group commit
 * is constructed to sync ({@code dataprice.store.sync-commits}): then each store write is also forced to the device
 * before its commits are acknowledged, one flush serving every commit in the write (the classic reason for group
 * commit: the flush's cost is shared).
 * A failing store write is answered as {@link DatabaseUnavailableException} (503), never as success.
 *
 * <p>Edge cases: read-only work ({@link #readOnly}) and work
 * joining an open connection (only the outermost unit, which ends with the commit, waits) do not wait; a unit that
 * failed does not wait (nothing it did is acknowledged). Used only for an embedded H2 file store (not in-memory,
 * remote or PostgreSQL).
 */
public final class GroupCommit implements ConnectionCustomizer<Connection> {
    /**
     * Set when this thread's {@link #awaitWritten()} returned (e.g. from a post-commit action that must follow the
     * store write: the ledger anchor), so the unit's own wait after its commit is not done twice; cleared when a
     * unit ends. Nothing of the unit can commit between its post-commit actions and its end.
     */
    private static final ThreadLocal<Boolean> WRITTEN_AFTER_COMMIT = ThreadLocal.withInitial(() -> false);
    private final MVStore store;
    private final boolean sync;
    private final AtomicLong syncs = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    /** Guards {@link #writing} and {@link #written}; waiters wait on it for the write in progress. */
    private final Object sequence = new Object();
    private final AtomicLong storeWrites = new AtomicLong();
    private final AtomicLong storeWriteNanos = new AtomicLong();
    private final AtomicLong waitNanos = new AtomicLong();
    /** Highest ticket whose commit is written; guarded by {@link #sequence}. */
    private long written;
    /** Whether a thread (the leader) is writing the store; guarded by {@link #sequence}. */
    private boolean writing;

    /**
     * @param store the embedded H2 store whose file must hold each commit
     */
    public GroupCommit(MVStore store) {
        this(store, false);
    }

    /**
     * @param store the embedded H2 store whose file must hold each commit
     * @param sync  also force each store write to the storage device ({@link MVStore#sync()}, i.e.
     *              {@code FileChannel.force}) before any of its commits is acknowledged: an acknowledged write then
     *              survives a power failure too, at the cost of one device flush per store write (shared by all its
     *              commits)
     */
    public GroupCommit(MVStore store, boolean sync) {
        this.store = store;
        this.sync = sync;
    }

    @Override
    public <R> Function<ConnectionStatus<Connection>, R> intercept(Function<ConnectionStatus<Connection>, R> operation) {
        return status -> {
            if (!status.isNew()) {
                return operation.apply(status);
            }
            WRITTEN_AFTER_COMMIT.set(false);
            try {
                R result = operation.apply(status);
                if (!WRITTEN_AFTER_COMMIT.get() && !readOnly(status.getDefinition())) {
                    awaitWritten();
                }
                return result;
            } finally {
                WRITTEN_AFTER_COMMIT.set(false);
            }
        };
    }

    /**
     * @param definition the definition a connection was opened with
     * @return whether the work declared itself read-only: a read-only transaction
     *         ({@code TransactionOperations.executeRead}, whose connection definition carries the name of
     *         {@link TransactionDefinition#READ_ONLY}: Micronaut Data does not copy the read-only flag itself) or a
     *         read-only connection
     */
    static boolean readOnly(ConnectionDefinition definition) {
        return definition.isReadOnly().orElse(false) || TransactionDefinition.READ_ONLY.getName().equals(definition.getName());
    }

    /**
     * Returns once every commit completed in memory before this call is written to the store's file.
     *
     * <p>Leader and followers: the thread that finds no write in progress and its ticket not yet written becomes the
     * leader, writes the store for every ticket taken so far, then wakes all waiting threads at once; a follower whose
     * ticket that write covered returns, the others elect the next leader among themselves. (The first version let
     * every waiter take one lock in turn just to learn that it was covered. Measured on the mixed load, the mean wait
     * stayed about two store writes either way — 13.9 ms for 5.8 ms writes before, 13.6 ms for 6.7 ms writes after —
     * so the wait is the store write itself; the hand-over in turn is simply gone.)
     *
     * @throws DatabaseUnavailableException when the store cannot be written (each waiter that then leads a write
     *         of its own tries again, as before)
     */
    public void awaitWritten() {
        long start = System.nanoTime();
        long ticket = committed.incrementAndGet();
        boolean interrupted = false;
        try {
            synchronized (sequence) {
                while (written < ticket && writing) {
                    try {
                        sequence.wait();
                    } catch (InterruptedException e) {
                        // the commit is done in memory: its answer must still wait for the file, so keep waiting
                        interrupted = true;
                    }
                }
                if (written >= ticket) {
                    WRITTEN_AFTER_COMMIT.set(true);
                    return;
                }
                writing = true;
            }
            // every ticket up to this value belongs to a commit complete in memory, this thread's own included
            long upTo = committed.get();
            long writeStart = System.nanoTime();
            boolean done = false;
            // H2 stops waiting for the chunk's write when the thread is interrupted (FileStore.submitOrRun
            // ignores the InterruptedException): clear the flag for the write, restore it after
            interrupted |= Thread.interrupted();
            try {
                store.commit();
                if (store.isClosed()) {
                    throw new IllegalStateException("the H2 store is closed");
                }
                if (sync) {
                    store.sync();
                    syncs.incrementAndGet();
                }
                done = true;
            } catch (RuntimeException e) {
                throw new DatabaseUnavailableException("The store could not write this request's commit to "
                        + "disk; retry with the same Idempotency-Key", e);
            } finally {
                synchronized (sequence) {
                    writing = false;
                    if (done) {
                        written = upTo;
                        storeWrites.incrementAndGet();
                        storeWriteNanos.addAndGet(System.nanoTime() - writeStart);
                    }
                    sequence.notifyAll();
                }
            }
            WRITTEN_AFTER_COMMIT.set(true);
        } finally {
            waitNanos.addAndGet(System.nanoTime() - start);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * @return how many commits waited for the store (a counter since start, for the metrics)
     */
    public long commits() {
        return committed.get();
    }

    /**
     * @return how many device flushes were made (0 unless constructed to sync)
     */
    public long syncs() {
        return syncs.get();
    }

    /**
     * @return the summed time of the store writes since start (ns): with {@link #storeWrites()} the mean time one
     *         write of the store takes, the floor of a write request's latency
     */
    public long storeWriteNanos() {
        return storeWriteNanos.get();
    }

    /**
     * @return the summed time units of work waited for the store since start (ns), the wait for the write in
     *         progress included: with {@link #commits()} the mean wait a commit adds to its request
     */
    public long waitNanos() {
        return waitNanos.get();
    }

    /**
     * @return how many store writes served them (a counter since start; at most {@link #commits()})
     */
    public long storeWrites() {
        return storeWrites.get();
    }
}
