package org.dataprice.index.aggregate;

/** How the composite index is formed from the groups. */
public enum CompositeMethod {
    /** The index method run once on all products together. */
    POOLED,
    /**
     * The sub-indices averaged arithmetically with the groups' expenditure shares in a weight period:
     * {@code I_t = Σ_g w_g I_gt}, {@code w_g = E_g,b / Σ E_b} (a Young-type aggregation of elementary
     * indices, CPI Manual 2020, ¶3.102 and ch. 8).
     */
    AGGREGATED
}
