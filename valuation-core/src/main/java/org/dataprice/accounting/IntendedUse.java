package org.dataprice.accounting;

/**
 * How an enterprise holds a data resource, which decides its accounting class under
 * 《企业数据资源相关会计处理暂行规定》 (财会〔2023〕11号) §二.
 */
public enum IntendedUse {
    /** 企业使用的数据资源: used internally → 无形资产 (CAS 6) when it meets recognition. */
    INTERNAL_USE,
    /** 企业日常活动中持有、最终目的用于出售的数据资源 → 存货 (CAS 1) when it meets recognition. */
    FOR_SALE,
    /** Neither: not recognised as an asset; expensed, voluntary disclosure encouraged. */
    NONE
}
