package org.dataprice.split.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dataprice.error.CancelledException;
import org.dataprice.progress.Progress;
import org.dataprice.split.banzhaf.BanzhafValue;
import org.dataprice.split.contribution.Contribution;
import org.dataprice.split.contribution.ContributionMethod;
import org.dataprice.split.contribution.Contributions;
import org.dataprice.split.contribution.EnumerationLimits;
import org.dataprice.split.contribution.GameSense;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.TableGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The progress of the exact enumerations ({@link ExactShapley}, {@link BanzhafValue}, and {@link Contributions} for
 * SHAPLEY, SHAPLEY_EXACT, BANZHAF, BANZHAF_NORMALISED), counted in coalitions: the callback only observes (bit-identical
 * values with and without it), it is told {@code (0, T)} first and {@code (T, T)} last with T = 2·2<sup>n</sup> for a
 * rule game (tabulated, then summed) and 2<sup>n</sup> for a table game, {@code done} never decreases though chunks
 * finish on both cores, the number of calls is fixed by n (one per chunk: 2<sup>max(0, n−12)</sup> capped at 64 per
 * pass), and a {@link CancelledException} thrown by the callback stops the work: no chunk starts after it.
 */
class ExactValueProgressTest {

    /** A seeded random rule game on n players: additive weights plus pairwise synergies (not a table). */
    private static Game game(long seed, int n, AtomicLong evaluations) {
        java.util.Random random = new java.util.Random(seed);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = random.nextInt(100) - 20;
        }
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                b[i][j] = random.nextInt(7);
            }
        }
        return Game.of(n, s -> {
            evaluations.incrementAndGet();
            double v = 0;
            for (int i = 0; i < n; i++) {
                if ((s >>> i & 1) != 0) {
                    v += w[i];
                    for (int j = i + 1; j < n; j++) {
                        if ((s >>> j & 1) != 0) {
                            v += b[i][j];
                        }
                    }
                }
            }
            return v;
        });
    }

    /** Records every call, from any thread. */
    private static final class Recorder implements Progress {
        final List<long[]> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void advance(long done, long total) {
            calls.add(new long[] {done, total});
        }
    }

    /** Chunks of one pass over 2^n masks. */
    private static long chunks(int n) {
        return 1L << (n - Math.max(Math.min(n, 12), n - 6));
    }

    private static void assertReports(Recorder r, long total, long calls, String what) {
        assertThat(r.calls).as(what).hasSize((int) calls);
        assertThat(r.calls.get(0)).as(what).containsExactly(0, total);
        assertThat(r.calls.get(r.calls.size() - 1)).as(what).containsExactly(total, total);
        long previous = 0;
        for (long[] c : r.calls) {
            assertThat(c[1]).isEqualTo(total);
            assertThat(c[0]).as("%s: done never decreases", what).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(total);
            previous = c[0];
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 12, 13, 15, 17, 19})
    void test_exactValues_withProgress_bitIdenticalAndCountCoalitions(int n) {
        Game g = game(1_000L + n, n, new AtomicLong());
        long coalitions = 1L << n;
        long passCalls = chunks(n);

        Recorder shapley = new Recorder();
        PlayerValues with = ExactShapley.DEFAULT.compute(g, shapley);
        assertThat(with.values()).isEqualTo(ExactShapley.DEFAULT.compute(g).values());
        assertThat(with).isEqualTo(ExactShapley.DEFAULT.compute(g));
        assertReports(shapley, 2 * coalitions, 1 + 2 * passCalls, "Shapley n=" + n);

        Recorder raw = new Recorder();
        assertThat(BanzhafValue.DEFAULT.raw(g, raw)).isEqualTo(BanzhafValue.DEFAULT.raw(g));
        assertReports(raw, 2 * coalitions, 1 + 2 * passCalls, "Banzhaf n=" + n);

        TableGame table = TableGame.tabulate(g);
        Recorder tabled = new Recorder();
        assertThat(ExactShapley.SEQUENTIAL.compute(table, tabled).values()).isEqualTo(with.values());
        assertReports(tabled, coalitions, 1 + passCalls, "table game n=" + n + ": nothing to tabulate");

        Recorder again = new Recorder();
        ExactShapley.DEFAULT.compute(g, again);
        assertThat(again.calls).as("the calls depend on n only").hasSameSizeAs(shapley.calls);
        for (int i = 0; i < again.calls.size(); i++) {
            assertThat(again.calls.get(i)).isEqualTo(shapley.calls.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 9, 14})
    void test_contributions_exactMethods_reportCoalitions_sameAnswer(int n) {
        Game g = game(2_000L + n, n, new AtomicLong());
        EnumerationLimits limits = new EnumerationLimits(20, 12);
        for (ContributionMethod m : List.of(ContributionMethod.SHAPLEY, ContributionMethod.SHAPLEY_EXACT,
                ContributionMethod.BANZHAF, ContributionMethod.BANZHAF_NORMALISED)) {
            Recorder r = new Recorder();
            Contribution with = Contributions.DEFAULT.compute(g, m, GameSense.PROFIT, null, limits, r);
            assertThat(with).as(m.name()).isEqualTo(Contributions.DEFAULT.compute(g, m, GameSense.PROFIT, null, limits));
            assertReports(r, 2L << n, 1 + 2 * chunks(n), m.name());
        }
        if (n <= limits.maxNucleolusPlayers()) {
            Recorder nucleolus = new Recorder();
            Contributions.DEFAULT.compute(g, ContributionMethod.LEAST_CORE, GameSense.PROFIT, null, limits, nucleolus);
            assertReports(nucleolus, 1, 2, "LEAST_CORE: one unit");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 5, 7})
    void test_callbackThrowsCancelled_workStops_noChunkStartsAfterIt(long seed) {
        int n = 20; // 2^20 coalitions: 64 chunks of 16,384 per pass
        AtomicLong evaluations = new AtomicLong();
        Game g = game(seed, n, evaluations);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger afterCancel = new AtomicInteger();
        int cancelAt = 1 + (int) seed; // the seed-th chunk of the tabulation
        Progress cancel = (done, total) -> {
            if (calls.incrementAndGet() > cancelAt) {
                afterCancel.incrementAndGet();
                throw new CancelledException("stop");
            }
        };

        assertThatThrownBy(() -> ExactShapley.DEFAULT.compute(g, cancel)).isInstanceOf(CancelledException.class);

        int workers = ForkJoinPool.getCommonPoolParallelism() + 1; // the pool's workers and the caller
        assertThat(afterCancel.get()).as("only chunks already running report after the cancel").isBetween(1, workers);
        assertThat(evaluations.get()).as("the tabulation stopped: no chunk started after the cancel")
                .isLessThanOrEqualTo((long) (cancelAt + workers) * (1 << 14))
                .isLessThan(1L << n);
    }

    @Test
    void test_banzhafNormalised_cancelledDuringTheSums_stopsBeforeTheEnd() {
        int n = 18;
        Game g = game(42, n, new AtomicLong());
        long total = 2L << n;
        long[] highest = new long[1];
        Progress cancelHalfway = (done, total2) -> {
            highest[0] = Math.max(highest[0], done);
            if (done > total / 2) { // the first chunk of the semivalue pass is done
                throw new CancelledException("stop");
            }
        };
        assertThatThrownBy(() -> BanzhafValue.DEFAULT.normalised(g, cancelHalfway)).isInstanceOf(CancelledException.class);
        assertThat(highest[0]).as("the sums did not run to the end").isLessThan(total);
    }
}
