package org.dataprice.api.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** Idempotency records. Each statement commits on its own, so other instances see it at once. */
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

    /** @return the number of records (tests and metrics) */
    long count();

    /**
     * Stores the answer of a running request.
     *
     * @return 1 when stored, 0 when the record is no longer in progress
     */
    @Query("UPDATE idempotency_record SET state = 'COMPLETED', response_status = :status, "
            + "response_location = :location, response_body = :body, completed_at = :completedAt "
            + "WHERE id = :id AND state = 'IN_PROGRESS'")
    long complete(String id, int status, @Nullable String location, @Nullable String body, Instant completedAt);

    /**
     * Releases the key of a request that failed.
     *
     * @return 1 when released
     */
    @Query("DELETE FROM idempotency_record WHERE id = :id AND state = 'IN_PROGRESS'")
    long release(String id);

    /**
     * Takes over the key of a request whose instance died: only one caller wins, as the update
     * moves {@code created_at} past the cut-off.
     *
     * @return 1 when taken over
     */
    @Query("UPDATE idempotency_record SET created_at = :now WHERE id = :id AND state = 'IN_PROGRESS' "
            + "AND created_at < :staleBefore")
    long takeOver(String id, Instant now, Instant staleBefore);

    /**
     * @param before the retention cut-off
     * @return the number of records deleted
     */
    @Query("DELETE FROM idempotency_record WHERE created_at < :before")
    long deleteCreatedBefore(Instant before);
}
