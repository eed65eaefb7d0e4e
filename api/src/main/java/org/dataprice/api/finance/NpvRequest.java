package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /v1/finance/npv}: either periodic {@code amounts} (flow i at period i, the first
 * at time 0 undiscounted; {@code periodsPerYear} m, default 1) or dated {@code flows} (Actual/365 Fixed
 * from the first date, as Excel's XNPV), never both.
 *
 * @param rate           the annual rate as a decimal (0.1 = 10 %)
 * @param amounts        periodic amounts, 1 to 100,000
 * @param periodsPerYear m for periodic amounts; default 1
 * @param flows          dated flows, 1 to 100,000
 * @param compounding    how the rate compounds; default annual
 */
@Serdeable
public record NpvRequest(@NotNull Double rate,
                         @Nullable @Size(min = 1) List<@NotNull BigDecimal> amounts,
                         @Nullable Integer periodsPerYear,
                         @Nullable @Size(min = 1) List<@NotNull @Valid DatedFlowRequest> flows,
                         @Nullable @Valid CompoundingRequest compounding) {
}
