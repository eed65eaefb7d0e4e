package org.dataprice.appraisal;

/** The three valuation approaches of the CAS 2023 guidance (art. 22). */
public enum Approach {
    /** 收益法 — income approach. */
    INCOME("收益法", "Income approach"),
    /** 成本法 — cost approach. */
    COST("成本法", "Cost approach"),
    /** 市场法 — market approach. */
    MARKET("市场法", "Market approach");

    private final String labelZh;
    private final String labelEn;

    Approach(String labelZh, String labelEn) {
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
