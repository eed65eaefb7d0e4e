package org.dataprice.api.index;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@link IndexPublicationTest} case on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without
 * it, failing when {@code CI=true}): the V30 migration, every query, timestamps and dates round-trip.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "64MB")
class IndexPublicationPostgresTest extends IndexPublicationTest implements TestPropertyProvider {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.postgres().forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
