package org.dataprice.api.registry;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dataprice.api.TestDatabases;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link AuthorisationEndpointsTest} on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without it, failing when
 * {@code CI=true}): V65 and the authorisation-records ledger on the production store.
 */
@MicronautTest(transactional = false)
class AuthorisationPostgresTest extends AuthorisationEndpointsTest {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new HashMap<>();
        TestDatabases.postgres().forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
