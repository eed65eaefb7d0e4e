package org.dataprice.api.pledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.dataprice.pledge.CollateralClass;

import java.math.BigDecimal;

/**
 * Body of {@code POST /v1/pledge/loan-limit}.
 *
 * @param currency             ISO 4217 code; default CNY
 * @param appraisedValue       the appraised value V &gt; 0
 * @param collateral           {@code INCOME_WITH_CONTRACT_REVENUE} or {@code COST_APPROACH_ONLY}
 * @param exchangeRegistered   registered on a data exchange
 * @param qualityScore         data-quality score, 0 to 100
 * @param largestCustomerShare the largest customer's share of revenue, 0 to 1
 * @param remainingLifeMonths  remaining useful life L, 0 to 1,200
 * @param requestedTermMonths  requested term T, 1 to 600
 * @param policy               overrides of {@code PledgePolicy.DEFAULT}
 * @param stress               a seeded Monte Carlo stress of the value; omitted for none
 */
@Serdeable
public record LoanLimitRequest(@Nullable @Pattern(regexp = "[A-Z]{3}") String currency,
                               @NotNull BigDecimal appraisedValue, @NotNull CollateralClass collateral,
                               @NotNull Boolean exchangeRegistered, @NotNull Double qualityScore,
                               @NotNull Double largestCustomerShare, @NotNull Integer remainingLifeMonths,
                               @NotNull Integer requestedTermMonths, @Nullable @Valid PolicyRequest policy,
                               @Nullable @Valid StressRequest stress) {
}
