package org.dataprice.api.supervision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The stored versions of the supervision rules. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RulesRepository extends CrudRepository<RulesRow, String> {
    /**
     * @param limit the most rows
     * @return the newest versions first
     */
    @Query("SELECT * FROM supervision_rules ORDER BY version DESC LIMIT :limit")
    List<RulesRow> newest(int limit);
}
