package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dataprice.quality.WeightMethod;
import org.dataprice.valuation.cost.CostCategory;
import org.dataprice.valuation.income.Discounting;
import org.dataprice.valuation.income.IncrementalKind;
import org.dataprice.valuation.market.DataRight;
import org.dataprice.valuation.market.Weighting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the stateless appraisal endpoints ({@code POST /v1/appraisal/{cost|income|income/scenarios|market|quality}}),
 * also reused inside {@link ValuationRequest}. Only the JSON shape is checked here (bean validation, 400);
 * ranges and consistency are checked by the core records (422 naming the JSON path).
 * Money amounts are JSON numbers or decimal strings read as {@link BigDecimal}.
 */
public final class AppraisalRequests {
    private AppraisalRequests() {
    }

    /** ISO 4217 code pattern. */
    static final String CURRENCY = "[A-Z]{3}";

    /**
     * Cost approach P = TC × (1 + R) × U.
     *
     * @param currency   ISO 4217 code; default CNY (inside a valuation: the engagement's)
     * @param items      itemised costs
     * @param costReturn R, the reasonable return on cost (≥ 0)
     * @param adjustment how U is obtained
     */
    @Serdeable
    @Schema(name = "CostRequest")
    public record Cost(@Nullable @Pattern(regexp = CURRENCY) String currency,
                       @NotEmpty @Size(max = 10_000) List<@Valid @NotNull CostItem> items,
                       @NotNull Double costReturn,
                       @NotNull @Valid Adjustment adjustment) {
    }

    /**
     * One cost item.
     *
     * @param name     what it is
     * @param category 前期费用 PRELIMINARY, 直接成本 DIRECT, 间接成本 INDIRECT, 机会成本 OPPORTUNITY, 相关税费 TAXES
     * @param amount   amount (≥ 0)
     */
    @Serdeable
    @Schema(name = "CostItem")
    public record CostItem(@NotBlank @Size(max = 500) String name, @NotNull CostCategory category, @NotNull BigDecimal amount) {
    }

    /** How the value-adjustment factor U is obtained. */
    public enum AdjustmentKind {
        /** U = Q, the quality score: {@code qualityScore}, or inside a valuation the engagement's composite Q when omitted. */
        QUALITY,
        /** U = remaining / total life. */
        REMAINING_LIFE,
        /** U given (above 1 only with premium and a reason). */
        GIVEN
    }

    /**
     * The value-adjustment factor U.
     *
     * @param kind         route
     * @param qualityScore Q for QUALITY (inside a valuation, omit it to use the engagement's quality score)
     * @param remaining    remaining life for REMAINING_LIFE
     * @param total        total life for REMAINING_LIFE
     * @param u            U for GIVEN
     * @param premium      GIVEN above 1 allowed
     * @param reason       reason for a premium
     */
    @Serdeable
    @Schema(name = "CostAdjustment")
    public record Adjustment(@NotNull AdjustmentKind kind, @Nullable Double qualityScore, @Nullable Double remaining,
                             @Nullable Double total, @Nullable Double u, @Nullable Boolean premium, @Nullable String reason) {
    }

    /**
     * Income approach P = Σ F_t (1 − δ)^(t−1) / (1 + i)^(t − o).
     *
     * @param currency     ISO 4217 code; default CNY (inside a valuation: the engagement's)
     * @param forecast     the income forecast
     * @param discountRate given or built up
     * @param discounting  END_OF_PERIOD (default) or MID_PERIOD
     * @param term         income term limits; default: the forecast length
     * @param decay        δ, the yearly decay of the data's contribution, default 0
     */
    @Serdeable
    @Schema(name = "IncomeRequest")
    public record Income(@Nullable @Pattern(regexp = CURRENCY) String currency,
                         @NotNull @Valid Forecast forecast,
                         @NotNull @Valid Rate discountRate,
                         @Nullable Discounting discounting,
                         @Nullable @Valid Term term,
                         @Nullable Double decay) {
    }

    /**
     * Multi-scenario income form P = Σ_k j_k Σ_t R_kt / (1 + r_k)^(t − o): the data product serves several application
     * scenarios, each with its own income, contribution share and discount rate.
     *
     * @param currency    ISO 4217 code; default CNY
     * @param scenarios   the scenarios, distinct names, at most 100
     * @param discounting END_OF_PERIOD (default) or MID_PERIOD
     */
    @Serdeable
    @Schema(name = "IncomeScenariosRequest")
    public record IncomeScenarios(@Nullable @Pattern(regexp = CURRENCY) String currency,
                                  @NotEmpty @Size(max = 100) List<@Valid @NotNull IncomeScenario> scenarios,
                                  @Nullable Discounting discounting) {
    }

    /**
     * One application scenario k.
     *
     * @param name         e.g. "credit scoring"; unique
     * @param share        j_k ∈ [0, 1], the data product's contribution share in the scenario
     * @param income       R_k1 … R_kn, the scenario's income per period
     * @param discountRate r_k, given or built up
     */
    @Serdeable
    @Schema(name = "IncomeScenario")
    public record IncomeScenario(@NotBlank @Size(max = 200) String name, @NotNull Double share,
                                 @NotEmpty @Size(max = 1_000) List<@NotNull BigDecimal> income,
                                 @NotNull @Valid Rate discountRate) {
    }

    /** The forecast kinds of the 2023 guidance. */
    public enum ForecastKind {
        /** F = R. */
        DIRECT,
        /** F = R × K. */
        SHARE,
        /** F = (with − without) × (1 − tax). */
        INCREMENTAL,
        /** F = group income − Σ contributory charges. */
        EXCESS_EARNINGS
    }

    /**
     * An income forecast.
     *
     * @param kind          DIRECT, SHARE, INCREMENTAL or EXCESS_EARNINGS
     * @param amounts       income (DIRECT), the revenue/profit base (SHARE), the with-data figures (INCREMENTAL) or the
     *                      asset group's income (EXCESS_EARNINGS), per period
     * @param shareRate     K (SHARE), or null when {@code shareBand} is given
     * @param shareBand     K = m + (n − m)·r (SHARE)
     * @param withoutData   without-data figures (INCREMENTAL)
     * @param incrementalKind REVENUE_GROWTH or COST_SAVING (INCREMENTAL)
     * @param taxRate       tax rate (INCREMENTAL)
     * @param charges       contributory asset charges, each per period (EXCESS_EARNINGS)
     */
    @Serdeable
    @Schema(name = "IncomeForecast")
    public record Forecast(@NotNull ForecastKind kind,
                           @NotEmpty @Size(max = 1_000) List<@NotNull BigDecimal> amounts,
                           @Nullable Double shareRate,
                           @Nullable @Valid ShareBand shareBand,
                           @Nullable @Size(max = 1_000) List<@NotNull BigDecimal> withoutData,
                           @Nullable IncrementalKind incrementalKind,
                           @Nullable Double taxRate,
                           @Nullable @Size(max = 100) List<@Valid @NotNull Charge> charges) {
    }

    /**
     * A contributory asset charge (e.g. on working capital, fixed assets, workforce).
     *
     * @param name    the contributory asset
     * @param amounts the charge per period
     */
    @Serdeable
    @Schema(name = "ContributoryCharge")
    public record Charge(@NotBlank @Size(max = 200) String name, @NotEmpty @Size(max = 1_000) List<@NotNull BigDecimal> amounts) {
    }

    /**
     * The 2019 cost form: replacement cost × (1 − obsolescence).
     *
     * @param currency        ISO 4217 code; default CNY
     * @param replacementCost the replacement cost
     * @param obsolescence    the obsolescence rate
     */
    @Serdeable
    @Schema(name = "ReplacementCostRequest")
    public record ReplacementCost(@Nullable @Pattern(regexp = CURRENCY) String currency, @NotNull BigDecimal replacementCost,
                                  @NotNull Double obsolescence) {
    }

    /**
     * An industry share band K = low + (high − low)·r.
     *
     * @param low  m
     * @param high n
     * @param r    position in the band, in [0, 1]
     */
    @Serdeable
    @Schema(name = "ShareBand")
    public record ShareBand(@NotNull Double low, @NotNull Double high, @NotNull Double r) {
    }

    /**
     * A discount rate: {@code rate} alone (given), or {@code riskFree} plus {@code premia} (built up).
     *
     * @param rate     the given rate
     * @param riskFree the risk-free rate
     * @param premia   named premia
     */
    @Serdeable
    @Schema(name = "DiscountRate")
    public record Rate(@Nullable Double rate, @Nullable Double riskFree,
                       @Nullable @Size(max = 100) List<@Valid @NotNull Premium> premia) {
    }

    /**
     * A named risk premium.
     *
     * @param name e.g. management, circulation, data security, regulatory
     * @param rate the premium
     */
    @Serdeable
    @Schema(name = "RiskPremium")
    public record Premium(@NotBlank @Size(max = 200) String name, @NotNull Double rate) {
    }

    /**
     * Income-term limits in periods (0 = not stated).
     *
     * @param legalPeriods    legal protection
     * @param contractPeriods contract
     * @param economicPeriods economic (update) life
     */
    @Serdeable
    @Schema(name = "IncomeTerm")
    public record Term(int legalPeriods, int contractPeriods, int economicPeriods) {
    }

    /**
     * Market approach.
     *
     * @param currency       ISO 4217 code; default CNY (inside a valuation: the engagement's)
     * @param subject        the asset being valued
     * @param comparables    comparable transactions (at least 3 unless {@code fewComparablesReason})
     * @param volumeExponent β of (V_s/V_i)^β, default 1 (linear)
     * @param weighting      ARITHMETIC_MEAN (default) or SIMILARITY
     * @param maxCoefficientOfVariation dispersion warning threshold, default 0.3
     * @param fewComparablesReason why fewer than 3 comparables suffice
     */
    @Serdeable
    @Schema(name = "MarketRequest")
    public record Market(@Nullable @Pattern(regexp = CURRENCY) String currency,
                         @NotNull @Valid Subject subject,
                         @NotEmpty @Size(max = 10_000) List<@Valid @NotNull Comparable> comparables,
                         @Nullable Double volumeExponent,
                         @Nullable Weighting weighting,
                         @Nullable Double maxCoefficientOfVariation,
                         @Nullable @Size(max = 1_000) String fewComparablesReason) {
    }

    /**
     * The market subject.
     *
     * @param right         the right valued
     * @param valuationDate the valuation date
     * @param volume        the subject's volume
     * @param quality       the subject's quality score
     * @param priceIndex    the price index at the valuation date
     */
    @Serdeable
    @Schema(name = "MarketSubject")
    public record Subject(@NotNull DataRight right, @NotNull LocalDate valuationDate, @NotNull Double volume,
                          @NotNull Double quality, @NotNull Double priceIndex) {
    }

    /**
     * A comparable transaction.
     *
     * @param id           identifier
     * @param price        the transaction price
     * @param date         the transaction date
     * @param right        the right traded
     * @param volume       its volume
     * @param quality      its quality score
     * @param supplyDemand X2, default 1
     * @param other        X5, default 1
     * @param priceIndex   the price index at its date
     * @param similarity   similarity weight (SIMILARITY weighting), default 1
     */
    @Serdeable
    @Schema(name = "ComparableTransaction")
    public record Comparable(@NotBlank @Size(max = 200) String id, @NotNull BigDecimal price, @NotNull LocalDate date,
                             @NotNull DataRight right, @NotNull Double volume, @NotNull Double quality,
                             @Nullable Double supplyDemand, @Nullable Double other, @NotNull Double priceIndex,
                             @Nullable Double similarity) {
    }

    /**
     * Quality: AHP weights from a pairwise matrix and, when criterion scores are given, the composite Q = Σ w_k s_k.
     *
     * @param matrix   Saaty 1–9 pairwise judgements, n × n, n ≤ 15
     * @param method   EIGENVECTOR (default) or GEOMETRIC_MEAN
     * @param criteria optional, one per row: id, label and score in [0, 1]
     */
    @Serdeable
    @Schema(name = "QualityRequest")
    public record Quality(@NotEmpty @Size(max = 15) List<@NotEmpty @Size(max = 15) List<@NotNull Double>> matrix,
                          @Nullable WeightMethod method,
                          @Nullable @Size(max = 15) List<@Valid @NotNull Criterion> criteria) {
    }

    /**
     * One criterion of the quality score.
     *
     * @param id    identifier
     * @param label label
     * @param score the score in [0, 1]
     */
    @Serdeable
    @Schema(name = "QualityCriterion")
    public record Criterion(@NotBlank @Size(max = 200) String id, @NotBlank @Size(max = 500) String label,
                            @NotNull Double score) {
    }
}
