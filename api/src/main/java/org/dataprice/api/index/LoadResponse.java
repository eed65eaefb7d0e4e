package org.dataprice.api.index;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * The answer to a transaction load.
 *
 * @param loadId    the load id
 * @param indexId   the index
 * @param source    {@code CSV} or {@code JSON}
 * @param rows      transactions stored
 * @param sha256    SHA-256 of the request body (CSV) as received
 * @param createdAt when stored
 */
@Serdeable
public record LoadResponse(String loadId, String indexId, String source, int rows, String sha256, Instant createdAt) {
}
