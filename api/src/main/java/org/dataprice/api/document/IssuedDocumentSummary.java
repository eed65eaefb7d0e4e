package org.dataprice.api.document;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/**
 * An issued document without its bytes (a projection of {@link IssuedDocument}, so that listing the
 * revisions of a report reads a few hundred bytes per document).
 *
 * @param id             UUID
 * @param revision       the revision it belongs to
 * @param format         {@link DocumentFormat#code()}
 * @param mediaType      the media type it is served with
 * @param sha256         hex SHA-256 of the bytes
 * @param sizeBytes      the number of bytes
 * @param libraryVersion the core library version that computed the figures
 * @param inputHash      the input hash of the computation
 * @param renderer       the renderer and its version
 * @param reason         why the revision was issued
 * @param issuedAt       when it was stored
 * @param issuedBy       who issued it
 */
@Introspected
public record IssuedDocumentSummary(String id, int revision, String format, String mediaType, String sha256, long sizeBytes,
                                    String libraryVersion, String inputHash, String renderer, String reason,
                                    Instant issuedAt, String issuedBy) {
}
