/**
 * 市场信用 — market credit of the exchange's parties (plan §15 of 渝府办发〔2023〕99号: 失信认定, 守信激励, 失信惩戒, 信用修复,
 * 异议处理). A party's {@link org.dataprice.supervision.credit.CreditFile} is its append-only history: credit events
 * (violations, confirmed alerts, good-standing milestones) with points and expiry, objections (异议) and their
 * answers, repair requests (信用修复) and their decisions. {@link org.dataprice.supervision.credit.CreditFile#standing}
 * replays it at any instant into a score, a standing level, incentives and restrictions, each explained by the events
 * that count. The procedures follow the State Council's guidance on the credit system (国办发〔2020〕49号: objection and
 * repair rights of the party, proportionate penalties) and the NDRC measures on credit repair
 * (《失信行为纠正后的信用信息修复管理办法（试行）》, 2023: correction of the act, fulfilment of obligations and a credit
 * commitment as conditions); the points, levels and periods are the exchange's configuration
 * ({@link org.dataprice.supervision.credit.CreditPolicy#EXAMPLE} is an example, not a regulatory number).
 */
package org.dataprice.supervision.credit;
