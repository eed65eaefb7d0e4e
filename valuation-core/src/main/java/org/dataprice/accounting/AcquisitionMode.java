package org.dataprice.accounting;

/** How a data resource was obtained. */
public enum AcquisitionMode {
    /** 外购: purchased from a third party. */
    OUTSOURCED,
    /** 自行开发 (无形资产) or 自行加工 (存货): developed or processed in house. */
    SELF_DEVELOPED
}
