package org.dataprice.api.registry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Append-only store of citations (V57): insert and read. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CitationRepository extends GenericRepository<CitationRow, String> {
    /**
     * @param row the citation to insert
     * @return the row inserted
     */
    CitationRow save(CitationRow row);

    /**
     * @param id {@code <subjectKind>/<subjectId>}
     * @return the citation, if the record cites a registration
     */
    Optional<CitationRow> findById(String id);

    /**
     * @param registrationId a registration
     * @return the records citing it, oldest first
     */
    List<CitationRow> findByRegistrationIdOrderByCitedAt(String registrationId);
}
