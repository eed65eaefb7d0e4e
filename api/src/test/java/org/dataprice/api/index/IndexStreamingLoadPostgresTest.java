package org.dataprice.api.index;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@link IndexStreamingLoadTest} case on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without
 * it, failing when {@code CI=true}): a rolled-back load leaves no trade and no per-cell total there either, and
 * the trades go through COPY.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "64MB")
@Property(name = "dataprice.index.max-load-rows", value = "1000")
class IndexStreamingLoadPostgresTest extends IndexStreamingLoadTest implements TestPropertyProvider {
    @Override
    boolean expectsCopy() {
        return true;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.postgres().forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
