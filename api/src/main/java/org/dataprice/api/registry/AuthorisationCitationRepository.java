package org.dataprice.api.registry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only store of payments citing an authorisation (V67): insert and read. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuthorisationCitationRepository extends GenericRepository<AuthorisationCitationRow, String> {
    /**
     * @param row the citation to insert
     * @return the row inserted
     */
    AuthorisationCitationRow save(AuthorisationCitationRow row);

    /**
     * @param subjectKind {@code settlement}
     * @param subjectId   its id
     * @return its payments' citations, in term order
     */
    List<AuthorisationCitationRow> findBySubjectKindAndSubjectIdOrderByTerm(String subjectKind, String subjectId);

    /**
     * @param authorisationId an authorisation
     * @return the payments citing it, oldest first (at most {@link AuthorisationService#MAX_CITATIONS})
     */
    @io.micronaut.data.annotation.Query("SELECT * FROM authorisation_citation WHERE authorisation_id = :authorisationId"
            + " ORDER BY cited_at, id LIMIT 1000")
    List<AuthorisationCitationRow> findByAuthorisationId(String authorisationId);
}
