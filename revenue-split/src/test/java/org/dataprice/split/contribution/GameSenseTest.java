package org.dataprice.split.contribution;

import org.dataprice.error.InvalidInputException;
import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.GloveGame;
import org.dataprice.split.game.MinimumSpanningTreeGame;
import org.dataprice.split.game.WeightedMajorityGame;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link GameSense#natural}: the cost games by construction are cost games, every other game a profit game. */
class GameSenseTest {
    @Test
    void test_natural_costGamesByConstruction() {
        assertThat(GameSense.natural(AirportGame.of(1, 2, 3))).isEqualTo(GameSense.COST);
        assertThat(GameSense.natural(MinimumSpanningTreeGame.ring(4, 10, 3))).isEqualTo(GameSense.COST);
    }

    @Test
    void test_natural_otherGamesProfit() {
        assertThat(GameSense.natural(GloveGame.of(2, 1))).isEqualTo(GameSense.PROFIT);
        assertThat(GameSense.natural(WeightedMajorityGame.of(3, new long[] {2, 1, 1}))).isEqualTo(GameSense.PROFIT);
    }

    @Test
    void test_natural_nullRejected() {
        assertThatThrownBy(() -> GameSense.natural(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("game");
    }
}
