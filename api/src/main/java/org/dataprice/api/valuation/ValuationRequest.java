package org.dataprice.api.valuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dataprice.valuation.market.DataRight;

import java.time.LocalDate;
import java.util.List;

/**
 * An appraisal engagement (评估委托) to create and run: {@code POST /v1/valuations}. At least one of
 * {@code cost}, {@code income}, {@code market}; their weights must sum to 1.
 *
 * @param reference          report reference number
 * @param asset              the data asset
 * @param right              数据资源持有权 RESOURCE_HOLDING, 数据加工使用权 PROCESSING_USE, 数据产品经营权 PRODUCT_OPERATION
 * @param purpose            评估目的
 * @param basisOfValue       价值类型, e.g. market value
 * @param valuationDate      评估基准日
 * @param appraiser          评估机构及评估师
 * @param assumptions        评估假设
 * @param limitingConditions 限制条件
 * @param currency           ISO 4217, default CNY
 * @param quality            optional quality criteria (AHP)
 * @param cost               optional cost approach with weight and reason
 * @param income             optional income approach with weight and reason
 * @param market             optional market approach with weight and reason
 * @param client             optional 委托人, the client's name; the report refers to the engagement contract when absent
 * @param signatories        optional signing appraisers (签字资产评估师), at most 2, distinct registration numbers; the
 *                           report's signature block leaves blank lines for those not given
 * @param registrationId     optional: the data-asset registration (issue 16, {@code GET /v1/registrations/{id}}) of the
 *                           asset valued. Not an appraisal input (the core engagement and its input hash do not carry
 *                           it): checked when the valuation is created — the registration must exist and be ACTIVE at
 *                           the end of {@code valuationDate} (UTC), neither suspended nor cancelled nor not yet
 *                           registered, else 422 on {@code registrationId} — stored with the engagement, cited in the
 *                           registry ({@code GET /v1/registrations/{id}/citations}) and shown in the report's
 *                           identification of the asset
 */
@Serdeable
@Schema(name = "ValuationRequest")
public record ValuationRequest(
        @NotBlank @Size(max = 200) String reference,
        @NotNull @Valid Asset asset,
        @NotNull DataRight right,
        @NotBlank @Size(max = 2_000) String purpose,
        @NotBlank @Size(max = 500) String basisOfValue,
        @NotNull LocalDate valuationDate,
        @NotBlank @Size(max = 500) String appraiser,
        @Nullable @Size(max = 100) List<@NotBlank @Size(max = 4_000) String> assumptions,
        @Nullable @Size(max = 100) List<@NotBlank @Size(max = 4_000) String> limitingConditions,
        @Nullable @Pattern(regexp = AppraisalRequests.CURRENCY) String currency,
        @Nullable @Valid AppraisalRequests.Quality quality,
        @Nullable @Valid WeightedCost cost,
        @Nullable @Valid WeightedIncome income,
        @Nullable @Valid WeightedMarket market,
        @Nullable @Size(max = 500) String client,
        @Nullable @Size(max = 2) List<@NotNull @Valid Signatory> signatories,
        @Nullable @Size(min = 1, max = 64) String registrationId) {

    /**
     * An appraiser who signs the report.
     *
     * @param name               the appraiser's name
     * @param registrationNumber 职业资格证书登记号, the registration number of the appraiser's qualification
     */
    @Serdeable
    @Schema(name = "Signatory")
    public record Signatory(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String registrationNumber) {
    }

    /**
     * The data asset as the guidance lists it.
     *
     * @param name            数据名称
     * @param structure       数据结构
     * @param dictionary      数据字典 (may be empty)
     * @param size            数据规模
     * @param period          数据周期
     * @param updateFrequency 产生频率
     * @param storage         存储方式
     */
    @Serdeable
    @Schema(name = "DataAsset")
    public record Asset(@NotBlank @Size(max = 500) String name, @NotBlank @Size(max = 2_000) String structure,
                        @NotNull @Size(max = 4_000) String dictionary, @NotBlank @Size(max = 500) String size,
                        @NotBlank @Size(max = 500) String period, @NotBlank @Size(max = 500) String updateFrequency,
                        @NotBlank @Size(max = 500) String storage) {
    }

    /**
     * @param weight reconciliation weight in [0, 1]
     * @param reason why this weight
     * @param inputs the approach inputs
     */
    @Serdeable
    @Schema(name = "WeightedCost")
    public record WeightedCost(@NotNull Double weight, @NotBlank @Size(max = 2_000) String reason,
                               @NotNull @Valid AppraisalRequests.Cost inputs) {
    }

    /**
     * @param weight reconciliation weight in [0, 1]
     * @param reason why this weight
     * @param inputs the approach inputs
     */
    @Serdeable
    @Schema(name = "WeightedIncome")
    public record WeightedIncome(@NotNull Double weight, @NotBlank @Size(max = 2_000) String reason,
                                 @NotNull @Valid AppraisalRequests.Income inputs) {
    }

    /**
     * @param weight reconciliation weight in [0, 1]
     * @param reason why this weight
     * @param inputs the approach inputs
     */
    @Serdeable
    @Schema(name = "WeightedMarket")
    public record WeightedMarket(@NotNull Double weight, @NotBlank @Size(max = 2_000) String reason,
                                 @NotNull @Valid AppraisalRequests.Market inputs) {
    }
}
