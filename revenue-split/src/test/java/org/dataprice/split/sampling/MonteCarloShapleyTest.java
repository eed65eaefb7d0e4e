package org.dataprice.split.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ForkJoinPool;
import org.dataprice.error.InvalidInputException;
import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.GameSteps;
import org.dataprice.split.game.MinimumSpanningTreeGame;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.shapley.AirportShapley;
import org.dataprice.split.shapley.ClosedFormShapley;
import org.junit.jupiter.api.Test;

class MonteCarloShapleyTest {
    /** Estimates are checked to lie within this many standard errors of the exact value. */
    private static final double SE_MULTIPLE = 4.5;

    /** Castro, Gómez &amp; Tejada (2009) §4.1 symmetric voting game (n even, v = 1 when |S| &gt; n/2): φ = 1/n. */
    @Test
    void test_compute_castro2009SymmetricVoting() {
        int n = 50;
        Game game = Game.of(n, s -> Long.bitCount(s) > n / 2 ? 1 : 0);
        SampledValues r = MonteCarloShapley.DEFAULT.compute(game, SamplingOptions.of(42, 4000));
        for (int i = 0; i < n; i++) {
            assertThat(r.value(i)).isCloseTo(1.0 / n, within(SE_MULTIPLE * r.standardError(i) + 1e-12));
        }
        assertThat(r.samples()).isEqualTo(4000);
        assertThat(r.explanation().resultStep().key()).isEqualTo(SamplingSteps.ESTIMATES);
        assertThat(r.explanation().resultStep().result().doubleValue()).isCloseTo(1, within(1e-9)); // efficiency per permutation
    }

    /** Castro et al. (2009) §4.3 airport game (100 players, costs 1…10) against the Littlechild–Owen values. */
    @Test
    void test_compute_castro2009Airport() {
        int[] sizes = {8, 12, 6, 14, 8, 9, 13, 10, 10, 10};
        double[] costs = new double[100];
        int k = 0;
        for (int g = 0; g < sizes.length; g++) {
            for (int j = 0; j < sizes[g]; j++) {
                costs[k++] = g + 1;
            }
        }
        AirportGame game = AirportGame.of(costs);
        double[] exact = AirportShapley.DEFAULT.values(costs);
        for (SamplingVariant v : new SamplingVariant[] {SamplingVariant.PLAIN, SamplingVariant.ANTITHETIC}) {
            SampledValues r = MonteCarloShapley.DEFAULT.compute(game, SamplingOptions.of(7, 20_000).withVariant(v));
            int outside = 0;
            double worst = 0;
            for (int i = 0; i < 100; i++) {
                worst = Math.max(worst, Math.abs(r.value(i) - exact[i]));
                if (Math.abs(r.value(i) - exact[i]) > SE_MULTIPLE * r.standardError(i) + 1e-12) {
                    outside++;
                }
            }
            assertThat(worst).as(v.name()).isLessThan(0.03);
            assertThat(outside).as(v.name()).isLessThanOrEqualTo(2); // skewed marginals: a few players are rarely pivotal
        }
    }

    /**
     * Castro et al. (2009) §4 minimum-spanning-tree game (100 players on a ring, source edges 101, ring
     * edges 1): exact φ_i = 2 for all i (pyDVL {@code MinimumSpanningTreeGame}). Plain marginals are 101, 1 or
     * −99; reversing an order swaps 101 and −99, so antithetic pairs are exact except when i is first or last.
     */
    @Test
    void test_compute_castro2009MinimumSpanningTree() {
        MinimumSpanningTreeGame game = MinimumSpanningTreeGame.castro2009();
        double[] exact = game.shapleyValues();
        SampledValues plain = MonteCarloShapley.DEFAULT.compute(game, SamplingOptions.of(2009, 20_000));
        SampledValues antithetic = MonteCarloShapley.DEFAULT.compute(game,
                SamplingOptions.of(2009, 20_000).withVariant(SamplingVariant.ANTITHETIC));
        int outside = 0;
        for (int i = 0; i < 100; i++) {
            if (Math.abs(plain.value(i) - exact[i]) > SE_MULTIPLE * plain.standardError(i)) {
                outside++;
            }
            assertThat(plain.standardError(i)).isBetween(0.3, 1.0); // sd of a marginal ≈ 82, over √20000
            assertThat(antithetic.value(i)).isCloseTo(exact[i], within(SE_MULTIPLE * antithetic.standardError(i) + 1e-12));
            // pairs differ from 1 only when i is first or last (2 orders in 100: pair mean 51): sd ≈ 7, SE ≈ 0.07
            assertThat(antithetic.standardError(i)).isLessThan(plain.standardError(i) / 5);
        }
        assertThat(outside).isZero();
        assertThat(plain.explanation().resultStep().result().doubleValue()).isCloseTo(200, within(1e-9)); // c(N)
    }

    @Test
    void test_compute_stratifiedSynergy() {
        SynergyGame game = synergy(12, 5);
        double[] exact = ClosedFormShapley.DEFAULT.compute(game).toArray();
        SampledValues r = MonteCarloShapley.DEFAULT.compute(game,
                SamplingOptions.of(3, 12 * 200).withVariant(SamplingVariant.STRATIFIED));
        for (int i = 0; i < exact.length; i++) {
            assertThat(r.value(i)).isCloseTo(exact[i], within(SE_MULTIPLE * r.standardError(i) + 1e-12));
        }
        assertThat(r.samples()).isEqualTo(12 * 200);
    }

    @Test
    void test_compute_deterministicForSeedWhateverTheCores() throws Exception {
        SynergyGame game = synergy(30, 9);
        SamplingOptions o = new SamplingOptions(11, 5000, 0, 0.95, SamplingVariant.ANTITHETIC, 100);
        SampledValues a = MonteCarloShapley.DEFAULT.compute(game, o);
        SampledValues b = new ForkJoinPool(1).submit(() -> MonteCarloShapley.DEFAULT.compute(game, o)).get();
        assertThat(b.values()).isEqualTo(a.values());
        assertThat(b.standardErrors()).isEqualTo(a.standardErrors());
        assertThat(MonteCarloShapley.DEFAULT.compute(game, o.withVariant(SamplingVariant.ANTITHETIC)).values())
                .isEqualTo(a.values());
        // antithetic pairs are exact for a synergy game; plain sampling has noise, so check it too
        SamplingOptions plain = o.withVariant(SamplingVariant.PLAIN);
        SampledValues c = MonteCarloShapley.DEFAULT.compute(game, plain);
        SampledValues d = new ForkJoinPool(1).submit(() -> MonteCarloShapley.DEFAULT.compute(game, plain)).get();
        assertThat(d.values()).isEqualTo(c.values());
        assertThat(d.standardErrors()).isEqualTo(c.standardErrors());
        assertThat(c.maxStandardError()).isPositive();
    }

    @Test
    void test_compute_stopRuleOnTargetError() {
        SynergyGame game = synergy(20, 2);
        SampledValues r = MonteCarloShapley.DEFAULT.compute(game, SamplingOptions.of(5, 1_000_000)
                .withTargetStandardError(0.05));
        assertThat(r.converged()).isTrue();
        assertThat(r.maxStandardError()).isLessThanOrEqualTo(0.05);
        assertThat(r.samples()).isLessThan(1_000_000);
        SampledValues capped = MonteCarloShapley.DEFAULT.compute(game, SamplingOptions.of(5, 100)
                .withTargetStandardError(1e-9));
        assertThat(capped.converged()).isFalse();
    }

    @Test
    void test_compute_additiveGameIsExactWithZeroError() {
        SynergyGame game = SynergyGame.of(new double[] {1, 2, 3}, new double[3][3]);
        SampledValues r = MonteCarloShapley.DEFAULT.compute(game, SamplingOptions.of(1, 10));
        assertThat(r.toArray()).containsExactly(1, 2, 3);
        assertThat(r.maxStandardError()).isZero();
        assertThat(r.lower()).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void test_options_confidenceOutOfRange() {
        assertThatThrownBy(() -> new SamplingOptions(1, 10, 0, 1, SamplingVariant.PLAIN, 10))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("confidence");
    }

    @Test
    void test_options_oddBlockSize() {
        assertThatThrownBy(() -> new SamplingOptions(1, 10, 0, 0.9, SamplingVariant.PLAIN, 11))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("blockSize");
    }

    @Test
    void test_compute_nonFiniteWorthRejected() {
        Game bad = Game.of(3, s -> s == 7 ? Double.NaN : 0);
        assertThatThrownBy(() -> MonteCarloShapley.DEFAULT.compute(bad, SamplingOptions.of(1, 10)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("game");
    }

    static SynergyGame synergy(int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] a = new double[n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(0, 5);
            for (int j = 0; j < i; j++) {
                b[i][j] = b[j][i] = r.nextDouble(-1, 1);
            }
        }
        return SynergyGame.of(a, b);
    }

    static {
        assert GameSteps.VALUES != null;
    }
}
