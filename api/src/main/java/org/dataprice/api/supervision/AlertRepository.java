package org.dataprice.api.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored alerts; the filters of {@link #search} match the latest status through the events table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlertRepository extends CrudRepository<AlertRow, String> {
    /**
     * @param fingerprint an alert's fingerprint
     * @return the alert stored with it
     */
    Optional<AlertRow> findByFingerprint(String fingerprint);

    /** The filter of {@link #search} and {@link #countMatching}; a null parameter matches everything. */
    String FILTER = "FROM supervision_alert a WHERE (CAST(:severity AS VARCHAR(16)) IS NULL OR a.severity = :severity) "
            + "AND (CAST(:ruleId AS VARCHAR(64)) IS NULL OR a.rule_id = :ruleId) "
            + "AND (CAST(:dealId AS VARCHAR(64)) IS NULL OR a.deal_id = :dealId) "
            + "AND (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR a.raised_at >= :from) "
            + "AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR a.raised_at < :to) "
            + "AND (CAST(:status AS VARCHAR(16)) IS NULL OR :status = (SELECT e.status FROM supervision_alert_event e "
            + "WHERE e.alert_id = a.id ORDER BY e.seq DESC LIMIT 1))";

    /**
     * @param severity a severity, or null
     * @param ruleId   a rule id, or null
     * @param dealId   a deal, or null
     * @param status   the current status, or null
     * @param from     raised at or after, or null
     * @param to       raised before, or null
     * @param limit    the page size
     * @param offset   rows skipped
     * @return one page, newest first (ties by id)
     */
    @Query("SELECT a.* " + FILTER + " ORDER BY a.raised_at DESC, a.id LIMIT :limit OFFSET :offset")
    List<AlertRow> search(@Nullable String severity, @Nullable String ruleId, @Nullable String dealId,
                          @Nullable String status, @Nullable Instant from, @Nullable Instant to, int limit, long offset);

    /**
     * @param severity a severity, or null
     * @param ruleId   a rule id, or null
     * @param dealId   a deal, or null
     * @param status   the current status, or null
     * @param from     raised at or after, or null
     * @param to       raised before, or null
     * @return the number of matching alerts
     */
    @Query("SELECT COUNT(*) " + FILTER)
    long countMatching(@Nullable String severity, @Nullable String ruleId, @Nullable String dealId,
                       @Nullable String status, @Nullable Instant from, @Nullable Instant to);
}
