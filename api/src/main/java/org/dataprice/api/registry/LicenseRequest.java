package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.dataprice.registry.RightKind;

import java.time.LocalDate;

/**
 * A licence of a right for a term (only while ACTIVE): a licensee of PRODUCT_OPERATION may list the product on
 * the days of {@code [from, until)}.
 *
 * @param licenseId the licence's id, unique within the registration
 * @param right     the licensed right
 * @param licensor  a holder of the right
 * @param licensee  the licensed party
 * @param scope     what the licence covers, at most 500 characters
 * @param from      first day, inclusive
 * @param until     end day, exclusive
 * @param reason    why, at most 500 characters
 */
@Serdeable
public record LicenseRequest(@NotNull String licenseId, @NotNull RightKind right, @NotNull String licensor,
                             @NotNull String licensee, @NotNull String scope, @NotNull LocalDate from,
                             @NotNull LocalDate until, @NotNull String reason) {
}
