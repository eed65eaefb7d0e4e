package org.dataprice.split.nucleolus;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.SavingsGame;
import org.dataprice.split.game.TableGame;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The nucleolus (核仁) and the least core (最小核) by sequential linear programs.
 *
 * <p>The excess of coalition S at allocation x is e(S, x) = v(S) − x(S). The nucleolus is the
 * allocation (over imputations: x(N) = v(N), x<sub>i</sub> ≥ v({i})) that lexicographically minimises the
 * vector of excesses sorted in decreasing order; the prenucleolus drops x<sub>i</sub> ≥ v({i}). Stage k
 * solves LP<sub>k</sub>: min ε s.t. x(S) + ε ≥ v(S) for the coalitions S not yet fixed, x(T) = c<sub>T</sub>
 * for the fixed ones, and the imputation bounds; the coalitions with a positive dual price at the
 * optimum are tight in every optimal solution and are fixed at c<sub>S</sub> = v(S) − ε<sub>k</sub>, as are
 * all coalitions whose indicator vectors are in the span of the fixed ones. Each stage raises that rank,
 * so at most n stages; the final x solves the fixed equalities (LU). ε<sub>1</sub> is the least-core value.
 *
 * <p><b>Algorithm.</b> Each LP is solved in its dual form (n + 1 rows, one column per coalition) by a
 * dense two-phase simplex with Bland's rule, which also yields the dual prices; this is much faster
 * than a primal tableau with 2<sup>n</sup> slack columns. Tolerance 10<sup>−9</sup>·max(1, max|v|).
 *
 * <p><b>Cost games.</b> {@link #costNucleolus(Game)} returns the cost allocation
 * x<sub>i</sub> = c({i}) − y<sub>i</sub> with y the nucleolus of the {@link SavingsGame}.
 *
 * <p><b>Limits.</b> n ≤ {@link #MAX_PLAYERS} (2<sup>n</sup> coalitions per LP). An empty imputation set
 * (v(N) &lt; Σ v({i})) throws {@code CalculationException} (no solution). One player: x = v(N).
 * Stateless and thread-safe.
 *
 * <p>Sources: Schmeidler, "The nucleolus of a characteristic function game", SIAM J. Appl. Math. 17
 * (1969) 1163–1170; Maschler, Peleg &amp; Shapley, "Geometric properties of the kernel, nucleolus and
 * related solution concepts", Math. of OR 4 (1979) 303–338; Kopelowitz (1967), RM 31, Hebrew University.
 */
public final class Nucleolus {
    /** The default instance. */
    public static final Nucleolus DEFAULT = new Nucleolus();
    /** The largest number of players (2^n coalitions per linear program). */
    public static final int MAX_PLAYERS = 16;
    private static final String SOURCE = "Schmeidler (1969); Maschler, Peleg & Shapley (1979), sequential LPs";

    private Nucleolus() {
    }

    /**
     * The nucleolus over imputations.
     *
     * @param game a profit game with at most {@link #MAX_PLAYERS} players and v(N) ≥ Σ v({i}); not null
     * @return the nucleolus
     */
    public PlayerValues nucleolus(Game game) {
        return solve(table(game), true, "split.nucleolus");
    }

    /**
     * The prenucleolus (over pre-imputations, x(N) = v(N) only).
     *
     * @param game a profit game; not null
     * @return the prenucleolus
     */
    public PlayerValues prenucleolus(Game game) {
        return solve(table(game), false, "split.prenucleolus");
    }

    /**
     * The nucleolus of a cost game, on the cost side: x<sub>i</sub> = c({i}) − nucleolus(savings)<sub>i</sub>.
     *
     * @param costGame a cost game; not null
     * @return each player's share of c(N)
     */
    public PlayerValues costNucleolus(Game costGame) {
        SavingsGame savings = SavingsGame.of(Require.notNull(costGame, "costGame"));
        double[] y = nucleolus(savings).toArray();
        for (int i = 0; i < y.length; i++) {
            y[i] = savings.standAloneCost(i) - y[i];
        }
        String method = "split.nucleolus.cost";
        return PlayerValues.explained(method, y, "x_i = c({i}) - nucleolus(s)_i, s(S) = sum_{i in S} c({i}) - c(S)",
                SOURCE, Explanation.builder(method).input("players", y.length));
    }

    /**
     * The least core: the smallest ε with a pre-imputation x such that e(S, x) ≤ ε for every proper
     * coalition, one such x (the prenucleolus, which lies in it), and whether the core is empty
     * (ε &gt; 0).
     *
     * @param game a profit game; not null
     * @return the least core
     */
    public LeastCore leastCore(Game game) {
        TableGame t = table(game);
        int n = t.players();
        double tol = tolerance(t);
        double eps = 0;
        if (n > 1) {
            Span span = new Span(n);
            span.add(t.grandCoalition());
            eps = stage(t, List.of(t.grandCoalition()), List.of(t.value(t.grandCoalition())), free(t, span), false, tol)
                    .pi()[n];
        }
        PlayerValues x = solve(t, false, "split.leastCore");
        return new LeastCore(eps, x, eps > tol);
    }

    /**
     * The least core of a cost game, on the cost side: the smallest ε such that some cost allocation
     * with x(N) = c(N) has x(S) − c(S) ≤ ε for every proper coalition (computed on the savings game,
     * whose excesses are the same), with a point of it as cost shares.
     *
     * @param costGame a cost game; not null
     * @return the least core; {@code coreEmpty} when no allocation is below every coalition's stand-alone cost
     */
    public LeastCore costLeastCore(Game costGame) {
        SavingsGame savings = SavingsGame.of(Require.notNull(costGame, "costGame"));
        LeastCore lc = leastCore(savings);
        double[] y = lc.point().toArray();
        for (int i = 0; i < y.length; i++) {
            y[i] = savings.standAloneCost(i) - y[i];
        }
        String method = "split.leastCore.cost";
        PlayerValues x = PlayerValues.explained(method, y, "x_i = c({i}) - y_i, y a least-core point of the savings game",
                SOURCE, Explanation.builder(method).input("players", y.length).input("epsilon", lc.epsilon(), ""));
        return new LeastCore(lc.epsilon(), x, lc.coreEmpty());
    }

    private static TableGame table(Game game) {
        Require.notNull(game, "game");
        Require.withinLimit(game.players(), MAX_PLAYERS, "players", "the nucleolus solves LPs over 2^n coalitions");
        return TableGame.tabulate(game);
    }

    private static double tolerance(TableGame t) {
        double max = 1;
        for (long s = 0; s <= t.grandCoalition(); s++) {
            max = Math.max(max, Math.abs(t.value(s)));
        }
        return 1e-9 * max;
    }

    private PlayerValues solve(TableGame t, boolean imputation, String method) {
        int n = t.players();
        long grand = t.grandCoalition();
        double vN = t.value(grand);
        double tol = tolerance(t);
        if (imputation) {
            double singles = 0;
            for (int i = 0; i < n; i++) {
                singles += t.value(1L << i);
            }
            if (vN < singles - tol) {
                throw CalculationException.noSolution("nucleolus",
                        "the imputation set is empty: v(N) = " + vN + " < sum v({i}) = " + singles);
            }
        }
        Span span = new Span(n);
        List<Long> fixed = new ArrayList<>();
        List<Double> level = new ArrayList<>();
        span.add(grand);
        fixed.add(grand);
        level.add(vN);
        Explanation.Builder explain = Explanation.builder(method).input("players", n).hashOnly("table", t.table())
                .input("imputation", imputation ? "x_i >= v({i})" : "none (pre-imputations)");
        int stage = 0;
        while (span.rank() < n) {
            List<Long> open = free(t, span);
            DenseSimplex.Solution s = stage(t, fixed, level, open, imputation, tol);
            double eps = s.pi()[n];
            int before = span.rank();
            int base = open.size() + 2 * fixed.size();
            for (int k = 0; k < open.size(); k++) {
                long c = open.get(k);
                if (s.w()[k] > tol && span.add(c)) {
                    fixed.add(c);
                    level.add(t.value(c) - eps); // x(S) = v(S) − ε_k
                }
            }
            if (imputation) {
                for (int i = 0; i < n; i++) {
                    int col = base + i;
                    if (col < s.w().length && s.w()[col] > tol && span.add(1L << i)) {
                        fixed.add(1L << i);
                        level.add(t.value(1L << i));
                    }
                }
            }
            stage++;
            explain.step(Step.builder(NucleolusSteps.STAGE).formula("eps_k = min max_{S open} (v(S) - x(S))")
                    .input(Quantity.count("stage", stage)).input(Quantity.count("rank of fixed coalitions", span.rank()))
                    .result(eps, "").build());
            if (span.rank() == before) {
                throw CalculationException.noConvergence("nucleolus", stage, tol);
            }
        }
        double[] x = solveEqualities(n, fixed, level, span);
        return PlayerValues.explained(method, x, "x solves x(S) = v(S) - eps_k on the coalitions fixed at each stage",
                SOURCE, explain);
    }

    /**
     * Builds and solves the dual of LP_k: columns y_S (open coalitions), z⁺/z⁻ (fixed), u_i (bounds);
     * rows: for each player Σ y_S[i∈S] + Σ (z⁺−z⁻)[i∈T] + u_i = 0, and Σ y_S = 1.
     */
    private static DenseSimplex.Solution stage(TableGame t, List<Long> fixed, List<Double> level, List<Long> open,
            boolean imputation, double tol) {
        int n = t.players();
        int cols = open.size() + 2 * fixed.size() + (imputation ? n : 0);
        double[][] a = new double[n + 1][cols];
        double[] c = new double[cols];
        int j = 0;
        for (long s : open) {
            fill(a, s, j, 1);
            a[n][j] = 1;
            c[j++] = t.value(s);
        }
        for (int k = 0; k < fixed.size(); k++) {
            fill(a, fixed.get(k), j, 1);
            c[j++] = level.get(k);
            fill(a, fixed.get(k), j, -1);
            c[j++] = -level.get(k);
        }
        if (imputation) {
            for (int i = 0; i < n; i++) {
                a[i][j] = 1;
                c[j++] = t.value(1L << i);
            }
        }
        double[] b = new double[n + 1];
        b[n] = 1;
        return DenseSimplex.maximize(a, b, c, tol);
    }

    private static void fill(double[][] a, long coalition, int col, double value) {
        for (long s = coalition; s != 0; s &= s - 1) {
            a[Long.numberOfTrailingZeros(s)][col] = value;
        }
    }

    /** The proper coalitions whose excess is not yet determined by the fixed ones. */
    private static List<Long> free(TableGame t, Span span) {
        List<Long> open = new ArrayList<>();
        for (long s = 1; s < t.grandCoalition(); s++) {
            if (!span.contains(s)) {
                open.add(s);
            }
        }
        return open;
    }

    private static double[] solveEqualities(int n, List<Long> fixed, List<Double> level, Span span) {
        List<Integer> rows = span.members();
        RealMatrix m = MatrixUtils.createRealMatrix(n, n);
        double[] rhs = new double[n];
        for (int r = 0; r < n; r++) {
            long s = fixed.get(rows.get(r));
            for (int i = 0; i < n; i++) {
                m.setEntry(r, i, (s >>> i & 1) == 1 ? 1 : 0);
            }
            rhs[r] = level.get(rows.get(r));
        }
        return new LUDecomposition(m).getSolver().solve(MatrixUtils.createRealVector(rhs)).toArray();
    }

    /** An orthonormal basis (Gram–Schmidt) of the span of the fixed coalitions' indicator vectors. */
    private static final class Span {
        private final int n;
        private final List<double[]> basis = new ArrayList<>();
        private final List<Integer> members = new ArrayList<>();
        private int added;

        Span(int n) {
            this.n = n;
        }

        int rank() {
            return basis.size();
        }

        List<Integer> members() {
            return members;
        }

        boolean contains(long coalition) {
            return norm(residual(coalition)) < 1e-9;
        }

        /** Adds the coalition when independent; counts every call so members() index the fixed list. */
        boolean add(long coalition) {
            double[] r = residual(coalition);
            double norm = norm(r);
            int index = added++;
            if (norm < 1e-9) {
                added--;
                return false;
            }
            for (int i = 0; i < n; i++) {
                r[i] /= norm;
            }
            basis.add(r);
            members.add(index);
            return true;
        }

        private double[] residual(long coalition) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = (coalition >>> i & 1) == 1 ? 1 : 0;
            }
            for (double[] q : basis) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += q[i] * r[i];
                }
                for (int i = 0; i < n; i++) {
                    r[i] -= dot * q[i];
                }
            }
            return r;
        }

        private static double norm(double[] r) {
            double s = 0;
            for (double x : r) {
                s += x * x;
            }
            return Math.sqrt(s);
        }
    }
}
