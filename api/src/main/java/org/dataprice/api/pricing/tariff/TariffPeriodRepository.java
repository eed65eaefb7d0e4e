package org.dataprice.api.pricing.tariff;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Tariff periods, append-only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TariffPeriodRepository extends CrudRepository<TariffPeriodRow, String> {
    /**
     * @param tariffId the tariff
     * @return its periods by start
     */
    List<TariffPeriodRow> findByTariffIdOrderByValidFrom(String tariffId);
}
