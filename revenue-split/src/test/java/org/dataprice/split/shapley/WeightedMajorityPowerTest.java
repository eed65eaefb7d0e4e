package org.dataprice.split.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.fraction.BigFraction;
import org.dataprice.error.InvalidInputException;
import org.dataprice.split.game.WeightedMajorityGame;
import org.junit.jupiter.api.Test;

class WeightedMajorityPowerTest {
    private static final double TOLERANCE = 1e-12;

    private static WeightedMajorityGame securityCouncil() {
        long[] w = new long[15];
        for (int i = 0; i < 15; i++) {
            w[i] = i < 5 ? 7 : 1;
        }
        return WeightedMajorityGame.of(39, w);
    }

    /**
     * UN Security Council [39; 7×5, 1×10]: Shapley–Shubik 421/2145 ≈ 0.19627 (permanent) and
     * 4/2145 ≈ 0.001865 (elected) (Shapley &amp; Shubik 1954; Straffin, Game Theory and Strategy, 1993,
     * ch. 10); Banzhaf swings 848 and 84, normalised 848/5080 ≈ 0.1669 and 84/5080 ≈ 0.0165
     * (Brams, Game Theory and Politics, 1975).
     */
    @Test
    void test_compute_unSecurityCouncil() {
        VotingPower p = WeightedMajorityPower.DEFAULT.compute(securityCouncil());
        assertThat(p.shapleyShubik().value(0)).isCloseTo(BigFraction.of(421, 2145).doubleValue(), within(TOLERANCE));
        assertThat(p.shapleyShubik().value(14)).isCloseTo(BigFraction.of(4, 2145).doubleValue(), within(TOLERANCE));
        assertThat(p.shapleyShubik().value(0)).isCloseTo(0.19627, within(5e-6));
        assertThat(p.shapleyShubik().value(14)).isCloseTo(0.001865, within(5e-7));
        long swings0 = p.swingsBySize().get(0).stream().mapToLong(Long::longValue).sum();
        long swings14 = p.swingsBySize().get(14).stream().mapToLong(Long::longValue).sum();
        assertThat(swings0).isEqualTo(848);
        assertThat(swings14).isEqualTo(84);
        assertThat(p.banzhaf().value(0)).isCloseTo(848.0 / 16384, within(TOLERANCE));
        assertThat(p.normalisedBanzhaf().value(0)).isCloseTo(BigFraction.of(848, 5080).doubleValue(), within(TOLERANCE));
        assertThat(p.normalisedBanzhaf().value(14)).isCloseTo(BigFraction.of(84, 5080).doubleValue(), within(TOLERANCE));
    }

    /** CoopGame 0.2.2 test_07_banzhafValue.R: weights (50, 49, 1), quota 51 → normalised Banzhaf (3/5, 1/5, 1/5). */
    @Test
    void test_compute_coopGameBanzhaf() {
        VotingPower p = WeightedMajorityPower.DEFAULT.compute(WeightedMajorityGame.of(51, 50, 49, 1));
        assertThat(p.normalisedBanzhaf().toArray()).containsExactly(new double[] {0.6, 0.2, 0.2}, within(TOLERANCE));
    }

    /**
     * Castro, Gómez &amp; Tejada (2009) §4.2 asymmetric voting game, 51 players, weights and exact
     * Shapley values as listed (to 4 significant digits) in pyDVL src/pydvl/valuation/games.py; the
     * coalition wins when its weight exceeds half the total.
     */
    @Test
    void test_compute_castro2009AsymmetricVoting() {
        int[] counts = {1, 1, 1, 2, 1, 1, 2, 1, 2, 3, 1, 4, 4, 2, 4, 4, 1, 9, 7};
        long[] weights = {45, 41, 27, 26, 25, 21, 17, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3};
        double[] values = {0.08831, 0.07973, 0.05096, 0.04898, 0.047, 0.03917, 0.03147, 0.02577, 0.02388, 0.022,
            0.02013, 0.01827, 0.01641, 0.01456, 0.01272, 0.01088, 0.009053, 0.00723, 0.005412};
        long[] w = new long[51];
        int k = 0;
        long total = 0;
        for (int g = 0; g < counts.length; g++) {
            for (int j = 0; j < counts[g]; j++) {
                w[k++] = weights[g];
                total += weights[g];
            }
        }
        VotingPower p = WeightedMajorityPower.DEFAULT.compute(WeightedMajorityGame.of(total / 2 + 1, w));
        k = 0;
        for (int g = 0; g < counts.length; g++) {
            for (int j = 0; j < counts[g]; j++) {
                assertThat(p.shapleyShubik().value(k++)).as("weight %d", weights[g])
                        .isCloseTo(values[g], within(values[g] * 1e-3));
            }
        }
        assertThat(p.shapleyShubik().total()).isCloseTo(1, within(1e-12));
    }

    @Test
    void test_compute_matchesExactShapley() {
        WeightedMajorityGame g = WeightedMajorityGame.of(9, 4, 3, 3, 2, 2, 1, 0, 5);
        assertThat(WeightedMajorityPower.DEFAULT.compute(g).shapleyShubik().toArray())
                .containsExactly(ExactShapley.DEFAULT.compute(g).toArray(), within(TOLERANCE));
    }

    @Test
    void test_of_quotaAboveTotal() {
        assertThatThrownBy(() -> WeightedMajorityGame.of(10, 4, 5)).isInstanceOf(
                org.dataprice.error.LimitExceededException.class);
    }

    @Test
    void test_of_negativeWeight() {
        assertThatThrownBy(() -> WeightedMajorityGame.of(1, 4, -5)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("weights[1]");
    }
}
