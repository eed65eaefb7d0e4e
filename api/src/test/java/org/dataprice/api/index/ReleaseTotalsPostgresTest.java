package org.dataprice.api.index;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@link ReleaseTotalsTest} case on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without
 * it, failing when {@code CI=true}): the totals are summed by PostgreSQL.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "64MB")
class ReleaseTotalsPostgresTest extends ReleaseTotalsTest implements TestPropertyProvider {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.postgres().forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
