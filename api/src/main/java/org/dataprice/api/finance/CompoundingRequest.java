package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.dataprice.finance.cashflow.Compounding;

/**
 * How the rate compounds: {@code ANNUAL} (1+r)^-t, {@code PERIODIC} (1+r/m)^-mt with
 * {@code periodsPerYear} m from 1 to 366, or {@code CONTINUOUS} e^-rt.
 *
 * @param kind           the convention
 * @param periodsPerYear m, only for {@code PERIODIC}
 */
@Serdeable
public record CompoundingRequest(@NotNull Compounding.Kind kind, @Nullable Integer periodsPerYear) {
}
