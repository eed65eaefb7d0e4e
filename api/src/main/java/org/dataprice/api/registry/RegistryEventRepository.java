package org.dataprice.api.registry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only store of registration events (V56): insert and read, no update, no delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RegistryEventRepository extends GenericRepository<RegistryEventRow, String> {
    /**
     * @param row the event to insert
     * @return the row inserted
     */
    RegistryEventRow save(RegistryEventRow row);

    /**
     * @param registrationId a registration
     * @return its events, oldest first; empty when unknown
     */
    List<RegistryEventRow> findByRegistrationIdOrderBySequence(String registrationId);

    /**
     * @param registrationId a registration
     * @return whether it has any event
     */
    boolean existsByRegistrationId(String registrationId);

    /**
     * The registrations in id order, one page at a time (the read interface for exports).
     *
     * @param after the last id of the previous page; "" for the first page
     * @param limit the page size
     * @return the next ids, ascending
     */
    @Query("SELECT DISTINCT registration_id FROM registry_event WHERE registration_id > :after "
            + "ORDER BY registration_id LIMIT :limit")
    List<String> registrationIdsAfter(String after, int limit);

    /**
     * The registrations whose last event lies in a period, by that event's time (the read interface for exports).
     *
     * @param from  first instant, inclusive
     * @param until last instant, exclusive
     * @param limit the most ids
     * @return their ids, oldest last event first (ties by id)
     */
    @Query("SELECT registration_id FROM (SELECT registration_id, MAX(at) AS last_at FROM registry_event "
            + "GROUP BY registration_id) last_events WHERE last_at >= :from AND last_at < :until "
            + "ORDER BY last_at, registration_id LIMIT :limit")
    List<String> changedBetween(java.time.Instant from, java.time.Instant until, int limit);
}
