package org.dataprice.split.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.MinimumSpanningTreeGame;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.game.WeightedMajorityGame;
import org.dataprice.split.sampling.SamplingOptions;
import org.junit.jupiter.api.Test;

class ContributionsTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void test_compute_shapleyDispatch() {
        Contribution airport = Contributions.DEFAULT.compute(AirportGame.of(1, 2, 3), ContributionMethod.SHAPLEY);
        assertThat(airport.algorithm()).isEqualTo("split.shapley.airport");
        assertThat(airport.exact()).isTrue();
        assertThat(airport.value(2)).isCloseTo(1.0 / 3 + 1.0 / 2 + 1, within(TOLERANCE));
        Contribution voting = Contributions.DEFAULT.compute(WeightedMajorityGame.of(51, 50, 49, 1), ContributionMethod.SHAPLEY);
        assertThat(voting.algorithm()).startsWith("split.power.weightedMajority");
        // CoopGame test_15_shapleyValue.R
        Contribution table = Contributions.DEFAULT.compute(TableGame.ofLexicographic(3, new double[] {2, 4, 5, 18, 14, 9, 24}),
                ContributionMethod.SHAPLEY);
        assertThat(table.values()).containsExactly(9.5, 8.0, 6.5);
        assertThat(table.standardErrors()).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void test_compute_shapley_mstRingClosedForm() {
        // Castro, Gomez & Tejada (2009) section 4: 100 players, K = 101, e = 1 -> (101 + 99) / 100 = 2 each,
        // beyond exact enumeration and without sampling options
        Contribution ring = Contributions.DEFAULT.compute(MinimumSpanningTreeGame.castro2009(), ContributionMethod.SHAPLEY);
        assertThat(ring.algorithm()).isEqualTo("split.shapley.mst-ring");
        assertThat(ring.exact()).isTrue();
        assertThat(ring.values()).hasSize(100).allSatisfy(v -> assertThat(v).isCloseTo(2.0, within(TOLERANCE)));
        // a small ring agrees with enumeration: n = 6, K = 10, e = 1 -> (10 + 5) / 6 = 2.5
        MinimumSpanningTreeGame small = MinimumSpanningTreeGame.ring(6, 10, 1);
        assertThat(Contributions.DEFAULT.compute(small, ContributionMethod.SHAPLEY).values())
                .allSatisfy(v -> assertThat(v).isCloseTo(2.5, within(TOLERANCE)));
        assertThat(Contributions.DEFAULT.compute(small, ContributionMethod.SHAPLEY_EXACT).values())
                .allSatisfy(v -> assertThat(v).isCloseTo(2.5, within(1e-9)));
    }

    private static final EnumerationLimits SMALL = new EnumerationLimits(4, 3);

    /** The dispatch with limits: closed forms pass any size, enumeration stops at the limit, sampling takes over. */
    @Test
    void test_dispatch_limitsClosedFormsAndSampling() {
        Game five = Game.of(5, s -> Long.bitCount(s) >= 3 ? 1 : 0);
        assertThatThrownBy(() -> Contributions.DEFAULT.compute(five, ContributionMethod.SHAPLEY, GameSense.PROFIT, null, SMALL))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("players"));
        assertThatThrownBy(() -> Contributions.DEFAULT.compute(five, ContributionMethod.SHAPLEY_EXACT, GameSense.PROFIT,
                SamplingOptions.of(1, 100), SMALL)).isInstanceOf(LimitExceededException.class);
        // beyond the limit with sampling options: sampled, the sampled values attached
        Contribution sampled = Contributions.DEFAULT.compute(five, ContributionMethod.SHAPLEY, GameSense.PROFIT,
                SamplingOptions.of(7, 400), SMALL);
        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.sampled()).isNotNull();
        assertThat(sampled.sampled().values()).isEqualTo(sampled.values());
        // the airport game has a closed form: 6 players pass a limit of 4 (Littlechild & Owen 1973)
        Contribution airport = Contributions.DEFAULT.compute(AirportGame.of(1, 2, 3, 4, 5, 6), ContributionMethod.SHAPLEY,
                GameSense.COST, null, SMALL);
        assertThat(airport.algorithm()).isEqualTo("split.shapley.airport");
        assertThat(airport.value(0)).isCloseTo(1.0 / 6, within(TOLERANCE));
        // within the limit: the same answer as the plain dispatch
        Game three = TableGame.ofLexicographic(3, new double[] {2, 4, 5, 18, 14, 9, 24});
        assertThat(Contributions.DEFAULT.compute(three, ContributionMethod.SHAPLEY, GameSense.PROFIT, null, SMALL).values())
                .containsExactly(9.5, 8.0, 6.5);
    }

    /** A cost game's nucleolus and least core are taken on the cost side; its prenucleolus is refused on kind. */
    @Test
    void test_dispatch_costSide() {
        Game three = TableGame.ofLexicographic(3, new double[] {2, 4, 5, 18, 14, 9, 24});
        // the airport cost game of runways 1, 2, 3 as a table: c(S) = the longest runway in S
        Game airport = TableGame.ofLexicographic(3, new double[] {1, 2, 3, 2, 3, 3, 3});
        Contribution costNucleolus = Contributions.DEFAULT.compute(airport, ContributionMethod.NUCLEOLUS, GameSense.COST, null, SMALL);
        assertThat(costNucleolus.values()).isEqualTo(org.dataprice.split.nucleolus.Nucleolus.DEFAULT.costNucleolus(airport).values());
        Contribution leastCore = Contributions.DEFAULT.compute(three, ContributionMethod.LEAST_CORE, GameSense.PROFIT, null, SMALL);
        assertThat(leastCore.leastCore()).isNotNull();
        assertThat(leastCore.leastCore().epsilon())
                .isEqualTo(org.dataprice.split.nucleolus.Nucleolus.DEFAULT.leastCore(three).epsilon());
        assertThat(Contributions.DEFAULT.compute(airport, ContributionMethod.LEAST_CORE, GameSense.COST, null, SMALL).leastCore()
                .epsilon()).isEqualTo(org.dataprice.split.nucleolus.Nucleolus.DEFAULT.costLeastCore(airport).epsilon());
        assertThatThrownBy(() -> Contributions.DEFAULT.compute(three, ContributionMethod.PRENUCLEOLUS, GameSense.COST, null, SMALL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        Game four = Game.of(4, s -> Long.bitCount(s) >= 2 ? 1 : 0);
        assertThatThrownBy(() -> Contributions.DEFAULT.compute(four, ContributionMethod.NUCLEOLUS, GameSense.PROFIT, null, SMALL))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("players"));
    }

    @Test
    void test_compute_largeGameIsSampled() {
        Game big = Game.of(30, s -> Long.bitCount(s) > 15 ? 1 : 0);
        Contribution c = Contributions.DEFAULT.compute(big, ContributionMethod.SHAPLEY, SamplingOptions.of(1, 2000));
        assertThat(c.exact()).isFalse();
        assertThat(c.seed()).isEqualTo(1);
        assertThat(c.samples()).isEqualTo(2000);
        assertThat(c.value(0)).isCloseTo(1.0 / 30, within(5 * c.standardErrors().get(0) + 1e-12));
    }

    @Test
    void test_compute_nucleolusAndBanzhaf() {
        TableGame g = TableGame.ofLexicographic(3, new double[] {0, 0, 0, 10, 0, 0, 2});
        Contribution n = Contributions.DEFAULT.compute(g, ContributionMethod.NUCLEOLUS);
        assertThat(n.value(0)).isCloseTo(1, within(1e-9)); // coopgame-py README: (1, 1, 0)
        assertThat(n.value(2)).isCloseTo(0, within(1e-9));
        assertThat(Contributions.DEFAULT.compute(WeightedMajorityGame.of(51, 50, 49, 1), ContributionMethod.BANZHAF_NORMALISED)
                .values().get(0)).isCloseTo(0.6, within(TOLERANCE));
        assertThat(Contributions.DEFAULT.compute(g, ContributionMethod.LEAST_CORE).values()).hasSize(3);
    }

    @Test
    void test_compute_samplingWithoutOptions() {
        assertThatThrownBy(() -> Contributions.DEFAULT.compute(AirportGame.of(1, 2), ContributionMethod.SHAPLEY_MONTE_CARLO))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("sampling");
    }
}
