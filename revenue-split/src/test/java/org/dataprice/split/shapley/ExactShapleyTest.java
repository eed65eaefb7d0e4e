package org.dataprice.split.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.fraction.BigFraction;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.GameSteps;
import org.dataprice.split.game.GloveGame;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.game.UnanimityGame;
import org.junit.jupiter.api.Test;

class ExactShapleyTest {
    private static final double TOLERANCE = 1e-12;

    /** CoopGame 0.2.2 tests/testthat/test_15_shapleyValue.R: (2,4,5,18,14,9,24) → (9.5, 8, 6.5). */
    @Test
    void test_compute_coopGameVector() {
        TableGame game = TableGame.ofLexicographic(3, new double[] {2, 4, 5, 18, 14, 9, 24});
        PlayerValues phi = ExactShapley.DEFAULT.compute(game);
        assertThat(phi.toArray()).containsExactly(new double[] {9.5, 8, 6.5}, within(TOLERANCE));
        assertThat(phi.explanation().resultStep().key()).isEqualTo(GameSteps.VALUES);
        assertThat(phi.explanation().resultStep().result().doubleValue()).isCloseTo(24, within(TOLERANCE));
    }

    /** Glove game, one left and two right gloves: (2/3, 1/6, 1/6) (Shapley &amp; Shubik 1966; textbook example). */
    @Test
    void test_compute_gloveGame() {
        PlayerValues phi = ExactShapley.DEFAULT.compute(GloveGame.of(1, 2));
        assertThat(phi.value(0)).isCloseTo(BigFraction.of(2, 3).doubleValue(), within(TOLERANCE));
        assertThat(phi.value(1)).isCloseTo(BigFraction.of(1, 6).doubleValue(), within(TOLERANCE));
        assertThat(phi.value(2)).isCloseTo(BigFraction.of(1, 6).doubleValue(), within(TOLERANCE));
    }

    /** Castro et al. (2009) shoes game as tabulated in pyDVL games.py: L = 2, R = 1 → left 0.167, right 0.667. */
    @Test
    void test_compute_shoesGameCastro() {
        PlayerValues phi = ExactShapley.DEFAULT.compute(GloveGame.of(2, 1));
        assertThat(phi.value(0)).isCloseTo(1.0 / 6, within(TOLERANCE));
        assertThat(phi.value(2)).isCloseTo(2.0 / 3, within(TOLERANCE));
        PlayerValues four = ExactShapley.DEFAULT.compute(GloveGame.of(4, 3));
        assertThat(four.value(0)).isCloseTo(0.271, within(5e-4)); // table entry [L=4][R=3]
        assertThat(four.value(6)).isCloseTo(0.638, within(5e-4)); // table entry [3][4]
    }

    @Test
    void test_values_sequentialEqualsParallelBitForBit() {
        int n = 16;
        double[] table = random(n, 7);
        TableGame game = TableGame.of(n, table);
        assertThat(ExactShapley.DEFAULT.values(game)).isEqualTo(ExactShapley.SEQUENTIAL.values(game));
    }

    @Test
    void test_compute_matchesClosedFormSynergy() {
        int n = 9;
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        double[] a = new double[n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(-1, 5);
            for (int j = 0; j < i; j++) {
                b[i][j] = b[j][i] = r.nextDouble(-1, 2);
            }
        }
        SynergyGame game = SynergyGame.of(a, b);
        assertThat(ExactShapley.DEFAULT.compute(game).toArray())
                .containsExactly(ClosedFormShapley.DEFAULT.compute(game).toArray(), within(1e-12));
    }

    @Test
    void test_compute_matchesClosedFormUnanimity() {
        UnanimityGame game = UnanimityGame.of(5, new long[] {0b00011, 0b10101, 0b11111, 0b01000}, new double[] {6, 9, 10, -2});
        PlayerValues exact = ExactShapley.DEFAULT.compute(game);
        // hand: d/|T| : {0,1}: 3 each; {0,2,4}: 3 each; N: 2 each; {3}: -2
        assertThat(exact.toArray()).containsExactly(new double[] {8, 5, 5, 0, 5}, within(TOLERANCE));
        assertThat(ClosedFormShapley.DEFAULT.compute(game).toArray()).containsExactly(exact.toArray(), within(TOLERANCE));
    }

    @Test
    void test_compute_tooManyPlayersPointsToSampling() {
        Game big = Game.of(26, s -> Long.bitCount(s));
        assertThatThrownBy(() -> ExactShapley.DEFAULT.compute(big))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("MonteCarloShapley")
                .extracting(e -> ((LimitExceededException) e).field()).isEqualTo("players");
    }

    @Test
    void test_of_wrongTableSize() {
        assertThatThrownBy(() -> TableGame.of(3, new double[7])).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("values");
    }

    @Test
    void test_of_nonZeroEmptyCoalition() {
        assertThatThrownBy(() -> TableGame.of(1, new double[] {1, 2})).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("values[0]");
    }

    @Test
    void test_of_nanWorth() {
        assertThatThrownBy(() -> TableGame.of(1, new double[] {0, Double.NaN})).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("values[1]");
    }

    static double[] random(int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[] t = new double[1 << n];
        for (int s = 1; s < t.length; s++) {
            t[s] = r.nextDouble(-10, 10);
        }
        return t;
    }
}
