package org.dataprice.api.accounting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /v1/accounting/inventory}: data inventory measured at the lower of cost and net
 * realisable value at each period end (CAS 1 §15–§19). The allowance required at one period end is the
 * existing allowance of the next, so a reversal is limited to the write-downs made earlier.
 *
 * @param currency         ISO 4217 code; default CNY
 * @param cost             the inventory's cost, ≥ 0
 * @param openingAllowance the write-down allowance (存货跌价准备) before the first period, 0 to cost; default 0
 * @param periods          the period ends in increasing order, 1 to 1,200
 */
@Serdeable
public record InventoryRequest(@Nullable @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull BigDecimal cost,
                               @Nullable BigDecimal openingAllowance,
                               @NotNull @Size(min = 1, max = 1200) List<@NotNull @Valid Period> periods) {
    /**
     * The estimate of net realisable value at one period end.
     *
     * @param period                the period end, {@code YYYY-MM}; strictly after the previous one
     * @param estimatedSellingPrice estimated selling price (估计售价), ≥ 0
     * @param costsToComplete       estimated costs to complete, ≥ 0; default 0
     * @param sellingCostsAndTaxes  estimated selling costs and related taxes, ≥ 0; default 0
     */
    @Serdeable
    public record Period(@NotNull @Pattern(regexp = AccountingMapper.MONTH) String period,
                         @NotNull BigDecimal estimatedSellingPrice, @Nullable BigDecimal costsToComplete,
                         @Nullable BigDecimal sellingCostsAndTaxes) {
    }
}
