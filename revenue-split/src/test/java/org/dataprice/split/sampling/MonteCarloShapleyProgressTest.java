package org.dataprice.split.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataprice.error.CancelledException;
import org.dataprice.progress.Progress;
import org.dataprice.split.contribution.Contribution;
import org.dataprice.split.contribution.ContributionMethod;
import org.dataprice.split.contribution.Contributions;
import org.dataprice.split.contribution.EnumerationLimits;
import org.dataprice.split.contribution.GameSense;
import org.dataprice.split.datavalue.TruncatedMonteCarloShapley;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.IncrementalGame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The progress of the contribution sampling loops ({@link MonteCarloShapley}, {@link TruncatedMonteCarloShapley},
 * {@link Contributions}): the callback only observes (seeded games and options of every variant give bit-identical
 * results with and without it), it is told {@code (0, B)}, then the round's start before each block and the round's end
 * after each round ({@code 1 + B + rounds} calls, done non-decreasing, last {@code (B, B)} without a stop rule), and a
 * {@link CancelledException} it throws stops the sampling: no block starts after it and no further round completes.
 * The exact methods report coalitions instead ({@code org.dataprice.split.shapley.ExactValueProgressTest}).
 */
class MonteCarloShapleyProgressTest {
    private static final SamplingVariant[] VARIANTS = SamplingVariant.values();

    /** A seeded random game on n players (v(S) = Σ weights + a pairwise synergy), n in [3, 14]. */
    private static Game game(long seed) {
        java.util.Random random = new java.util.Random(seed);
        int n = 3 + random.nextInt(12);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = random.nextInt(100);
        }
        double synergy = random.nextInt(10);
        return Game.of(n, s -> {
            double v = 0;
            for (int i = 0; i < n; i++) {
                if ((s >>> i & 1) != 0) {
                    v += w[i];
                }
            }
            int k = Long.bitCount(s);
            return v + synergy * k * (k - 1) / 2.0;
        });
    }

    private static SamplingOptions options(long seed, int n) {
        java.util.Random random = new java.util.Random(seed * 31 + 7);
        SamplingVariant variant = VARIANTS[random.nextInt(VARIANTS.length)];
        long samples = 2 * (1 + random.nextInt(6000));
        int block = 2 * (1 + random.nextInt(200)) * (variant == SamplingVariant.STRATIFIED ? n : 1);
        double target = random.nextBoolean() ? 0 : 0.5 + random.nextInt(5);
        return new SamplingOptions(seed, samples, target, 0.95, variant, block);
    }

    /** Records every call, from any thread. */
    private static final class Recorder implements Progress {
        final List<long[]> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void advance(long done, long total) {
            calls.add(new long[] {done, total});
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void test_compute_withProgress_bitIdenticalAndReportsBlocks(long seed) {
        Game game = game(seed);
        SamplingOptions o = options(seed, game.players());
        Recorder recorder = new Recorder();

        SampledValues with = MonteCarloShapley.DEFAULT.compute(game, o, Truncation.NONE, recorder);
        SampledValues without = MonteCarloShapley.DEFAULT.compute(game, o);

        assertThat(with).as("seed %d, %s", seed, o).isEqualTo(without);
        assertThat(with.values()).isEqualTo(without.values());
        List<long[]> calls = recorder.calls;
        long blocks = calls.get(0)[1];
        assertThat(calls.get(0)).containsExactly(0, blocks);
        assertThat(blocks).isPositive();
        long rounds = 0;
        long previous = 0;
        for (long[] call : calls) {
            assertThat(call[1]).isEqualTo(blocks);
            assertThat(call[0]).as("done never decreases").isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(blocks);
            rounds += call[0] > previous ? 1 : 0;
            previous = call[0];
        }
        long started = calls.size() - 1 - rounds;
        assertThat(started).as("one report per block run").isBetween(rounds, blocks);
        if (o.targetStandardError() == 0) {
            assertThat(calls.get(calls.size() - 1)).containsExactly(blocks, blocks);
            assertThat(started).isEqualTo(blocks);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 6, 7, 9})
    void test_compute_callbackThrowsCancelled_noBlockStartsAfterIt(long seed) {
        Game game = game(seed);
        SamplingOptions o = new SamplingOptions(seed, 400_000, 0, 0.95, SamplingVariant.PLAIN, 2); // 200,000 blocks
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long[] highest = new long[1];
        Progress cancelInFirstRound = (done, total) -> {
            synchronized (highest) {
                highest[0] = Math.max(highest[0], done);
            }
            if (calls.incrementAndGet() > 10) { // the 10th block of the first round has started: cancel from now on
                refused.incrementAndGet();
                throw new CancelledException("stop");
            }
        };

        assertThatThrownBy(() -> MonteCarloShapley.DEFAULT.compute(game, o, Truncation.NONE, cancelInFirstRound))
                .isInstanceOf(CancelledException.class);
        assertThat(highest[0]).as("no round completed after the cancel").isZero();
        assertThat(calls.get()).as("only blocks of the first round asked (then each refused at once)")
                .isBetween(11, 1 + MonteCarloShapley.BLOCKS_PER_PASS);
        assertThat(refused.get()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void test_truncatedAndContributions_withProgress_bitIdentical(long seed) {
        Game game = game(seed);
        SamplingOptions o = options(seed, game.players()).withVariant(SamplingVariant.ANTITHETIC);
        IncrementalGame utility = game;
        Recorder recorder = new Recorder();
        assertThat(TruncatedMonteCarloShapley.DEFAULT.compute(utility, o, 0.01, recorder))
                .isEqualTo(TruncatedMonteCarloShapley.DEFAULT.compute(utility, o, 0.01));
        assertThat(recorder.calls).isNotEmpty();

        EnumerationLimits limits = new EnumerationLimits(2, 2); // every game here is sampled for SHAPLEY
        for (ContributionMethod m : List.of(ContributionMethod.SHAPLEY, ContributionMethod.SHAPLEY_MONTE_CARLO)) {
            Recorder r = new Recorder();
            Contribution with = Contributions.DEFAULT.compute(game, m, GameSense.PROFIT, o, limits, r);
            assertThat(with).as(m.name()).isEqualTo(Contributions.DEFAULT.compute(game, m, GameSense.PROFIT, o, limits));
            assertThat(r.calls.get(r.calls.size() - 1)[0]).isPositive();
        }
        Recorder exact = new Recorder();
        EnumerationLimits wide = new EnumerationLimits(20, 16);
        assertThat(Contributions.DEFAULT.compute(game, ContributionMethod.SHAPLEY_EXACT, GameSense.PROFIT, null, wide, exact))
                .isEqualTo(Contributions.DEFAULT.compute(game, ContributionMethod.SHAPLEY_EXACT, GameSense.PROFIT, null, wide));
        long coalitions = 2L << game.players(); // tabulated, then summed (ExactValueProgressTest)
        assertThat(exact.calls.get(0)).containsExactly(0, coalitions);
        assertThat(exact.calls.get(exact.calls.size() - 1)).containsExactly(coalitions, coalitions);
    }
}
