package org.dataprice.api.supervision;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The declared beneficial-owner links. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OwnerLinkRepository extends CrudRepository<OwnerLinkRow, String> {
    /**
     * @param partyA the smaller id
     * @param partyB the larger id
     * @return the link, if declared
     */
    Optional<OwnerLinkRow> findByPartyAAndPartyB(String partyA, String partyB);

    /**
     * @param limit the most rows
     * @return the links, oldest first
     */
    @Query("SELECT * FROM supervision_owner_link ORDER BY declared_at, id LIMIT :limit")
    List<OwnerLinkRow> oldest(int limit);
}
