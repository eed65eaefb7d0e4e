/**
 * The valuation report as a document a firm signs (资产评估报告): {@link org.dataprice.appraisal.report.ReportModel}, every
 * figure of a {@link org.dataprice.appraisal.ValuationReport} formatted for people (amounts to the fen with grouping and in
 * 万元 with 大写, rates as %, weights to four places), with the sections in the order of the CAS report standard, and
 * {@link org.dataprice.appraisal.report.ReportNumbers}, the formatting functions. Pure data and pure functions: the
 * templates that lay the model out (Thymeleaf, overridable by the firm) live in {@code api}.
 */
package org.dataprice.appraisal.report;
