package org.dataprice.pledge;

/**
 * The kind of appraisal evidence behind a pledged data asset, which sets the base loan-to-value
 * (质押率) in {@link PledgePolicy}.
 */
public enum CollateralClass {
    /** Income-approach appraisal of data with contract revenue (observed LTV 49.9–55.8 %, domain notes §5). */
    INCOME_WITH_CONTRACT_REVENUE,
    /** Cost-approach-only appraisal, or no contract revenue (aligned with the 25 % invention-patent cap). */
    COST_APPROACH_ONLY
}
