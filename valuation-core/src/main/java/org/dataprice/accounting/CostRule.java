package org.dataprice.accounting;

import java.util.Locale;

/**
 * The rule of {@link DataResourceCapitalisation} that decided the treatment of one cost line, in the order the rules
 * are applied (the first that applies decides). Each rule implies one {@link Treatment}; its {@link #id()} is stable
 * (clients key on it). Source: 财政部 《企业数据资源相关会计处理暂行规定》 (财会〔2023〕11号) §二, §五; CAS 6 §8, §9;
 * CAS 1 §6–§9.
 */
public enum CostRule {
    /** Incurred before 2024-01-01: the regulation applies prospectively (未来适用法, 财会〔2023〕11号 §五). */
    PROSPECTIVE_APPLICATION(Treatment.EXPENSED),
    /** The resource fails the asset recognition tests, or is neither for internal use nor for sale. */
    NOT_AN_ASSET(Treatment.EXPENSED),
    /** Administration, selling, training and storage: never part of an asset's cost (CAS 6 guidance; CAS 1 §9). */
    NEVER_CAPITALISED(Treatment.EXPENSED),
    /** Research phase of a self-developed intangible (CAS 6 §8). */
    RESEARCH_PHASE(Treatment.EXPENSED),
    /** Development phase of a self-developed intangible with all five CAS 6 §9 criteria met. */
    DEVELOPMENT_CRITERIA_MET(Treatment.CAPITALISED),
    /** Development phase of a self-developed intangible with a CAS 6 §9 criterion failing. */
    DEVELOPMENT_CRITERIA_FAILED(Treatment.EXPENSED),
    /** A listed cost of an outsourced data intangible (财会〔2023〕11号 §二(一)). */
    OUTSOURCED_INTANGIBLE_COST(Treatment.CAPITALISED),
    /** Any other cost of an outsourced data intangible. */
    OUTSOURCED_INTANGIBLE_OTHER(Treatment.EXPENSED),
    /** A purchase cost of outsourced data inventory (财会〔2023〕11号 §二(二), CAS 1 §7). */
    OUTSOURCED_INVENTORY_PURCHASE_COST(Treatment.CAPITALISED),
    /** Any other cost of outsourced data inventory (processing is the self-processed rule's). */
    OUTSOURCED_INVENTORY_OTHER(Treatment.EXPENSED),
    /** A purchase or processing cost of self-processed data inventory (CAS 1 §6–§8). */
    SELF_PROCESSED_INVENTORY_COST(Treatment.CAPITALISED);

    private final Treatment treatment;

    CostRule(Treatment treatment) {
        this.treatment = treatment;
    }

    /** @return the treatment this rule gives */
    public Treatment treatment() {
        return treatment;
    }

    /** @return the stable id, the constant's name in lower case with hyphens, e.g. {@code research-phase} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
