package org.dataprice.index.bilateral;

import java.time.YearMonth;
import java.util.Optional;

import org.dataprice.index.IndexSettings;

/**
 * One bilateral index-number formula, evaluated on the matched products of a comparison: base-period
 * prices and quantities {@code p0, q0}, current-period {@code p1, q1}, and for basket formulas with a
 * separate weight period (Lowe, Young) {@code pb, qb}. Only the first {@code n} entries of each array
 * are read; all prices and quantities are &gt; 0.
 *
 * <p>Implementations are stateless apart from their parameters, immutable and thread-safe.
 */
public interface BilateralFormula {
    /** @return the formula's identifier, e.g. {@code "fisher"} */
    String id();

    /** @return the identifier and parameters, for {@link org.dataprice.index.IndexResult#settings()} */
    default IndexSettings settings() {
        return IndexSettings.of(id());
    }

    /** @return the weight period for Lowe and Young; empty for the others */
    default Optional<YearMonth> weightPeriodIfAny() {
        return Optional.empty();
    }

    /** @return the formula in plain text, for explanations */
    String formula();

    /**
     * @param p0 base-period prices
     * @param q0 base-period quantities
     * @param p1 current-period prices
     * @param q1 current-period quantities
     * @param pb weight-period prices (only for formulas with a weight period, else ignored)
     * @param qb weight-period quantities (only for formulas with a weight period, else ignored)
     * @param n  the number of matched products, &ge; 1
     * @return the index P(0,1), finite and &gt; 0
     */
    double index(double[] p0, double[] q0, double[] p1, double[] q1, double[] pb, double[] qb, int n);
}
