package org.dataprice.split.game;

import org.dataprice.error.CancelledException;
import org.dataprice.error.Require;
import org.dataprice.progress.Progress;

/**
 * The progress of an exact enumeration counted in coalitions (联盟计数进度): the passes over the 2<sup>n</sup>
 * coalitions of a game (tabulating its worths, then the semivalue sums) report to one {@link Progress} in one unit, so
 * a job shows "coalitions done / total" across both passes.
 *
 * <p>Contract: the constructor reports {@code (0, total)}; each {@link #add} adds a chunk's coalitions and reports the
 * new count, under a lock, so the reported {@code done} never decreases even when chunks finish on several threads,
 * and the number of reports depends only on the game's size (fixed chunks), never on timing. A callback that throws
 * {@link CancelledException} stops the enumeration: the exception propagates from {@link #add} and
 * {@link #stopped()} then tells the other workers to start no further chunk. The last report is
 * {@code (total, total)} when the passes announced in {@code total} all ran. Thread-safe.
 */
public final class CoalitionProgress {
    /** Reports nowhere: the enumeration without a callback. */
    public static final CoalitionProgress NONE = new CoalitionProgress(Progress.NONE, 0);

    private final Progress progress;
    private final long total;
    private long done;
    private volatile boolean stopped;

    /**
     * @param progress the callback; not null
     * @param total    the coalitions of every pass to run, ≥ 0
     */
    public CoalitionProgress(Progress progress, long total) {
        this.progress = Require.notNull(progress, "progress");
        this.total = Require.atLeast(total, 0, "total");
        if (progress != Progress.NONE) {
            progress.advance(0, total);
        }
    }

    /**
     * The passes of an exact value over a game: the tabulation (2<sup>n</sup> coalitions, none when the game is
     * already a {@link TableGame}) and one semivalue pass (2<sup>n</sup>).
     *
     * @param progress the callback; not null
     * @param game     the game; not null
     * @return the counter, having reported {@code (0, total)}
     */
    public static CoalitionProgress exactValue(Progress progress, Game game) {
        Require.notNull(game, "game");
        long coalitions = 1L << Math.min(game.players(), TableGame.MAX_PLAYERS);
        return progress == Progress.NONE ? NONE
                : new CoalitionProgress(progress, game instanceof TableGame ? coalitions : 2 * coalitions);
    }

    /**
     * Counts a finished chunk and reports the new total.
     *
     * @param coalitions the chunk's coalitions
     * @throws CancelledException when the callback cancels (and {@link #stopped()} is true from then on)
     */
    public void add(long coalitions) {
        if (this == NONE) {
            return;
        }
        synchronized (this) {
            done += coalitions;
            try {
                progress.advance(done, total);
            } catch (CancelledException e) {
                stopped = true;
                throw e;
            }
        }
    }

    /** @return true once the callback has cancelled: workers start no further chunk */
    public boolean stopped() {
        return stopped;
    }
}
