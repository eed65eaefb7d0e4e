package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /v1/finance/irr}.
 *
 * @param amounts        the flows, the first at time 0; 1 to 100,000
 * @param periodsPerYear flows per year m (default 1); the rate reported is per period
 * @param guess          the root to prefer among several (nearest wins); default 0.1
 */
@Serdeable
public record IrrRequest(@NotEmpty List<@NotNull BigDecimal> amounts, @Nullable Integer periodsPerYear,
                         @Nullable Double guess) {
}
