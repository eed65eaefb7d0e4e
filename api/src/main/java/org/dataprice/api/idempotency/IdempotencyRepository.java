package org.dataprice.api.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency records. Inside the request's transaction {@link IdempotencyStore} inserts the claim
 * and completes it; outside, reads see only committed (completed) records.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IdempotencyRepository extends GenericRepository<IdempotencyRecord, String> {

    /**
     * Inserts a record; fails with a unique-constraint violation when the key is taken.
     *
     * @param record the record
     * @return the record
     */
    IdempotencyRecord save(IdempotencyRecord record);

    /**
     * @param id the record id
     * @return the record
     */
    Optional<IdempotencyRecord> findById(String id);

    /**
     * @param idempotencyKey a key as sent
     * @return the committed records of that key, of every caller (operations and tests)
     */
    List<IdempotencyRecord> findByIdempotencyKey(String idempotencyKey);

    /** @return the number of records (tests and metrics) */
    long count();

    /**
     * Stores the answer in the claim made by the same transaction.
     *
     * @return 1 when stored, 0 when the transaction holds no claim of that id
     */
    @Query("UPDATE idempotency_record SET state = 'COMPLETED', response_status = :status, "
            + "response_location = :location, response_body = :body, completed_at = :completedAt "
            + "WHERE id = :id AND state = 'IN_PROGRESS'")
    long complete(String id, int status, @Nullable String location, @Nullable String body, Instant completedAt);

    /**
     * @param before the retention cut-off
     * @return the number of records deleted
     */
    @Query("DELETE FROM idempotency_record WHERE created_at < :before")
    long deleteCreatedBefore(Instant before);
}
