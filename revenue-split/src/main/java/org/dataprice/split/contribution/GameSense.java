package org.dataprice.split.contribution;

/**
 * Whether a game's worths are profits (more is better) or costs (less is better). The Shapley and Banzhaf values
 * are linear, so for a cost game they are the cost shares directly; the nucleolus and the least core are taken on
 * the cost side (the excess of a coalition is x(S) − c(S)), and the prenucleolus is defined here for profit games
 * only (Schmeidler 1969; for cost allocation, Young, "Cost allocation", Handbook of Game Theory 2, 1994, §4).
 */
public enum GameSense {
    /** v(S) is what S earns. */
    PROFIT,
    /** c(S) is what S costs. */
    COST
}
