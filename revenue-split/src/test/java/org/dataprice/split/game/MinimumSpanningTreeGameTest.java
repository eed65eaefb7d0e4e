package org.dataprice.split.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.split.shapley.ExactShapley;
import org.junit.jupiter.api.Test;

/**
 * The ring minimum-spanning-tree game of Castro, Gómez &amp; Tejada (2009) §4 (Computers &amp; OR 36(5)
 * 1726–1730): n = 100, source edges 101, ring edges 1; every Shapley value is 2 (also pyDVL
 * {@code src/pydvl/valuation/games.py}, {@code MinimumSpanningTreeGame.shapley_values}).
 */
class MinimumSpanningTreeGameTest {
    /** Costs are sums of a few small integers: exact in double. */
    private static final double TOLERANCE = 1e-12;

    @Test
    void test_value_matchesPrimOnTheRestrictedGraph() {
        for (int n = 1; n <= 9; n++) {
            for (double[] costs : new double[][] {{101, 1}, {3, 5}, {2.5, 0.5}}) {
                MinimumSpanningTreeGame game = MinimumSpanningTreeGame.ring(n, costs[0], costs[1]);
                for (long s = 0; s < 1L << n; s++) {
                    assertThat(game.value(s)).as("n=%d S=%d", n, s).isCloseTo(prim(n, costs[0], costs[1], s),
                            within(TOLERANCE));
                }
            }
        }
    }

    @Test
    void test_walk_marginalsAreValueDifferences() {
        MinimumSpanningTreeGame game = MinimumSpanningTreeGame.ring(10, 11, 1);
        int[] order = {3, 7, 4, 0, 9, 5, 8, 1, 6, 2};
        IncrementalGame.Walk walk = game.walk();
        walk.reset();
        long mask = 0;
        for (int p : order) {
            double before = game.value(mask);
            mask |= 1L << p;
            assertThat(walk.join(p)).as("player %d", p).isCloseTo(game.value(mask) - before, within(TOLERANCE));
        }
        double[] out = new double[10];
        walk.walk(order, out);
        assertThat(Arrays.stream(out).sum()).isCloseTo(game.value(game.grandCoalition()), within(TOLERANCE));
    }

    @Test
    void test_shapleyValues_castro2009AllTwo() {
        assertThat(MinimumSpanningTreeGame.castro2009().shapleyValues()).hasSize(100).containsOnly(2.0);
    }

    @Test
    void test_shapleyValues_matchExactShapley() {
        for (double[] costs : new double[][] {{13, 1}, {3, 5}}) {
            MinimumSpanningTreeGame game = MinimumSpanningTreeGame.ring(12, costs[0], costs[1]);
            double[] exact = ExactShapley.DEFAULT.compute(game).toArray();
            double[] closed = game.shapleyValues();
            for (int i = 0; i < 12; i++) {
                assertThat(closed[i]).isCloseTo(exact[i], within(TOLERANCE));
            }
        }
    }

    @Test
    void test_ring_negativeSourceCost() {
        assertThatThrownBy(() -> MinimumSpanningTreeGame.ring(5, -1, 1)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("sourceCost");
    }

    @Test
    void test_ring_infiniteEdgeCost() {
        assertThatThrownBy(() -> MinimumSpanningTreeGame.ring(5, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("edgeCost");
    }

    @Test
    void test_ring_noPlayers() {
        assertThatThrownBy(() -> MinimumSpanningTreeGame.ring(0, 1, 1)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("players");
    }

    @Test
    void test_value_tooManyPlayersForABitmask() {
        assertThatThrownBy(() -> MinimumSpanningTreeGame.castro2009().value(1)).isInstanceOf(LimitExceededException.class);
    }

    /** Prim's algorithm on S ∪ {source}: node n is the source, ring edges i–(i±1 mod n), no others. */
    private static double prim(int n, double source, double edge, long coalition) {
        int m = Long.bitCount(coalition);
        if (m == 0) {
            return 0;
        }
        double[] best = new double[n];
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            best[i] = source; // the tree starts at the source
        }
        double total = 0;
        for (int step = 0; step < m; step++) {
            int pick = -1;
            for (int i = 0; i < n; i++) {
                if ((coalition >> i & 1) == 1 && !done[i] && (pick < 0 || best[i] < best[pick])) {
                    pick = i;
                }
            }
            done[pick] = true;
            total += best[pick];
            for (int i = 0; i < n; i++) {
                boolean adjacent = n > 1 && (i == (pick + 1) % n || pick == (i + 1) % n);
                if (adjacent && i != pick) {
                    best[i] = Math.min(best[i], edge);
                }
            }
        }
        return total;
    }
}
