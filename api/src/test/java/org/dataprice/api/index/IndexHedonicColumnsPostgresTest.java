package org.dataprice.api.index;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@link IndexHedonicColumnsTest} case on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped
 * without it, failing when {@code CI=true}): the V46 columns, characteristics and the stored hedonic
 * explanation round-trip.
 */
@MicronautTest(transactional = false)
class IndexHedonicColumnsPostgresTest extends IndexHedonicColumnsTest implements TestPropertyProvider {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.postgres().forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
