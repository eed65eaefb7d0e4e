package org.dataprice.api.registry;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only store of key rotations (V68): insert and read (at most {@code KeySet.MAX_KEYS} rows matter). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KeyRotationRepository extends GenericRepository<KeyRotationRow, String> {
    /**
     * @param row the rotation to insert
     * @return the row inserted
     */
    KeyRotationRow save(KeyRotationRow row);

    /** @return every rotation, in order */
    List<KeyRotationRow> findAllOrderBySequence();

    /** @return the number of rotations (what an instance compares with the rotations it has applied) */
    @Query("SELECT COUNT(*) FROM registry_key_rotation")
    long countRotations();
}
