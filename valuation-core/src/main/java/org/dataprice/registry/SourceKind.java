package org.dataprice.registry;

/** How a registered asset came by its data (数据来源), which decides what its source reference names. */
public enum SourceKind {
    /** 自行采集 — collected by the registrant in its own operations; no reference. */
    COLLECTED,
    /** 授权获取 — obtained under an authorisation or an authorised-operation agreement; the reference is its id. */
    AUTHORISED,
    /** 加工衍生 — derived from another registered asset; the reference is that registration's id. */
    DERIVED
}
