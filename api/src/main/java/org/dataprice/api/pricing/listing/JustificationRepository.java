package org.dataprice.api.pricing.listing;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Justifications of flagged quotes, one per appraisal. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface JustificationRepository extends CrudRepository<JustificationRow, String> {
}
