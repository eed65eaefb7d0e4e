package org.dataprice.api.pledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * Overrides of the lender's policy; every field omitted keeps its {@code PledgePolicy.DEFAULT} value
 * (see docs/risk-accounting-pledge.md §5 for the defaults and their sources).
 *
 * @param incomeBaseLtv          base LTV for income-approach collateral with contract revenue (default 0.50)
 * @param costBaseLtv            base LTV for cost-approach-only collateral (default 0.25)
 * @param maxLtv                 cap on any base LTV (default 0.60)
 * @param noRegistrationFactor   haircut without exchange registration (default 0.80)
 * @param weakQualityThreshold   quality score below which the asset is weak (default 60)
 * @param weakQualityFactor      haircut for weak quality (default 0.80)
 * @param concentrationThreshold largest-customer share above which revenue is concentrated (default 0.50)
 * @param concentrationFactor    haircut for concentration (default 0.85)
 * @param maxTermMonths          longest term; longer requests are cut (default 12)
 * @param ticketCap              largest single loan, in the request's currency (default 10,000,000 CNY;
 *                               required for another currency)
 */
@Serdeable
public record PolicyRequest(@Nullable Double incomeBaseLtv, @Nullable Double costBaseLtv, @Nullable Double maxLtv,
                            @Nullable Double noRegistrationFactor, @Nullable Double weakQualityThreshold,
                            @Nullable Double weakQualityFactor, @Nullable Double concentrationThreshold,
                            @Nullable Double concentrationFactor, @Nullable Integer maxTermMonths,
                            @Nullable BigDecimal ticketCap) {
}
