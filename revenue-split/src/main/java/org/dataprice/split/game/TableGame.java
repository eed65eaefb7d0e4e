package org.dataprice.split.game;

import org.dataprice.error.CancelledException;
import java.util.stream.IntStream;
import org.dataprice.error.Require;

/**
 * A game given as an explicit table of 2<sup>n</sup> worths, indexed by coalition bitmask
 * (v[S] for S = 0 … 2<sup>n</sup> − 1, v[0] = 0). The form exact values run on.
 *
 * <p><b>Limit.</b> At most {@link #MAX_PLAYERS} = 25 players: the table then holds 2<sup>25</sup>
 * doubles (256 MiB). Larger games are rejected with {@code LimitExceededException} pointing to
 * permutation sampling ({@code MonteCarloShapley}).
 *
 * <p><b>Semivalue kernel.</b> {@link #semivalue(double[], boolean)} computes
 * ψ<sub>i</sub> = Σ<sub>S ⊆ N∖{i}</sub> p(|S|) · (v(S ∪ {i}) − v(S)) for weights p by coalition size:
 * p(s) = s!(n−s−1)!/n! gives the Shapley value, p(s) = 1/2<sup>n−1</sup> the Banzhaf value. The masks
 * are cut into fixed, aligned chunks of 2<sup>c</sup> masks; within a chunk, for each player i the loop
 * runs over the masks with bit i clear in ascending order (sequential reads of v[S] and v[S + 2<sup>i</sup>]).
 * Chunks run on the common fork/join pool when {@code parallel}; each chunk's partial sums are
 * combined in chunk order, so the result is bit-for-bit the same whatever the number of cores.
 * Work n·2<sup>n−1</sup> multiply-adds, no allocation beyond one n-vector per chunk.
 *
 * <p>Immutable and thread-safe (the table is copied in).
 */
public final class TableGame implements Game {
    /** The largest number of players of a table game (2^25 doubles = 256 MiB). */
    public static final int MAX_PLAYERS = 25;
    /** Advice given when a game is too large to tabulate. */
    public static final String SAMPLING_ADVICE =
            "exact values need 2^n coalition worths; use MonteCarloShapley (permutation sampling) for larger games";

    private static final int MIN_CHUNK_BITS = 12;
    private static final int TARGET_CHUNKS_BITS = 6;

    private final int players;
    private final double[] table;

    private TableGame(int players, double[] table) {
        this.players = players;
        this.table = table;
    }

    /**
     * A game from its table of worths.
     *
     * @param players the number of players n, in [1, {@link #MAX_PLAYERS}]
     * @param values  2<sup>n</sup> finite worths indexed by coalition bitmask, values[0] = 0; copied
     * @return the game
     */
    public static TableGame of(int players, double[] values) {
        checkPlayers(players);
        Require.notNull(values, "values");
        Require.size(values.length, 1 << players, "values");
        return checked(players, values.clone());
    }

    /** Validates a table this class owns (no second copy of up to 256 MiB). */
    private static TableGame checked(int players, double[] table) {
        for (int s = 0; s < table.length; s++) {
            if (!Double.isFinite(table[s])) {
                Require.finite(table[s], "values[" + s + "]");
            }
        }
        Require.inClosedRange(table[0], 0, 0, "values[0]");
        return new TableGame(players, table);
    }

    /**
     * Tabulates a game: evaluates v on all 2<sup>n</sup> coalitions (from both cores).
     *
     * @param game a game with at most {@link #MAX_PLAYERS} players; not null
     * @return the table game
     */
    public static TableGame tabulate(Game game) {
        return tabulate(game, CoalitionProgress.NONE);
    }

    /**
     * {@link #tabulate(Game)} counting the coalitions evaluated: {@code progress.add} after each of the fixed
     * chunks of the semivalue kernel (at most 64), from the worker that evaluated it; nothing for a game that is
     * already a table. The table is the same whatever the callback. Stops at the next chunk (and within
     * {@link CancelledException#CHECK_INTERVAL} coalitions of an interrupt) when cancelled.
     *
     * @param game     a game with at most {@link #MAX_PLAYERS} players; not null
     * @param progress the counter; not null
     * @return the table game
     */
    public static TableGame tabulate(Game game, CoalitionProgress progress) {
        Require.notNull(game, "game");
        Require.notNull(progress, "progress");
        if (game instanceof TableGame t) {
            return t;
        }
        int n = checkPlayers(game.players());
        double[] values = new double[1 << n];
        Thread caller = Thread.currentThread();
        int bits = chunkBits(n);
        IntStream.range(0, 1 << (n - bits)).parallel().forEach(c -> {
            if (progress.stopped()) {
                throw new CancelledException("tabulate");
            }
            int start = c << bits;
            int end = start + (1 << bits);
            for (int s = start; s < end; s++) {
                if ((s & (CancelledException.CHECK_INTERVAL - 1)) == 0 && caller.isInterrupted()) {
                    throw new CancelledException("tabulate");
                }
                values[s] = game.value(s);
            }
            progress.add(end - start);
        });
        return checked(n, values);
    }

    /** The aligned chunk size (as bits) of the passes over the masks: at most 2^6 chunks of at least 2^12 masks. */
    private static int chunkBits(int n) {
        return Math.max(Math.min(n, MIN_CHUNK_BITS), n - TARGET_CHUNKS_BITS);
    }

    /**
     * The game from a CoopGame-style vector listing v over non-empty coalitions in order of size,
     * then lexicographically (v1, v2, v3, v12, v13, v23, v123 for n = 3).
     *
     * @param players the number of players, in [1, {@link #MAX_PLAYERS}]
     * @param values  the 2<sup>n</sup> − 1 worths in that order; not null
     * @return the game
     */
    public static TableGame ofLexicographic(int players, double[] values) {
        checkPlayers(players);
        Require.notNull(values, "values");
        Require.size(values.length, (1 << players) - 1, "values");
        double[] table = new double[1 << players];
        int k = 0;
        for (int size = 1; size <= players; size++) {
            k = fill(table, values, k, 0, 0, size, players);
        }
        return checked(players, table);
    }

    /** Lists coalitions of the given size in lexicographic order of their members. */
    private static int fill(double[] table, double[] values, int k, int mask, int from, int left, int n) {
        if (left == 0) {
            table[mask] = values[k];
            return k + 1;
        }
        for (int i = from; i <= n - left; i++) {
            k = fill(table, values, k, mask | 1 << i, i + 1, left - 1, n);
        }
        return k;
    }

    static int checkPlayers(int players) {
        Require.atLeast(players, 1, "players");
        Require.withinLimit(players, MAX_PLAYERS, "players", SAMPLING_ADVICE);
        return players;
    }

    @Override
    public int players() {
        return players;
    }

    @Override
    public double value(long coalition) {
        return table[(int) coalition];
    }

    /** @return a copy of the table, indexed by coalition bitmask */
    public double[] table() {
        return table.clone();
    }

    /**
     * The semivalue ψ<sub>i</sub> = Σ<sub>S ∌ i</sub> p(|S|)(v(S ∪ i) − v(S)); see the class comment.
     *
     * @param weightBySize p(s) for s = 0 … n−1; finite; not null
     * @param parallel     true to use both cores (same result either way)
     * @return ψ, one entry per player
     */
    public double[] semivalue(double[] weightBySize, boolean parallel) {
        return semivalue(weightBySize, parallel, CoalitionProgress.NONE);
    }

    /**
     * {@link #semivalue(double[], boolean)} counting the coalitions (masks) summed: {@code progress.add(2^c)} after
     * each of the fixed chunks, 2<sup>n</sup> in all. Bit for bit the same result whatever the callback; a cancelled
     * callback (or an interrupt) stops the pass before the next chunk.
     *
     * @param weightBySize p(s) for s = 0 … n−1; finite; not null
     * @param parallel     true to use both cores (same result either way)
     * @param progress     the counter; not null
     * @return ψ, one entry per player
     */
    public double[] semivalue(double[] weightBySize, boolean parallel, CoalitionProgress progress) {
        Require.finite(weightBySize, "weightBySize");
        Require.size(weightBySize.length, players, "weightBySize");
        Require.notNull(progress, "progress");
        int n = players;
        int chunkBits = chunkBits(n);
        int chunks = 1 << (n - chunkBits);
        double[][] partial = new double[chunks][];
        IntStream range = IntStream.range(0, chunks);
        Thread caller = Thread.currentThread();
        (parallel ? range.parallel() : range).forEach(c -> {
            if (caller.isInterrupted() || progress.stopped()) {
                throw new CancelledException("semivalue");
            }
            partial[c] = chunk(c << chunkBits, chunkBits, weightBySize);
            progress.add(1L << chunkBits);
        });
        double[] psi = new double[n];
        for (double[] p : partial) {
            for (int i = 0; i < n; i++) {
                psi[i] += p[i];
            }
        }
        return psi;
    }

    /** Partial sums over masks [start, start + 2^bits) for every player. */
    private double[] chunk(int start, int bits, double[] w) {
        int n = players;
        double[] v = table;
        double[] out = new double[n];
        int size = 1 << bits;
        int end = start + size;
        for (int i = 0; i < n; i++) {
            int bit = 1 << i;
            double acc = 0;
            if (i >= bits) {
                if ((start & bit) != 0) {
                    continue;
                }
                for (int s = start; s < end; s++) {
                    acc += w[Integer.bitCount(s)] * (v[s + bit] - v[s]); // p(|S|)(v(S+i) − v(S))
                }
            } else {
                for (int base = start; base < end; base += bit << 1) {
                    int top = base + bit;
                    for (int s = base; s < top; s++) {
                        acc += w[Integer.bitCount(s)] * (v[s + bit] - v[s]);
                    }
                }
            }
            out[i] = acc;
        }
        return out;
    }
}
