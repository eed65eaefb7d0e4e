package org.dataprice.api.document;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One issued document: the exact bytes handed out for one format of one revision of a subject's report,
 * stored when first issued and never changed (table {@code issued_document}, migration V48; a record of
 * the hash-chained ledger {@code documents}).
 *
 * @param id             UUID (the ledger record id)
 * @param subjectKind    what the document reports on, e.g. {@code valuation}
 * @param subjectId      the subject's id
 * @param revision       1 for the rendering issued with the subject; each explicit re-rendering adds one
 * @param format         {@link DocumentFormat#code()}
 * @param mediaType      the media type it is served with
 * @param content        the bytes as issued
 * @param sha256         lower-case hex SHA-256 of {@code content} (served as the strong ETag)
 * @param sizeBytes      {@code content.length}
 * @param libraryVersion the core library version that computed the figures
 * @param inputHash      the SHA-256 input hash of the computation the document reports
 * @param renderer       the renderer and its version, e.g. {@code report-html/1}
 * @param reason         why this revision was issued (first issue, or the caller's reason for a re-rendering)
 * @param issuedAt       when it was stored
 * @param issuedBy       the principal whose request issued it
 */
@MappedEntity("issued_document")
public record IssuedDocument(@Id String id,
                             @MappedProperty("subject_kind") String subjectKind,
                             @MappedProperty("subject_id") String subjectId,
                             int revision,
                             String format,
                             @MappedProperty("media_type") String mediaType,
                             byte[] content,
                             String sha256,
                             @MappedProperty("size_bytes") long sizeBytes,
                             @MappedProperty("library_version") String libraryVersion,
                             @MappedProperty("input_hash") String inputHash,
                             String renderer,
                             String reason,
                             @MappedProperty("issued_at") Instant issuedAt,
                             @MappedProperty("issued_by") String issuedBy) {
}
