package org.dataprice.api.pricing.tariff;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Tariffs. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TariffRepository extends CrudRepository<TariffRow, String> {
    /**
     * @param id              the tariff
     * @param expectedVersion the version read
     * @return 1 when bumped, 0 when another addition came first
     */
    @Query("UPDATE pricing_tariff SET version = version + 1 WHERE id = :id AND version = :expectedVersion")
    long bump(String id, long expectedVersion);
}
