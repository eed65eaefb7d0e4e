package org.dataprice.progress;

/**
 * The progress of a long computation, reported to whoever runs it, and its cooperative cancellation (进度与取消).
 *
 * <p>A core loop that may run for seconds (Monte Carlo draws, a sensitivity grid) takes a {@code Progress} and calls
 * {@link #advance(long, long)} between units of work: first with {@code done = 0} (announcing {@code total}), then
 * after each block of work, and last with {@code done == total}. The caller stops the work by throwing
 * {@link org.dataprice.error.CancelledException} from {@code advance}; the loop does not catch it, so nothing after it
 * runs and no partial result is returned.
 *
 * <p>Contract: the callback only observes. A computation returns bit-for-bit the same result with
 * {@link #NONE} as with any callback that returns normally (tests check this for every loop that takes one), and the
 * number of calls depends only on the input, never on timing. Units are the loop's own (draws, grid cells, model
 * evaluations) and {@code 0 ≤ done ≤ total}, {@code done} non-decreasing within one loop. A loop that runs on several
 * threads calls {@code advance} from those threads: a callback handed to it must be thread-safe (an
 * {@code AtomicLong} or a volatile field is enough).
 */
@FunctionalInterface
public interface Progress {
    /** Reports nowhere and never cancels: the behaviour of the loops without a callback. */
    Progress NONE = (done, total) -> {
    };

    /**
     * @param done  units of work finished so far, {@code 0 ≤ done ≤ total}
     * @param total units of work of the whole loop, {@code ≥ 0}
     * @throws org.dataprice.error.CancelledException to stop the work
     */
    void advance(long done, long total);
}
