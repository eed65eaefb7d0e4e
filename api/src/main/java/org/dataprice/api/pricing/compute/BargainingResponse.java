package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

/**
 * @param price       the benchmark price
 * @param sellerShare the seller's share of the surplus (p − s)/(b − s)
 * @param explanation how it was computed
 */
@Serdeable
public record BargainingResponse(MoneyJson price, double sellerShare, ExplanationResponse explanation) {
}
