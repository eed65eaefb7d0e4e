/**
 * 授权 — authorisation records: public-data authorised-operation agreements (plan §5, 公共数据授权运营) and
 * enterprise and personal data authorisations (plan §6, 企业数据和个人信息数据授权使用), kept in one append-only,
 * hash-chained ledger (存证) so that a later reader can prove what was authorised when, and revocable where
 * the law requires (个人信息保护法 Art. 15).
 */
package org.dataprice.registry.authorisation;
