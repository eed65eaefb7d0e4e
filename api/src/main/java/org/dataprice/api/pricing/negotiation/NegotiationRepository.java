package org.dataprice.api.pricing.negotiation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** Negotiation states, written with optimistic locking. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NegotiationRepository extends CrudRepository<NegotiationRow, String> {

    /**
     * Moves a negotiation to its next state only if nobody else did first.
     *
     * @param id              the negotiation
     * @param status          the new status
     * @param turn            the new turn
     * @param updatedAt       the time of the transition
     * @param newVersion      the new version
     * @param expectedVersion the version the transition was computed from
     * @return 1 when written, 0 when the stored version is no longer {@code expectedVersion}
     */
    @Query("UPDATE pricing_negotiation SET status = :status, turn = :turn, updated_at = :updatedAt, version = :newVersion "
            + "WHERE id = :id AND version = :expectedVersion")
    long transition(String id, String status, String turn, Instant updatedAt, long newVersion, long expectedVersion);

    /**
     * @param status   a status (OPEN)
     * @param deadline an instant
     * @return the negotiations in that status whose deadline is at or before the instant
     */
    List<NegotiationRow> findByStatusAndDeadlineLessThanEquals(String status, Instant deadline);

    /**
     * @param from  first creation instant, inclusive
     * @param until last creation instant, exclusive
     * @param limit the most rows read
     * @return the negotiations opened in {@code [from, until)}, oldest first (the market monitor's offer screen)
     */
    @Query("SELECT * FROM pricing_negotiation WHERE created_at >= :from AND created_at < :until "
            + "ORDER BY created_at, id LIMIT :limit")
    List<NegotiationRow> createdBetween(Instant from, Instant until, int limit);
}
