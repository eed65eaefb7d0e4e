package org.dataprice.index.bilateral;

import org.dataprice.error.Require;
import org.dataprice.index.IndexMethod;
import org.dataprice.index.IndexResult;
import org.dataprice.index.PricePanel;

/**
 * A bilateral formula with its linking as an {@link IndexMethod}.
 *
 * @param formula the formula; not null
 * @param linking direct or chained; not null
 */
public record BilateralIndexMethod(BilateralFormula formula, Linking linking) implements IndexMethod {
    /** Validates. */
    public BilateralIndexMethod {
        Require.notNull(formula, "formula");
        Require.notNull(linking, "linking");
    }

    @Override
    public IndexResult compute(PricePanel panel) {
        return BilateralIndex.DEFAULT.compute(panel, formula, linking);
    }
}
