package org.dataprice.accounting;

import org.dataprice.error.Require;

/**
 * The treatment of one cost line and why.
 *
 * @param item      the cost; not null
 * @param treatment capitalised or expensed; not null
 * @param reason    the rule applied, citing its article; not blank
 */
public record CostTreatment(CostItem item, Treatment treatment, String reason) {
    /** Validates. */
    public CostTreatment {
        Require.notNull(item, "item");
        Require.notNull(treatment, "treatment");
        Require.notBlank(reason, "reason");
    }
}
