package org.dataprice.supervision.admission;

/**
 * A class of data that a listing declares it contains, after the classification rules the negative list refers to.
 *
 * <table>
 *   <caption>classes and their sources</caption>
 *   <tr><th>class</th><th>meaning</th><th>source</th></tr>
 *   <tr><td>{@link #GENERAL}</td><td>一般数据: neither important nor core data</td><td>GB/T 43697-2024 §5</td></tr>
 *   <tr><td>{@link #PERSONAL}</td><td>个人信息: information relating to an identified or identifiable natural
 *       person</td><td>PIPL Art. 4</td></tr>
 *   <tr><td>{@link #SENSITIVE_PERSONAL}</td><td>敏感个人信息 (biometrics, religion, health, finance, location,
 *       minors …); separate consent</td><td>PIPL Art. 28–29</td></tr>
 *   <tr><td>{@link #IMPORTANT}</td><td>重要数据: data whose leak or misuse may endanger national security, the
 *       economy, social stability or public health and safety</td><td>DSL Art. 21; GB/T 43697-2024 §3.2</td></tr>
 *   <tr><td>{@link #CORE}</td><td>核心数据: data concerning national security, the lifelines of the economy,
 *       important aspects of people's livelihood and major public interests; stricter management</td>
 *       <td>DSL Art. 21; GB/T 43697-2024 §3.3</td></tr>
 * </table>
 */
public enum DataClass {
    /** 一般数据. */
    GENERAL,
    /** 个人信息 (PIPL Art. 4). */
    PERSONAL,
    /** 敏感个人信息 (PIPL Art. 28). */
    SENSITIVE_PERSONAL,
    /** 重要数据 (DSL Art. 21). */
    IMPORTANT,
    /** 核心数据 (DSL Art. 21). */
    CORE
}
