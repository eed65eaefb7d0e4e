package org.dataprice.api.pricing.tariff;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

/**
 * @param periodId    the period whose schedule applied
 * @param tieredFee   Σ_k price_k × max(0, min(q, upper_k) − lower_k), exact
 * @param discount    the scenario discount applied
 * @param fee         tiered × (1 − d), half-even to the minor unit; 0 for a free use
 * @param free        true for 公共治理/公益 use
 * @param explanation how it was computed
 */
@Serdeable
public record FeeResponse(String periodId, MoneyJson tieredFee, double discount, MoneyJson fee, boolean free,
                          ExplanationResponse explanation) {
}
