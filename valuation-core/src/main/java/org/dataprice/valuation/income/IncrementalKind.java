package org.dataprice.valuation.income;

/** The two kinds of incremental (with/without) forecast of the CAS 2023 guidance. */
public enum IncrementalKind {
    /** 收入增长型: the amounts are revenues (or profits); F = (with − without) × (1 − tax). */
    REVENUE_GROWTH,
    /** 成本节约型: the amounts are costs; F = (without − with) × (1 − tax). */
    COST_SAVING
}
