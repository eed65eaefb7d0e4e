package org.dataprice.split.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.fraction.BigFraction;
import org.dataprice.split.game.AirportGame;
import org.junit.jupiter.api.Test;

class AirportShapleyTest {
    private static final double TOLERANCE = 1e-12;

    /**
     * Castro, Gómez &amp; Tejada (2009) §4.3 airport game, exact values as listed in pyDVL
     * src/pydvl/valuation/games.py (AirportGame): 100 players in groups of 8, 12, 6, 14, 8, 9, 13, 10,
     * 10, 10 needing costs 1 … 10; values printed to 9 decimals.
     */
    @Test
    void test_compute_castro2009Airport() {
        int[] sizes = {8, 12, 6, 14, 8, 9, 13, 10, 10, 10};
        double[] exact = {0.01, 0.020869565, 0.033369565, 0.046883079, 0.063549745, 0.082780515, 0.106036329,
            0.139369662, 0.189369662, 0.289369662};
        double[] costs = new double[100];
        int k = 0;
        for (int g = 0; g < sizes.length; g++) {
            for (int j = 0; j < sizes[g]; j++) {
                costs[k++] = g + 1;
            }
        }
        double[] phi = AirportShapley.DEFAULT.compute(AirportGame.of(costs)).toArray();
        k = 0;
        for (int g = 0; g < sizes.length; g++) {
            for (int j = 0; j < sizes[g]; j++) {
                assertThat(phi[k++]).as("group %d", g).isCloseTo(exact[g], within(5e-10));
            }
        }
    }

    /** Littlechild–Owen rule by hand on costs (3, 1, 2): shares 1/3, 1/3 + 1/2, 1/3 + 1/2 + 1. */
    @Test
    void test_compute_littlechildOwenByHandAndExact() {
        AirportGame game = AirportGame.of(3, 1, 2);
        double[] phi = AirportShapley.DEFAULT.compute(game).toArray();
        assertThat(phi[1]).isCloseTo(BigFraction.of(1, 3).doubleValue(), within(TOLERANCE));
        assertThat(phi[2]).isCloseTo(BigFraction.of(5, 6).doubleValue(), within(TOLERANCE));
        assertThat(phi[0]).isCloseTo(BigFraction.of(11, 6).doubleValue(), within(TOLERANCE));
        assertThat(ExactShapley.DEFAULT.compute(game).toArray()).containsExactly(phi, within(TOLERANCE));
    }
}
