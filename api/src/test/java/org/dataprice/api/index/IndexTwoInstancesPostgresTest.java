package org.dataprice.api.index;

import org.dataprice.api.TestDatabases;

import java.util.Map;

/**
 * {@link IndexTwoInstancesContract} on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without it,
 * failing when {@code CI=true}): the unique constraints of {@code index_release} and {@code index_load}
 * are the cross-instance locks, and PostgreSQL makes the second inserter wait for the first commit.
 */
class IndexTwoInstancesPostgresTest extends IndexTwoInstancesContract {
    @Override
    Map<String, Object> database() {
        return TestDatabases.postgres();
    }
}
