package org.dataprice.api.index;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code POST /v1/indices/{id}/calendar}: release dates appended to an index's calendar.
 *
 * @param calendar the new dates, for periods after the last scheduled one
 */
@Serdeable
public record CalendarRequest(@NotEmpty @Size(max = 1200) List<IndexDefinitionRequest.@Valid @NotNull ReleaseDate> calendar) {
}
