package org.dataprice.api.supervision;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The workflow events of alerts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AlertEventRepository extends CrudRepository<AlertEventRow, String> {
    /**
     * @param alertId an alert
     * @return its events, first first
     */
    List<AlertEventRow> findByAlertIdOrderBySeq(String alertId);
}
