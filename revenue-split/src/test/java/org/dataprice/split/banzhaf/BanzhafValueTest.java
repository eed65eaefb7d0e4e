package org.dataprice.split.banzhaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.fraction.BigFraction;
import org.dataprice.error.InvalidInputException;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.game.UnanimityGame;
import org.dataprice.split.game.WeightedMajorityGame;
import org.junit.jupiter.api.Test;

class BanzhafValueTest {
    private static final double TOLERANCE = 1e-12;

    /** CoopGame 0.2.2 test_07_banzhafValue.R: weights (50, 49, 1), quota 51 → normalised (3/5, 1/5, 1/5), raw (3/4, 1/4, 1/4). */
    @Test
    void test_normalised_coopGame() {
        WeightedMajorityGame g = WeightedMajorityGame.of(51, 50, 49, 1);
        assertThat(BanzhafValue.DEFAULT.normalised(g).toArray()).containsExactly(new double[] {
            BigFraction.of(3, 5).doubleValue(), 0.2, 0.2}, within(TOLERANCE));
        assertThat(BanzhafValue.DEFAULT.raw(g).toArray()).containsExactly(new double[] {0.75, 0.25, 0.25}, within(TOLERANCE));
    }

    @Test
    void test_raw_closedFormsMatchTable() {
        UnanimityGame u = UnanimityGame.of(4, new long[] {0b0011, 0b1110, 0b1111}, new double[] {4, 8, 16});
        assertThat(BanzhafValue.DEFAULT.raw(u).toArray())
                .containsExactly(BanzhafValue.DEFAULT.raw((Game) u).toArray(), within(TOLERANCE));
        SynergyGame s = SynergyGame.of(new double[] {1, 2, 3}, new double[][] {{0, 1, 2}, {1, 0, 3}, {2, 3, 0}});
        assertThat(BanzhafValue.DEFAULT.raw(s).toArray())
                .containsExactly(BanzhafValue.DEFAULT.raw((Game) s).toArray(), within(TOLERANCE));
    }

    @Test
    void test_normalised_zeroSumRejected() {
        assertThatThrownBy(() -> BanzhafValue.DEFAULT.normalised(Game.of(2, s -> 0)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("game");
    }
}
