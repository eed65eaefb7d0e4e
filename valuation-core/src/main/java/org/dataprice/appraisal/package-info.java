/**
 * The appraisal engagement (评估委托) and the valuation report (评估报告): the data asset, the right
 * valued, purpose, basis of value, valuation date, appraiser, assumptions and limiting conditions, the
 * approaches' results with explanations, the reconciliation and the conclusion, reproducible bit for
 * bit from the inputs. Rendering (HTML, PDF, JSON) is the service's job; the report is plain records
 * in ordered sections.
 */
package org.dataprice.appraisal;
