package org.dataprice.api.valuation;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/**
 * {@link ValuationPersistenceContract} on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}, set by {@code .ci/run}).
 * Skipped on a developer machine without it; FAILS when {@code CI=true} and it is missing.
 */
class ValuationPersistencePostgresTest extends ValuationPersistenceContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.postgres();
    }

    @Override
    String expectedProduct() {
        return "PostgreSQL";
    }
}
