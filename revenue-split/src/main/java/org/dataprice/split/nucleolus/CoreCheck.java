package org.dataprice.split.nucleolus;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.TableGame;

/**
 * Core membership (核): x is in the core of a profit game when x(N) = v(N) and no coalition can do
 * better alone, x(S) ≥ v(S) for every S; for a cost game, when x(N) = c(N) and x(S) ≤ c(S). The check
 * reports the coalition with the largest excess v(S) − x(S) (for cost games x(S) − c(S)), the blocking
 * coalition when the excess is positive. O(n·2<sup>n</sup>), n ≤ {@link TableGame#MAX_PLAYERS}.
 *
 * <p>Source: Gillies (1959), Annals of Math. Studies 40; Peleg &amp; Sudhölter (2007) ch. 3.
 *
 * @param member       true when x is in the core (within the tolerance)
 * @param worstCoalition the coalition (bitmask) of largest excess
 * @param maxExcess    that excess; ≤ tolerance for a member
 * @param explanation  how it was checked; not null
 */
public record CoreCheck(boolean member, long worstCoalition, double maxExcess, Explanation explanation) {
    /**
     * The tolerance of a core check when none is asked for: an excess up to 1e-9 counts as 0 (worths and allocations
     * computed in double carry rounding of that order for games of up to 2^25 coalitions of moderate magnitude).
     */
    public static final double DEFAULT_TOLERANCE = 1e-9;
    /** Validates. */
    public CoreCheck {
        Require.finite(maxExcess, "maxExcess");
        Require.notNull(explanation, "explanation");
    }

    /**
     * @param game      a profit game; not null
     * @param x         the allocation, one entry per player, finite; not null
     * @param tolerance the absolute tolerance, ≥ 0
     * @return the check
     */
    public static CoreCheck profit(Game game, double[] x, double tolerance) {
        return check(game, x, tolerance, 1);
    }

    /**
     * @param costGame  a cost game; not null
     * @param x         the cost allocation; not null
     * @param tolerance the absolute tolerance, ≥ 0
     * @return the check
     */
    public static CoreCheck cost(Game costGame, double[] x, double tolerance) {
        return check(costGame, x, tolerance, -1);
    }

    private static CoreCheck check(Game game, double[] x, double tolerance, double sign) {
        TableGame t = TableGame.tabulate(Require.notNull(game, "game"));
        Require.finite(x, "x");
        Require.size(x.length, t.players(), "x");
        Require.nonNegative(tolerance, "tolerance");
        long grand = t.grandCoalition();
        double total = 0;
        for (double xi : x) {
            total += xi;
        }
        Require.that(Math.abs(total - t.value(grand)) <= tolerance + 1e-12 * Math.abs(total), "x", total,
                Rule.SUM_MISMATCH, t.value(grand));
        long worst = grand;
        double max = Double.NEGATIVE_INFINITY;
        for (long s = 1; s < grand; s++) {
            double xs = 0;
            for (long r = s; r != 0; r &= r - 1) {
                xs += x[Long.numberOfTrailingZeros(r)];
            }
            double e = sign * (t.value(s) - xs); // excess
            if (e > max) {
                max = e;
                worst = s;
            }
        }
        if (grand == 1) {
            max = 0;
        }
        Explanation ex = Explanation.builder(sign > 0 ? "split.core.profit" : "split.core.cost")
                .input("players", t.players()).hashOnly("x", x).input("tolerance", tolerance, "")
                .step(Step.builder(NucleolusSteps.MAX_EXCESS)
                        .formula(sign > 0 ? "max_S v(S) - x(S)" : "max_S x(S) - c(S)")
                        .input(Quantity.count("worstCoalition", worst)).result(max, "").build())
                .build();
        return new CoreCheck(max <= tolerance, worst, max, ex);
    }
}
