package org.dataprice.split.game;

import org.dataprice.error.Require;

/**
 * The minimum-spanning-tree cost game on a ring (最小生成树博弈) of Castro, Gómez &amp; Tejada (2009)
 * §4: players 0 … n−1 sit on a cycle, neighbours i and i+1 (and n−1 and 0) joined by an edge of cost
 * e, every player joined to a common source by an edge of cost K, no other edges. A coalition pays the
 * minimum spanning tree of the graph restricted to S ∪ {source}: c(∅) = 0 and
 *
 * <pre>
 *   c(S) = Σ over the arcs A of S (maximal runs of ring neighbours) [ K + e'·(|A| − 1) ],  e' = min(e, K)
 *        = e'·|S| + (K − e')·arcs(S),  with arcs(N) = 1 (the whole ring uses n − 1 ring edges)
 * </pre>
 *
 * Each arc links to the source once and is spanned by its own ring edges (or by source edges when
 * those are cheaper, hence e'). A cost game; its savings game is {@link SavingsGame#of(Game)}.
 *
 * <p><b>Shapley value.</b> The game is invariant under rotating the ring, so every player gets the same
 * share of c(N): φ<sub>i</sub> = (K + e'(n − 1))/n. Castro et al.'s instance ({@link #castro2009()}: n =
 * 100, K = 101, e = 1) gives c(N) = 200 and φ<sub>i</sub> = 2 (as in pyDVL's
 * {@code MinimumSpanningTreeGame}). Sampling it is hard for plain permutations (a marginal is K, e' or
 * 2e' − K: 101, 1 or −99) and easy for antithetic ones (reversing an order swaps the first and the
 * third case).
 *
 * <p><b>Walk.</b> A join looks at the joining player's two ring neighbours: none present → K (a new
 * arc); one → e' (extends an arc); two → 2e' − K (merges two arcs), or e' when it is the last player
 * (closes the ring into one arc). O(1) per join.
 *
 * <p><b>Limits.</b> n in [1, {@link IncrementalGame#MAX_PLAYERS}] for sampling and
 * {@link #shapleyValues()}; {@link #value(long)} needs n ≤ {@link Game#MAX_PLAYERS}. Costs finite and
 * ≥ 0. Immutable and thread-safe; walks are not.
 *
 * <p>Source: Castro, Gómez &amp; Tejada, "Polynomial calculation of the Shapley value based on sampling",
 * Computers &amp; Operations Research 36(5) (2009) 1726–1730, §4 (minimum cost spanning tree game);
 * Granot &amp; Huberman, "Minimum cost spanning tree games", Math. Programming 21 (1981) 1–18.
 */
public final class MinimumSpanningTreeGame implements Game {
    private final int n;
    private final double sourceCost;
    private final double edgeCost;
    private final double effectiveEdge;

    private MinimumSpanningTreeGame(int n, double sourceCost, double edgeCost) {
        this.n = n;
        this.sourceCost = sourceCost;
        this.edgeCost = edgeCost;
        this.effectiveEdge = Math.min(edgeCost, sourceCost);
    }

    /**
     * The instance of Castro, Gómez &amp; Tejada (2009) §4: 100 players, source edges 101, ring edges 1;
     * every Shapley value is 2.
     *
     * @return the game
     */
    public static MinimumSpanningTreeGame castro2009() {
        return ring(100, 101, 1);
    }

    /**
     * @param players    the players on the ring, in [1, {@link IncrementalGame#MAX_PLAYERS}]
     * @param sourceCost K, the cost of a player's edge to the source; finite, ≥ 0
     * @param edgeCost   e, the cost of an edge between ring neighbours; finite, ≥ 0
     * @return the game
     */
    public static MinimumSpanningTreeGame ring(int players, double sourceCost, double edgeCost) {
        Games.checkPlayers(players, IncrementalGame.MAX_PLAYERS, "players");
        Require.nonNegative(Require.finite(sourceCost, "sourceCost"), "sourceCost");
        Require.nonNegative(Require.finite(edgeCost, "edgeCost"), "edgeCost");
        return new MinimumSpanningTreeGame(players, sourceCost, edgeCost);
    }

    /** @return K, the cost of an edge to the source */
    public double sourceCost() {
        return sourceCost;
    }

    /** @return e, the cost of an edge between ring neighbours */
    public double edgeCost() {
        return edgeCost;
    }

    /**
     * The exact Shapley value, by symmetry: every player gets c(N)/n = (K + e'(n − 1))/n.
     *
     * @return the values, one per player
     */
    public double[] shapleyValues() {
        double[] phi = new double[n];
        java.util.Arrays.fill(phi, (sourceCost + effectiveEdge * (n - 1)) / n);
        return phi;
    }

    @Override
    public int players() {
        return n;
    }

    /**
     * @param coalition a bitmask over players 0 … n − 1; needs n ≤ {@link Game#MAX_PLAYERS}
     * @return c(S) = e'|S| + (K − e')·arcs(S)
     */
    @Override
    public double value(long coalition) {
        Require.withinLimit(n, Game.MAX_PLAYERS, "players", "sample larger rings through walk()");
        if (coalition == 0) {
            return 0;
        }
        int arcs = 0; // members whose ring predecessor is absent start an arc
        for (long s = coalition; s != 0; s &= s - 1) {
            int i = Long.numberOfTrailingZeros(s);
            int previous = i == 0 ? n - 1 : i - 1;
            if ((coalition & (1L << previous)) == 0) {
                arcs++;
            }
        }
        return effectiveEdge * Long.bitCount(coalition) + (sourceCost - effectiveEdge) * Math.max(arcs, 1);
    }

    @Override
    public Walk walk() {
        return new RingWalk();
    }

    /** The incremental form: which players are in, and how many. */
    private final class RingWalk implements Walk {
        private final boolean[] in = new boolean[n];
        private int size;

        @Override
        public void reset() {
            java.util.Arrays.fill(in, false);
            size = 0;
        }

        @Override
        public double join(int player) {
            int neighbours;
            if (n == 1) {
                neighbours = 0;
            } else if (n == 2) {
                neighbours = in[1 - player] ? 1 : 0; // both ring edges join the same pair
            } else {
                neighbours = (in[player == 0 ? n - 1 : player - 1] ? 1 : 0) + (in[player == n - 1 ? 0 : player + 1] ? 1 : 0);
            }
            in[player] = true;
            size++;
            if (neighbours == 0) {
                return sourceCost; // a new arc, linked to the source
            }
            if (neighbours == 1 || size == n) {
                return effectiveEdge; // extends an arc, or closes the ring (no new source link dropped)
            }
            return 2 * effectiveEdge - sourceCost; // merges two arcs: one source link fewer
        }
    }
}
