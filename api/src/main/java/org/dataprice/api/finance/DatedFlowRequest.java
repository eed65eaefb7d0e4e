package org.dataprice.api.finance;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dated cash flow.
 *
 * @param date   ISO date, e.g. {@code 2008-01-01}
 * @param amount the amount (negative for an outflow), a JSON number or decimal string
 */
@Serdeable
public record DatedFlowRequest(@NotNull LocalDate date, @NotNull BigDecimal amount) {
}
