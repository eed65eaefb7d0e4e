package org.dataprice.api.credit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Append-only store of credit records (V54): insert and read. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CreditRecordRepository extends GenericRepository<CreditRecordRow, String> {
    /**
     * @param row the record
     * @return the row inserted
     */
    CreditRecordRow save(CreditRecordRow row);

    /**
     * @param id   a record id
     * @param kind its kind
     * @return the record, if it is of that kind
     */
    Optional<CreditRecordRow> findByIdAndKind(String id, String kind);

    /**
     * @param partyId a party
     * @return its file, in record order
     */
    @Query("SELECT * FROM credit_record WHERE party_id = :partyId ORDER BY recorded_at, id")
    List<CreditRecordRow> file(String partyId);

    /**
     * @param subjectId an event
     * @param kind      a kind
     * @return how many records of that kind refer to it
     */
    long countBySubjectIdAndKind(String subjectId, String kind);
}
