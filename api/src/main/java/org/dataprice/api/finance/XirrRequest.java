package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Body of {@code POST /v1/finance/xirr}.
 *
 * @param flows the dated flows; no date before the first; 1 to 100,000
 * @param guess the root to prefer among several (nearest wins); default 0.1
 */
@Serdeable
public record XirrRequest(@NotEmpty List<@NotNull @Valid DatedFlowRequest> flows, @Nullable Double guess) {
}
