package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The maximum allowed revenue (最高准许收入) of a public-data operator and the per-product price caps
 * derived from it (发改价格〔2025〕65号).
 *
 * @param indicatorCost       指标成本, &ge; 0
 * @param base                the profit base, &ge; 0, same currency
 * @param allowedReturn       准许收益率 r ∈ [0, 1] (configuration)
 * @param tax                 税金, &ge; 0
 * @param priorActualRevenue  last period's actual revenue (zero in the first period)
 * @param priorAllowedRevenue last period's MAR (zero in the first period)
 * @param products            the products: id, forecast volume &ge; 1, revenue weight &gt; 0 (at most 100,000)
 * @param trial               true for trial tariffs; default false
 */
@Serdeable
public record PriceCapsRequest(@NotNull @Valid MoneyJson indicatorCost,
                               @NotNull @Valid MoneyJson base,
                               double allowedReturn,
                               @NotNull @Valid MoneyJson tax,
                               @NotNull @Valid MoneyJson priorActualRevenue,
                               @NotNull @Valid MoneyJson priorAllowedRevenue,
                               @NotEmpty @Size(max = 100_000) List<@NotNull @Valid Product> products,
                               @Nullable Boolean trial) {
    /**
     * @param productId      the product
     * @param forecastVolume its forecast volume, &ge; 1
     * @param revenueWeight  its share weight of MAR, &gt; 0
     */
    @Serdeable
    public record Product(@NotBlank String productId, long forecastVolume, double revenueWeight) {
    }
}
