package org.dataprice.accounting;

/**
 * Kinds of cost of a data resource, in the words of 财会〔2023〕11号 §二 and CAS 1 / CAS 6. Which of them
 * may be capitalised depends on the class and how the resource was obtained; see
 * {@link DataResourceCapitalisation}.
 */
public enum CostCategory {
    /** 购买价款: purchase price. */
    PURCHASE_PRICE,
    /** 相关税费: non-recoverable taxes and duties on the purchase. */
    TAXES,
    /** 保险费: insurance on the purchase (an inventory purchase cost). */
    INSURANCE,
    /** 数据采集: data collection (processing cost of self-processed inventory). */
    DATA_COLLECTION,
    /** 数据脱敏: desensitisation. */
    DESENSITISATION,
    /** 数据清洗: cleansing. */
    CLEANSING,
    /** 数据标注: labelling. */
    LABELLING,
    /** 数据整合: integration. */
    INTEGRATION,
    /** 数据分析: analysis. */
    ANALYSIS,
    /** 数据可视化: visualisation. */
    VISUALISATION,
    /** 数据权属鉴证: rights certification. */
    RIGHTS_CERTIFICATION,
    /** 质量评估: quality assessment. */
    QUALITY_ASSESSMENT,
    /** 登记结算: registration and settlement (e.g. at a data exchange). */
    REGISTRATION_SETTLEMENT,
    /** 安全管理: security management. */
    SECURITY_MANAGEMENT,
    /** 人工费用: staff costs of development or processing directly attributable to the resource. */
    STAFF_COSTS,
    /** 材料与服务费: materials and services consumed in development or processing. */
    MATERIALS_AND_SERVICES,
    /** 其他直接归属成本: other costs directly attributable to bringing the resource to its intended use or present state. */
    OTHER_DIRECTLY_ATTRIBUTABLE,
    /** 管理费用: general administration not directly attributable; never capitalised. */
    GENERAL_ADMINISTRATION,
    /** 销售费用: selling costs; never capitalised. */
    SELLING,
    /** 培训支出: staff training; never capitalised (CAS 6 application guidance). */
    TRAINING,
    /** 仓储费用: storage after acquisition; never capitalised (CAS 1 §9). */
    STORAGE
}
