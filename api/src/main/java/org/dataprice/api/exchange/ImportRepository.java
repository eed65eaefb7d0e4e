package org.dataprice.api.exchange;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Append-only store of recognised bundles (V58): insert and read, no update, no delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ImportRepository extends GenericRepository<ImportRow, String> {

    /**
     * @param row the row to insert
     * @return the row inserted
     */
    ImportRow save(ImportRow row);

    /**
     * @param id an import id
     * @return the import, if any
     */
    Optional<ImportRow> findById(String id);

    /**
     * @param bundleHash a bundle's SHA-256
     * @return its import, if it was recognised before
     */
    Optional<ImportRow> findByBundleHash(String bundleHash);
}
