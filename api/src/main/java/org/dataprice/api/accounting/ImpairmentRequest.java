package org.dataprice.api.accounting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /v1/accounting/impairment}: a CAS 8 impairment test of a data intangible. Give a
 * fair value, a value in use, or both; the value in use may instead come from
 * {@code valueInUseCashFlows} (one per year, the first a year ahead) discounted at {@code discountRate}.
 *
 * @param currency              ISO 4217 code; default CNY
 * @param carryingAmount        the carrying amount before the test
 * @param fairValue             fair value (before costs of disposal)
 * @param costsOfDisposal       costs of disposal; default 0
 * @param valueInUse            value in use
 * @param valueInUseCashFlows   yearly cash flows for the value in use, 1 to 1,200
 * @param discountRate          the pre-tax rate for those flows, &gt; −1
 * @param accumulatedImpairment impairment recognised earlier; default 0
 * @param testMonth             the month of the test, {@code YYYY-MM}
 * @param remainingLifeMonths   remaining useful life, 0 to 1,200 (the revised schedule starts the month after)
 * @param residualValue         residual value; default 0
 */
@Serdeable
public record ImpairmentRequest(@Nullable @Pattern(regexp = "[A-Z]{3}") String currency,
                                @NotNull BigDecimal carryingAmount, @Nullable BigDecimal fairValue,
                                @Nullable BigDecimal costsOfDisposal, @Nullable BigDecimal valueInUse,
                                @Nullable @Size(min = 1, max = 1200) List<@NotNull BigDecimal> valueInUseCashFlows,
                                @Nullable Double discountRate, @Nullable BigDecimal accumulatedImpairment,
                                @NotNull @Pattern(regexp = AccountingMapper.MONTH) String testMonth,
                                @NotNull Integer remainingLifeMonths, @Nullable BigDecimal residualValue) {
}
