package org.dataprice.api.document;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Append-only store of issued documents: insert and read, no update, no delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IssuedDocumentRepository extends GenericRepository<IssuedDocument, String> {

    /**
     * @param document the row to insert
     * @return the row inserted
     */
    IssuedDocument save(IssuedDocument document);

    /**
     * @param subjectKind the subject's kind
     * @param subjectId   the subject's id
     * @param revision    the revision
     * @param format      the format code
     * @return the document, if issued
     */
    Optional<IssuedDocument> findBySubjectKindAndSubjectIdAndRevisionAndFormat(String subjectKind, String subjectId,
                                                                             int revision, String format);

    /**
     * @param subjectKind the subject's kind
     * @param subjectId   the subject's id
     * @return its documents without their bytes, by revision then format
     */
    @Query("SELECT id, revision, format, media_type, sha256, size_bytes, library_version, input_hash, renderer, reason, "
            + "issued_at, issued_by FROM issued_document WHERE subject_kind = :subjectKind AND subject_id = :subjectId "
            + "ORDER BY revision, format")
    List<IssuedDocumentSummary> summaries(String subjectKind, String subjectId);

    /**
     * @param subjectKind the subject's kind
     * @param subjectId   the subject's id
     * @return the highest revision issued, if any
     */
    @Query("SELECT MAX(revision) FROM issued_document WHERE subject_kind = :subjectKind AND subject_id = :subjectId")
    Optional<Integer> latestRevision(String subjectKind, String subjectId);

    /**
     * @param subjectKind the subject's kind
     * @param sha256      the content's SHA-256 (lower-case hex)
     * @return the documents of that kind with exactly those bytes (normally one), oldest first
     */
    List<IssuedDocument> findBySubjectKindAndSha256OrderByIssuedAt(String subjectKind, String sha256);
}
