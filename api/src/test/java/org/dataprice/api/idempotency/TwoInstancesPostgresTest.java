package org.dataprice.api.idempotency;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/**
 * {@link TwoInstancesContract} on one PostgreSQL database ({@code DATAPRICE_TEST_PG_URL}); fails
 * when {@code CI=true} and PostgreSQL is not configured.
 */
class TwoInstancesPostgresTest extends TwoInstancesContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.postgres();
    }
}
