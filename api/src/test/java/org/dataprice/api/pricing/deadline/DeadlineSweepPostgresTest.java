package org.dataprice.api.pricing.deadline;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@link DeadlineSweepTest} case on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without it,
 * failing when {@code CI=true}): two sweeps at once under PostgreSQL's isolation.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.pricing.deadline-sweep.enabled", value = "true")
@Property(name = "dataprice.pricing.deadline-sweep.interval", value = "1h")
@Property(name = "dataprice.pricing.deadline-sweep.initial-delay", value = "1h")
class DeadlineSweepPostgresTest extends DeadlineSweepTest implements TestPropertyProvider {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.postgres().forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
