package org.dataprice.api.index;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@link ReleaseRevisionsTest} case on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without it,
 * failing when {@code CI=true}): the V52 migration, its foreign keys and the ledger hash over the revision rows.
 */
@MicronautTest(transactional = false)
class ReleaseRevisionsPostgresTest extends ReleaseRevisionsTest implements TestPropertyProvider {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.postgres().forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
