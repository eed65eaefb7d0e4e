package org.dataprice.accounting;

/** The phase in which a cost of a self-developed data intangible was incurred (CAS 6 §7–§9). */
public enum DevelopmentPhase {
    /** Not a development project (purchases, processing for sale). */
    NOT_APPLICABLE,
    /** 研究阶段: always expensed (CAS 6 §8). */
    RESEARCH,
    /** 开发阶段: capitalised only when all five CAS 6 §9 criteria hold. */
    DEVELOPMENT
}
