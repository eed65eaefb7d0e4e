package org.dataprice.registry;

/**
 * The three structurally separated data rights (数据产权结构性分置): each is held, transferred and licensed
 * separately. Source: 数据二十条 (2022) §(三); plan §4 (先行先试落实…结构性分置的产权运行机制).
 */
public enum RightKind {
    /** 数据资源持有权 — the right to hold the data resource. */
    RESOURCE_HOLDING,
    /** 数据加工使用权 — the right to process and use the data. */
    PROCESSING_USE,
    /** 数据产品经营权 — the right to operate (sell, license) the data product; required to list it on the market. */
    PRODUCT_OPERATION
}
