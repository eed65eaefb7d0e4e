package org.dataprice.api.admission;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Append-only store of negative-list versions (V54): insert and read. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NegativeListRepository extends GenericRepository<NegativeListRow, String> {
    /**
     * @param row the version
     * @return the row inserted
     */
    NegativeListRow save(NegativeListRow row);

    /**
     * @param version a version
     * @return the row, if stored
     */
    Optional<NegativeListRow> findByVersion(int version);

    /** @return the latest version, if any */
    Optional<NegativeListRow> findFirstOrderByVersionDesc();

    /**
     * @param at an instant
     * @return the version in force at it: the highest version effective at or before it
     */
    @Query("SELECT * FROM supervision_negative_list WHERE effective_from <= :at ORDER BY version DESC LIMIT 1")
    Optional<NegativeListRow> inForce(Instant at);

    /** @return every version, oldest first */
    List<NegativeListRow> findAllOrderByVersion();
}
