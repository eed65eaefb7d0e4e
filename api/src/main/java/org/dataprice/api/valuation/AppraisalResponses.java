package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.quality.WeightMethod;

import java.math.BigDecimal;
import java.util.List;

/** Response bodies of the stateless appraisal endpoints; money as exact decimals with the currency code. */
public final class AppraisalResponses {
    private AppraisalResponses() {
    }

    /**
     * @param value       P = TC × (1 + R) × U
     * @param currency    ISO 4217
     * @param totalCost   TC
     * @param factor      (1 + R) × U
     * @param explanation the derivation
     */
    @Serdeable
    @Schema(name = "CostResponse")
    public record Cost(BigDecimal value, String currency, BigDecimal totalCost, double factor, ExplanationResponse explanation) {
    }

    /**
     * @param value        P rounded to the currency
     * @param currency     ISO 4217
     * @param presentValue P unrounded
     * @param periods      n
     * @param schedule     the cash-flow schedule
     * @param warnings     what to check, e.g. a negative incremental (COST_SAVING) forecast; empty when none
     * @param explanation  the derivation
     */
    @Serdeable
    @Schema(name = "IncomeResponse")
    public record Income(BigDecimal value, String currency, double presentValue, int periods, List<CashFlow> schedule,
                         List<String> warnings, ExplanationResponse explanation) {
    }

    /**
     * One row of the cash-flow schedule.
     *
     * @param scenario           scenario name
     * @param period             t
     * @param forecast           F_t
     * @param contributionFactor (1 − δ)^(t−1)
     * @param income             F_t × factor
     * @param discountFactor     1 / (1 + i)^(t − o)
     * @param presentValue       income × discount factor
     */
    @Serdeable
    @Schema(name = "CashFlowRow")
    public record CashFlow(String scenario, int period, double forecast, double contributionFactor, double income,
                           double discountFactor, double presentValue) {
    }

    /**
     * @param value                   P
     * @param currency                ISO 4217
     * @param coefficientOfVariation  of the adjusted prices
     * @param comparables             the adjustment table
     * @param warnings                dispersion, right or date warnings
     * @param explanation             the derivation
     */
    @Serdeable
    @Schema(name = "MarketResponse")
    public record Market(BigDecimal value, String currency, double coefficientOfVariation, List<Adjusted> comparables,
                         List<String> warnings, ExplanationResponse explanation) {
    }

    /**
     * One adjusted comparable: price × X1 … X5 × custom.
     *
     * @param id            identifier
     * @param price         the price
     * @param quality       X1
     * @param supplyDemand  X2
     * @param date          X3
     * @param volume        X4
     * @param other         X5
     * @param custom        product of caller functions
     * @param adjustedPrice the adjusted price
     * @param weight        its weight in the mean
     */
    @Serdeable
    @Schema(name = "AdjustedComparable")
    public record Adjusted(String id, double price, double quality, double supplyDemand, double date, double volume, double other,
                           double custom, double adjustedPrice, double weight) {
    }

    /**
     * @param method           weight method (always named)
     * @param weights          priority vector, sums to 1
     * @param lambdaMax        λmax
     * @param ci               CI = (λmax − n)/(n − 1)
     * @param ri               Saaty's random index
     * @param cr               CR = CI/RI
     * @param consistent       CR &lt; 0.10
     * @param mostInconsistent the judgement to revisit, when any
     * @param explanation      the AHP derivation
     * @param score            Q = Σ w_k s_k when criteria were given
     * @param scoreExplanation its derivation
     */
    @Serdeable
    @Schema(name = "QualityResponse")
    public record Quality(WeightMethod method, List<Double> weights, double lambdaMax, double ci, double ri, double cr,
                          boolean consistent, @Nullable Judgement mostInconsistent, ExplanationResponse explanation,
                          @Nullable Double score, @Nullable ExplanationResponse scoreExplanation) {
    }

    /**
     * A pairwise judgement a_ij (0-based) against the ratio w_i/w_j the weights imply.
     *
     * @param row     i
     * @param column  j
     * @param given   a_ij
     * @param implied      w_i / w_j
     * @param logDeviation |ln(a_ij · w_j / w_i)|, the distance on a log scale from the judgement the weights imply
     */
    @Serdeable
    @Schema(name = "Judgement")
    public record Judgement(int row, int column, double given, double implied, double logDeviation) {
    }
}
