package org.dataprice.api.admission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * A new version of the negative list; it replaces the whole list from {@code effectiveFrom} on.
 *
 * @param effectiveFrom from when it applies; default now; not before the previous version's
 * @param entries       the entries; at most 1000
 */
@Serdeable
public record NegativeListRequest(@Nullable Instant effectiveFrom,
                                  @NotNull @Size(max = 1000) List<@NotNull @Valid NegativeListEntryJson> entries) {
}
