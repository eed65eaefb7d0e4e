package org.dataprice.valuation.cost;

/**
 * The five components of total cost TC in the CAS 《数据资产评估指导意见》 (2023) appendix.
 */
public enum CostCategory {
    /** 前期费用 — planning and preparation. */
    PRELIMINARY("前期费用", "Preliminary costs"),
    /** 直接成本 — construction (acquisition, confirmation, description, storage, processing,
     * desensitisation, labelling) and operation (storage, integration, update, maintenance). */
    DIRECT("直接成本", "Direct costs"),
    /** 间接成本 — allocated software/hardware, infrastructure, public management. */
    INDIRECT("间接成本", "Indirect costs"),
    /** 机会成本 — return forgone by investing in the data asset. */
    OPPORTUNITY("机会成本", "Opportunity cost"),
    /** 相关税费 — related taxes and fees. */
    TAXES("相关税费", "Related taxes and fees");

    private final String labelZh;
    private final String labelEn;

    CostCategory(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** @return the Chinese term */
    public String labelZh() {
        return labelZh;
    }

    /** @return the English term */
    public String labelEn() {
        return labelEn;
    }
}
