package org.dataprice.api.registry;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link RegistrationEndpointsTest} on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without it, failing when
 * {@code CI=true}): V56 and V57, the ledgers and the issued certificates on the production store.
 */
@MicronautTest(transactional = false)
class RegistrationPostgresTest extends RegistrationEndpointsTest {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.postgres().forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
