package org.dataprice.valuation.market;

/**
 * The data right valued or traded (数据权利类型), after the three-right separation of the 2022
 * 《关于构建数据基础制度更好发挥数据要素作用的意见》 ("数据二十条"), used by the CAS 2023 guidance.
 */
public enum DataRight {
    /** 数据资源持有权 — the right to hold the data resource. */
    RESOURCE_HOLDING("数据资源持有权", "Data resource holding right"),
    /** 数据加工使用权 — the right to process and use the data. */
    PROCESSING_USE("数据加工使用权", "Data processing and use right"),
    /** 数据产品经营权 — the right to operate data products. */
    PRODUCT_OPERATION("数据产品经营权", "Data product operation right");

    private final String labelZh;
    private final String labelEn;

    DataRight(String labelZh, String labelEn) {
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
