package org.dataprice.registry;

/**
 * 数据分级 — the grade of data by the harm its leak or misuse would do, in the three levels of
 * GB/T 43697-2024 《数据安全技术 数据分类分级规则》 (and 数据安全法 Art. 21): general, important and core data.
 * The registry records the grade the registrant determined under that standard; it does not grade data.
 */
public enum DataGrade {
    /** 一般数据 — neither important nor core. */
    GENERAL,
    /** 重要数据 — listed in an important-data catalogue; managed under a stricter regime. */
    IMPORTANT,
    /** 核心数据 — bearing on national security and the economy's lifelines; strictest management (plan §13). */
    CORE
}
