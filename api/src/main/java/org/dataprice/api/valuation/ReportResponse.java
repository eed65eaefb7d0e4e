package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.appraisal.Approach;

import java.math.BigDecimal;
import java.util.List;

/**
 * The valuation report as JSON: conclusion, each approach with its explanation, the cash-flow schedule,
 * the adjusted comparables, the library version and the input hash.
 *
 * @param value        the reconciled value (评估值)
 * @param low          lowest approach value
 * @param high         highest approach value
 * @param currency     ISO 4217
 * @param statementZh  评估结论
 * @param statementEn  the conclusion in English
 * @param qualityScore Q, when quality criteria were given
 * @param approaches   each approach's result
 * @param cashFlows    the income cash-flow schedule (empty without the income approach)
 * @param comparables  the market adjustment table (empty without the market approach)
 * @param warnings     all warnings
 * @param libraryVersion the core library version
 * @param inputHash    SHA-256 of the inputs
 * @param explanation  the whole derivation
 */
@Serdeable
@Schema(name = "ValuationReport")
public record ReportResponse(BigDecimal value, BigDecimal low, BigDecimal high, String currency, String statementZh,
                             String statementEn, @Nullable Double qualityScore, List<ApproachResult> approaches,
                             List<AppraisalResponses.CashFlow> cashFlows, List<AppraisalResponses.Adjusted> comparables,
                             List<String> warnings, String libraryVersion, String inputHash, ExplanationResponse explanation) {

    /**
     * @param approach    INCOME, COST or MARKET
     * @param labelZh     e.g. 收益法
     * @param labelEn     e.g. Income approach
     * @param value       its value
     * @param weight      its reconciliation weight
     * @param reason      why that weight
     * @param warnings    its warnings
     * @param explanation its derivation
     */
    @Serdeable
    @Schema(name = "ApproachResult")
    public record ApproachResult(Approach approach, String labelZh, String labelEn, BigDecimal value, double weight, String reason,
                                 List<String> warnings, ExplanationResponse explanation) {
    }
}
