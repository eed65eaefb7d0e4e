package org.dataprice.accounting;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * The class of a data resource and the treatment of each of its costs.
 *
 * @param assetClass  intangible asset, inventory, or expense; not null
 * @param lines       the treatment of each cost, in input order; copied
 * @param capitalised the total capitalised, the initial measurement of the asset; not null
 * @param expensed    the total expensed; not null
 * @param explanation how it was obtained; its last step is {@code capitalised}
 */
public record CapitalisationResult(AssetClass assetClass, List<CostTreatment> lines, Money capitalised,
        Money expensed, Explanation explanation) {
    /** Validates and copies. */
    public CapitalisationResult {
        Require.notNull(assetClass, "assetClass");
        lines = Require.nonEmptyCopy(lines, "lines");
        Require.notNull(capitalised, "capitalised");
        Require.notNull(expensed, "expensed");
        Require.notNull(explanation, "explanation");
    }
}
