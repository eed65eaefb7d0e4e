package org.dataprice.api.pricing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * An appraisal (估价) attached to a listing; the appraiser is the caller.
 *
 * @param value  the appraised value A, &gt; 0, in the quote's currency
 * @param method how it was appraised, e.g. {@code income}
 * @param beta   the band half-width β in [0, 1], at most 6 decimals; default 0.20 (the ±20 % example, not a regulatory number)
 */
@Serdeable
public record AppraisalRequest(@NotNull @Valid MoneyJson value,
                               @NotBlank @Size(max = 200) String method,
                               @Nullable @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal beta) {
}
