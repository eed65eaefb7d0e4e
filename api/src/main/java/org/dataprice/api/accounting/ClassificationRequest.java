package org.dataprice.api.accounting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.dataprice.accounting.AcquisitionMode;
import org.dataprice.accounting.CostCategory;
import org.dataprice.accounting.DevelopmentPhase;
import org.dataprice.accounting.IntendedUse;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /v1/accounting/classification}: a data resource and its cost lines, to be
 * classified (无形资产, 存货 or expense) and capitalised line by line under 财会〔2023〕11号, CAS 6 and CAS 1.
 *
 * @param currency               ISO 4217 code of every cost; default CNY
 * @param name                   the resource's name
 * @param intendedUse            {@code INTERNAL_USE} (→ 无形资产), {@code FOR_SALE} (→ 存货) or {@code NONE}
 * @param acquisition            {@code OUTSOURCED} (外购) or {@code SELF_DEVELOPED} (自行开发 / 自行加工)
 * @param recognitionCriteriaMet benefits probable and cost reliably measurable (CAS 6 §4, CAS 1 §4)
 * @param developmentCriteria    the five CAS 6 §9 criteria; required for a self-developed resource for
 *                               internal use, ignored otherwise (default: none met)
 * @param costs                  the cost lines, 1 to 100,000 (more is a 422 {@code limit-exceeded})
 */
@Serdeable
public record ClassificationRequest(@Nullable @Pattern(regexp = "[A-Z]{3}") String currency, @NotBlank String name,
                                    @NotNull IntendedUse intendedUse, @NotNull AcquisitionMode acquisition,
                                    @NotNull Boolean recognitionCriteriaMet,
                                    @Nullable @Valid Criteria developmentCriteria,
                                    @NotEmpty List<@NotNull @Valid Cost> costs) {
    /**
     * The five conditions of CAS 6 §9; development costs are capitalised only when all five hold.
     *
     * @param technicalFeasibility  (一) technically feasible to complete for use or sale
     * @param intentionToComplete   (二) intention to complete and use or sell
     * @param wayToGenerateBenefits (三) how it will generate economic benefits
     * @param adequateResources     (四) adequate technical, financial and other resources
     * @param reliableMeasurement   (五) development expenditure reliably measurable
     */
    @Serdeable
    public record Criteria(@NotNull Boolean technicalFeasibility, @NotNull Boolean intentionToComplete,
                           @NotNull Boolean wayToGenerateBenefits, @NotNull Boolean adequateResources,
                           @NotNull Boolean reliableMeasurement) {
    }

    /**
     * One cost line.
     *
     * @param description what it is
     * @param category    its kind, e.g. {@code PURCHASE_PRICE}, {@code CLEANSING}, {@code STAFF_COSTS}
     * @param phase       {@code RESEARCH} or {@code DEVELOPMENT} (required for a self-developed intangible);
     *                    default {@code NOT_APPLICABLE}
     * @param incurredOn  the date incurred, {@code YYYY-MM-DD}; before 2024-01-01 it is expensed (未来适用法)
     * @param amount      the amount, ≥ 0, at most the currency's minor units
     */
    @Serdeable
    public record Cost(@NotBlank String description, @NotNull CostCategory category,
                       @Nullable DevelopmentPhase phase,
                       @NotNull @Pattern(regexp = AccountingMapper.DATE) String incurredOn,
                       @NotNull BigDecimal amount) {
    }
}
