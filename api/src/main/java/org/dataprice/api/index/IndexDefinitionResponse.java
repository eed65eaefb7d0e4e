package org.dataprice.api.index;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A stored index definition.
 *
 * @param definition the definition as sent
 * @param createdAt  when it was stored
 * @param createdBy  who stored it
 */
@Serdeable
public record IndexDefinitionResponse(IndexDefinitionRequest definition, Instant createdAt, String createdBy) {
}
