package org.dataprice.api.apikey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/**
 * API keys in the database. The dialect is PostgreSQL; the embedded H2 store runs in PostgreSQL
 * compatibility mode, so the same SQL serves both.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApiKeyRepository extends CrudRepository<ApiKey, String> {

    /** @return every key, oldest first */
    List<ApiKey> findAllOrderByCreatedAt();

    /**
     * Marks a key revoked, once.
     *
     * @param id        the key id
     * @param revokedAt the revocation time
     * @return 1 when the key was active and is now revoked, 0 when unknown or already revoked
     */
    @Query("UPDATE api_key SET revoked_at = :revokedAt WHERE id = :id AND revoked_at IS NULL")
    long revoke(String id, Instant revokedAt);
}
