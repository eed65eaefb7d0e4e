package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.util.List;

/**
 * @param allowedProfit  base × r
 * @param clawback       max(0, prior actual − prior MAR)
 * @param allowedRevenue MAR = max(0, cost + profit + tax − clawback)
 * @param revenueAtCaps  Σ cap × volume (≤ MAR, checked)
 * @param caps           cap_j = floor(MAR_j / volume_j) to the minor unit, MAR_j by largest remainder
 * @param explanation    how MAR was computed
 */
@Serdeable
public record PriceCapsResponse(MoneyJson allowedProfit, MoneyJson clawback, MoneyJson allowedRevenue,
                                MoneyJson revenueAtCaps, List<Cap> caps, ExplanationResponse explanation) {
    /**
     * @param productId      the product
     * @param cap            its price cap per unit
     * @param forecastVolume its forecast volume
     * @param trial          true for a trial tariff
     */
    @Serdeable
    public record Cap(String productId, MoneyJson cap, long forecastVolume, boolean trial) {
    }
}
