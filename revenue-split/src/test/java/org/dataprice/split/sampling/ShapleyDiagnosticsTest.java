package org.dataprice.split.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.GloveGame;
import org.dataprice.split.shapley.AirportShapley;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics and warnings of every sampled Shapley value ({@link ShapleyDiagnostics}), on games with
 * known exact values.
 */
class ShapleyDiagnosticsTest {
    private static final double SE_MULTIPLE = 4.5;

    /**
     * Airport game with costs 1, 2, 3 (Littlechild &amp; Owen, Management Science 20(3) (1973) 370–372): the
     * sequential split gives φ = (1/3, 1/3 + 1/2, 1/3 + 1/2 + 1) = (1/3, 5/6, 11/6), v(N) = 3. With 20,000
     * permutations every interval is narrow, the players are well apart, and nothing is flagged.
     */
    @Test
    void test_airport_exactValuesWithinIntervalsNoWarning() {
        AirportGame game = AirportGame.of(1, 2, 3);
        double[] exact = {1.0 / 3, 5.0 / 6, 11.0 / 6};
        assertThat(AirportShapley.DEFAULT.values(new double[] {1, 2, 3})).containsExactly(exact, within(1e-12));
        SampledValues r = MonteCarloShapley.DEFAULT.compute(game, SamplingOptions.of(1973, 20_000));
        for (int i = 0; i < 3; i++) {
            assertThat(r.value(i)).isCloseTo(exact[i], within(SE_MULTIPLE * r.standardError(i)));
            assertThat(r.lower().get(i)).isLessThan(r.value(i));
            assertThat(r.upper().get(i)).isGreaterThan(r.value(i));
        }
        ShapleyDiagnostics d = r.diagnostics();
        assertThat(d.warnings()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(d.unreliable()).isFalse();
        assertThat(d.permutations()).isEqualTo(20_000);
        assertThat(d.samples()).isEqualTo(20_000);
        assertThat(d.requiredSamples()).isEqualTo(30); // max(30, ⌈3 × 11/6⌉ = 6)
        assertThat(d.grandValue()).isEqualTo(3);
        assertThat(d.sum()).isCloseTo(3, within(1e-12)); // efficiency: exact by construction
        assertThat(d.efficiencyGap()).isCloseTo(0, within(1e-12));
        assertThat(d.undeterminedPairs()).isZero();
        // player 0's marginal is 1 exactly when it joins first (probability 1/3): ESS = number of 1s ≈ m/3
        assertThat(d.effectiveSampleSizes().get(0)).isCloseTo(20_000 / 3.0, within(300.0));
        assertThat(d.largestShares().get(0)).isCloseTo(3.0 / 20_000, within(1e-4));
        assertThat(d.maxIntervalWidth()).isLessThan(ShapleyDiagnostics.MAX_INTERVAL_SHARE * 3);
        assertThat(r.explanation().find(SamplingSteps.DIAGNOSTICS)).isPresent();
        assertThat(r.explanation().resultStep().key()).isEqualTo(SamplingSteps.ESTIMATES);
    }

    /**
     * Glove game, one left and two right gloves (Shapley &amp; Shubik 1966): φ = (2/3, 1/6, 1/6). The two
     * right-glove holders are symmetric, so their intervals overlap and the ranking between them is
     * flagged as not determined; nothing else is.
     */
    @Test
    void test_glove_symmetricPlayersRankingNotDetermined() {
        SampledValues r = MonteCarloShapley.DEFAULT.compute(GloveGame.of(1, 2), SamplingOptions.of(1966, 20_000));
        double[] exact = {2.0 / 3, 1.0 / 6, 1.0 / 6};
        for (int i = 0; i < 3; i++) {
            assertThat(r.value(i)).isCloseTo(exact[i], within(SE_MULTIPLE * r.standardError(i)));
        }
        assertThat(r.diagnostics().undeterminedPairs()).isEqualTo(1);
        assertThat(r.warnings()).hasSize(1);
        assertThat(r.warnings().get(0)).startsWith("ranking not determined: the 95% intervals of 1 neighbouring pair(s)")
                .containsAnyOf("players 1 and 2", "players 2 and 1");
        assertThat(r.diagnostics().sum()).isCloseTo(1, within(1e-12));
    }

    /** 10 permutations for 3 players: below the 30 the normal interval needs, and the intervals are wide. */
    @Test
    void test_tooFewPermutations_warns() {
        SampledValues r = MonteCarloShapley.DEFAULT.compute(AirportGame.of(1, 2, 3), SamplingOptions.of(7, 10));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w)
                .isEqualTo("unreliable: 10 samples per player for 3 players; at least 30 = max(30, n H_n) are needed "
                        + "for each player to join coalitions of every size"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("unreliable: player ")
                .contains("% of the pool |v(N) - v(empty)| = 3 (> 5%)"));
        assertThat(r.diagnostics().efficiencyGap()).isCloseTo(0, within(1e-12));
        String text = r.explanation().toText();
        assertThat(text).contains("unreliable: 10 samples per player");
    }

    /** n·H_n for 100 players is 518.74 → 519 permutations needed. */
    @Test
    void test_requiredSamples_couponCollector() {
        assertThat(ShapleyDiagnostics.requiredSamples(1)).isEqualTo(30);
        assertThat(ShapleyDiagnostics.requiredSamples(10)).isEqualTo(30); // 10 × 2.929 = 29.29
        assertThat(ShapleyDiagnostics.requiredSamples(11)).isEqualTo(34); // 11 × 3.0199 = 33.22
        assertThat(ShapleyDiagnostics.requiredSamples(100)).isEqualTo(519);
    }

    /**
     * Veto game of 60 players (v = 1 only for the grand coalition): each player is pivotal only when last,
     * probability 1/60, so with 3,000 permutations one marginal is about 1/50 = 2 % of the sum of its
     * marginals, above max(1 %, 10/3000).
     */
    @Test
    void test_rarelyPivotal_largestShareWarns() {
        int n = 60;
        Game veto = Game.of(n, s -> s == (1L << n) - 1 ? 1 : 0);
        SampledValues r = MonteCarloShapley.DEFAULT.compute(veto, SamplingOptions.of(60, 3000));
        assertThat(r.diagnostics().largestShare()).isGreaterThan(0.01);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).matches(
                "unreliable: player \\d+'s largest single marginal contribution is [0-9.]+% of the sum of its \\|marginals\\| \\(> 1%\\)"));
        assertThat(r.diagnostics().sum()).isCloseTo(1, within(1e-12));
    }

    /** Stratified sampling estimates each player independently: the sum is not v(N) exactly, and that is said. */
    @Test
    void test_stratified_efficiencyGapReported() {
        SampledValues r = MonteCarloShapley.DEFAULT.compute(GloveGame.of(1, 2),
                SamplingOptions.of(3, 3000).withVariant(SamplingVariant.STRATIFIED));
        ShapleyDiagnostics d = r.diagnostics();
        assertThat(d.permutations()).isZero();
        assertThat(d.grandValue()).isEqualTo(1);
        assertThat(Math.abs(d.efficiencyGap())).isGreaterThan(1e-9);
        assertThat(d.efficiencyGap()).isCloseTo(d.sum() - 1, within(1e-15));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("not efficient: the estimates sum to "));
    }

    @Test
    void test_antithetic_permutationsCountBothOrders() {
        SampledValues r = MonteCarloShapley.DEFAULT.compute(AirportGame.of(1, 2, 3),
                SamplingOptions.of(5, 4000).withVariant(SamplingVariant.ANTITHETIC));
        assertThat(r.diagnostics().permutations()).isEqualTo(2 * r.samples());
        assertThat(r.diagnostics().efficiencyGap()).isCloseTo(0, within(1e-12));
    }

    @Test
    void test_targetNotReached_warns() {
        SampledValues r = MonteCarloShapley.DEFAULT.compute(AirportGame.of(1, 2, 3), SamplingOptions.of(5, 100)
                .withTargetStandardError(1e-9));
        assertThat(r.converged()).isFalse();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("unreliable: the target standard error 1E-9 was not reached within the budget"));
    }
}
