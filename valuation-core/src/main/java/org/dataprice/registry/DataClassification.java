package org.dataprice.registry;

/**
 * 数据分类 by origin — the three kinds of data the registry distinguishes, each with its own authorisation
 * route: public data is operated under an authorised-operation agreement (plan §5), enterprise data by its
 * holder or under the holder's authorisation, personal data only within an individual's authorisation
 * (plan §6; 个人信息保护法 Art. 13–14). Source: 数据二十条 (2022) §(四) 公共数据, §(五) 企业数据, §(六) 个人信息数据.
 */
public enum DataClassification {
    /** 公共数据 — data of public bodies and public-service organisations. */
    PUBLIC,
    /** 企业数据 — data collected and processed by a market entity, not personal and not public. */
    ENTERPRISE,
    /** 个人信息数据 — data carrying personal information. */
    PERSONAL
}
