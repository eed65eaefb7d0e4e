package org.dataprice.finance.cashflow;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * Internal rates of return: every rate found with NPV = 0 and the one reported.
 *
 * @param rate        the reported rate: the only root, or among several the one nearest the guess;
 *                    per period for periodic flows, per year (annual compounding) for dated flows
 * @param roots       every root found, ascending; at least one; copied
 * @param signChanges the sign changes of the flows in time order (Descartes: at most this many roots)
 * @param explanation the sign changes, brackets, roots and the rate; not null
 */
public record IrrResult(double rate, List<Double> roots, int signChanges, Explanation explanation) {
    /** Validates and copies. */
    public IrrResult {
        Require.greaterThan(rate, -1, "rate");
        roots = Require.nonEmptyCopy(roots, "roots");
        Require.atLeast(signChanges, 1, "signChanges");
        Require.notNull(explanation, "explanation");
    }

    /** @return true when exactly one rate was found */
    public boolean isUnique() {
        return roots.size() == 1;
    }
}
