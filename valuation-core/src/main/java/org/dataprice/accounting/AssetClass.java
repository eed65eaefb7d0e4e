package org.dataprice.accounting;

/** The balance-sheet class a data resource falls into (财会〔2023〕11号 §二, §四 presentation). */
public enum AssetClass {
    /** 无形资产 — 其中:数据资源 (or 开发支出 while development is in progress). */
    INTANGIBLE_ASSET,
    /** 存货 — 其中:数据资源. */
    INVENTORY,
    /** Not an asset: every cost goes to profit or loss. */
    EXPENSE
}
