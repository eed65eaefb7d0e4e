package org.dataprice.finance.cashflow;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * Internal rates of return: every rate found with NPV = 0, the one reported, and whether it is
 * proven to be the only one.
 *
 * <p>{@code unique} is true only when proven: by Descartes' rule of signs when the flows change
 * sign once ({@link Proof#DESCARTES_ONE_SIGN_CHANGE}). With two or more sign changes it is false
 * even when one root was found, and {@code warnings} say why (more roots allowed, several found,
 * a tangent root, rates outside the scanned interval).
 *
 * @param rate        the reported rate: the only root, or among several the one nearest the guess;
 *                    per period for periodic flows, per year (annual compounding) for dated flows
 * @param roots       every root found, ascending; at least one; copied
 * @param signChanges the sign changes of the flows in time order (Descartes: at most this many roots,
 *                    counted with multiplicity)
 * @param unique      true only when no other rate r &gt; −1 can have NPV = 0 (see {@code proof})
 * @param proof       the rule that proves uniqueness, or {@link Proof#NOT_PROVEN}; not null
 * @param scanLow     the lowest rate searched (r &gt; −1)
 * @param scanHigh    the highest rate searched
 * @param warnings    why the answer needs care, empty when unique; copied
 * @param explanation the sign changes, scan, brackets, roots, uniqueness and the rate; not null
 */
public record IrrResult(double rate, List<Double> roots, int signChanges, boolean unique, Proof proof,
                        double scanLow, double scanHigh, List<String> warnings, Explanation explanation) {
    /** Validates and copies. */
    public IrrResult {
        Require.greaterThan(rate, -1, "rate");
        roots = Require.nonEmptyCopy(roots, "roots");
        Require.atLeast(signChanges, 1, "signChanges");
        Require.notNull(proof, "proof");
        warnings = Require.copyOf(warnings, "warnings");
        Require.notNull(explanation, "explanation");
    }

    /** How uniqueness of the rate was established. */
    public enum Proof {
        /** One sign change in the time-ordered flows: Descartes' rule of signs allows exactly one root. */
        DESCARTES_ONE_SIGN_CHANGE,
        /** Two or more sign changes: other roots are possible, so the rate is not proven unique. */
        NOT_PROVEN
    }
}
