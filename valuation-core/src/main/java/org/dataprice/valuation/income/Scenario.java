package org.dataprice.valuation.income;

import org.dataprice.error.Require;

/**
 * One application scenario k of the multi-scenario income form P = Σ_k j_k Σ_t R_kt / (1 + r_k)^t.
 *
 * @param name         the scenario, e.g. "credit scoring"; not blank
 * @param share        j_k ∈ [0, 1], the data product's contribution share in the scenario
 * @param income       R_kt; not null
 * @param discountRate r_k; not null
 */
public record Scenario(String name, double share, Amounts income, DiscountRate discountRate) {
    /** Validates. */
    public Scenario {
        Require.notBlank(name, "name");
        Require.probability(share, "share");
        Require.notNull(income, "income");
        Require.notNull(discountRate, "discountRate");
    }
}
