package org.dataprice.api.accounting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dataprice.accounting.AmortisationMethod;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /v1/accounting/amortisation}: a monthly schedule for a data resource recognised
 * as an intangible asset (当月增加当月摊销: the first month is amortised in full).
 *
 * @param currency         ISO 4217 code; default CNY
 * @param cost             the cost, at most the currency's minor units (分)
 * @param residualValue    the residual value, 0 to cost; default 0
 * @param firstMonth       the month it becomes available for use, {@code YYYY-MM}
 * @param usefulLifeMonths n, 1 to 1,200; for {@code CONSUMPTION} it defaults to the size of {@code consumption}
 * @param method           {@code STRAIGHT_LINE} (default) or {@code CONSUMPTION}
 * @param consumption      expected consumption per month (≥ 0, one per month), {@code CONSUMPTION} only
 */
@Serdeable
public record AmortisationRequest(@Nullable @Pattern(regexp = "[A-Z]{3}") String currency,
                                  @NotNull BigDecimal cost, @Nullable BigDecimal residualValue,
                                  @NotNull @Pattern(regexp = AccountingMapper.MONTH) String firstMonth,
                                  @Nullable Integer usefulLifeMonths, @Nullable AmortisationMethod method,
                                  @Nullable @Size(max = 1200) List<@NotNull BigDecimal> consumption) {
}
