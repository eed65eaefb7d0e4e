package org.dataprice.index.release;

import org.dataprice.error.Require;
import org.dataprice.index.hedonic.HedonicFit;

import java.util.List;

/**
 * The time-dummy hedonic fit of a release, as its explanation shows it: the regression
 * ({@link HedonicFit}: coefficients, R², standard errors, warnings) and the data it was fitted on.
 * Immutable.
 *
 * @param weighted        whether the regression is expenditure-share weighted
 * @param characteristics the regressors besides the period dummies (numeric columns, then the dummies
 *                        {@code column=level}); copied
 * @param products        products in the panel, &ge; 1
 * @param periods         months in the panel, &ge; 1
 * @param fit             the fit; not null
 */
public record HedonicSummary(boolean weighted, List<String> characteristics, int products, int periods, HedonicFit fit) {
    /** Validates and copies. */
    public HedonicSummary {
        characteristics = Require.copyOf(characteristics, "characteristics");
        Require.atLeast(products, 1, "products");
        Require.atLeast(periods, 1, "periods");
        Require.notNull(fit, "fit");
    }
}
