package org.dataprice.api.persistence;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/**
 * {@link PersistenceContract} on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}, set by {@code .ci/run}).
 * Skipped on a developer machine without it; FAILS when {@code CI=true} and it is missing.
 */
class PersistencePostgresTest extends PersistenceContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.postgres();
    }

    @Override
    String expectedProduct() {
        return "PostgreSQL";
    }
}
