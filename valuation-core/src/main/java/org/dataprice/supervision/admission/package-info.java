/**
 * 负面清单与准入 — the negative list of data circulation and the admission check of listings and deals (plan §15 of
 * the Chongqing action plan, 渝府办发〔2023〕99号: "建立数据流通负面清单"). A {@link
 * org.dataprice.supervision.admission.NegativeList} is a versioned list of prohibited categories, keywords and data
 * classes; {@link org.dataprice.supervision.admission.Admission} checks a listing's
 * {@link org.dataprice.supervision.admission.Declaration} against it and returns the refusals, each citing the entry's
 * id, the list's version and the legal clause. The data classes follow the Personal Information Protection Law (PIPL,
 * 2021: personal information Art. 4, consent Art. 13–14, sensitive personal information Art. 28–29), the Data
 * Security Law (DSL, 2021: core and important data Art. 21) and GB/T 43697-2024 《数据安全技术 数据分类分级规则》
 * (general, important and core data).
 */
package org.dataprice.supervision.admission;
