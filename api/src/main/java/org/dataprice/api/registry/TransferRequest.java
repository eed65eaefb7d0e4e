package org.dataprice.api.registry;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.dataprice.registry.RightKind;

import java.math.BigDecimal;

/**
 * A transfer of (part of) a right from a holder to another party (only while ACTIVE).
 *
 * @param right    RESOURCE_HOLDING, PROCESSING_USE or PRODUCT_OPERATION
 * @param from     the giving holder
 * @param to       the receiving party
 * @param fraction the fraction of the whole right moved, at most the giver's share
 * @param reason   why (e.g. the contract), at most 500 characters
 */
@Serdeable
public record TransferRequest(@NotNull RightKind right, @NotNull String from, @NotNull String to,
                              @NotNull BigDecimal fraction, @NotNull String reason) {
}
