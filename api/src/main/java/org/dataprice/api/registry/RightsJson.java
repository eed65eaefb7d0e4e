package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * The three rights (数据二十条 §(三)) and who holds each, with shares that sum to exactly 1 per right (the core
 * {@code Rights}); at most 100 holders per right.
 *
 * @param resourceHolding  数据资源持有权, the right to hold the data resource
 * @param processingUse    数据加工使用权, the right to process and use it
 * @param productOperation 数据产品经营权, the right to operate the product (who may list it)
 */
@Serdeable
public record RightsJson(@NotNull @Size(max = 100) List<@NotNull @Valid ShareJson> resourceHolding,
                         @NotNull @Size(max = 100) List<@NotNull @Valid ShareJson> processingUse,
                         @NotNull @Size(max = 100) List<@NotNull @Valid ShareJson> productOperation) {

    /**
     * One holder of a right.
     *
     * @param party the holder's party id (the principal it calls the service as)
     * @param share its share in (0, 1], at most 12 decimals
     */
    @Serdeable
    public record ShareJson(@NotNull String party, @NotNull BigDecimal share) {
    }
}
