/**
 * 数据资产登记 — the data-asset registry: a registration of a data asset or product with its classification
 * and grade, its sources, and the three structurally separated rights (数据资源持有权, 数据加工使用权,
 * 数据产品经营权), changed only by appending events to a hash-chained history (register, amend, transfer,
 * license, suspend, reinstate, cancel) under a state machine that refuses illegal transitions.
 *
 * <p>Sources: 《重庆市数据要素市场化配置改革行动方案》 (渝府办发〔2023〕99号) §4 (classified registration,
 * three-rights separation, registration certificates), §5 (authorised operation of public data), §6
 * (enterprise and personal data authorisation, evidence and traceability); 《中共中央 国务院关于构建数据基础
 * 制度更好发挥数据要素作用的意见》 (2022, "数据二十条") §(三)–(六) (the three rights; public, enterprise and
 * personal data); GB/T 43697-2024 《数据安全技术 数据分类分级规则》 (general, important and core data).
 * Sub-packages: {@code json} (canonical bytes), {@code signature} (Ed25519 JWS, key sets),
 * {@code certificate}, {@code authorisation}, {@code provenance}, {@code exchange}.
 */
package org.dataprice.registry;
