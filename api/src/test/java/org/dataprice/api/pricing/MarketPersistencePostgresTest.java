package org.dataprice.api.pricing;

import org.dataprice.api.TestDatabases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@link MarketPersistenceContract} on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}, set by
 * {@code .ci/run}): skipped without it on a developer machine, FAILS when {@code CI=true} and it is
 * missing ({@link TestDatabases#postgres()}). Runs in a schema of its own, so the migrations of other
 * branches sharing the test database cannot collide with these.
 */
class MarketPersistencePostgresTest extends MarketPersistenceContract {
    private static final String SCHEMA = "pricing_api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    Map<String, Object> database() {
        Map<String, Object> props = new HashMap<>(TestDatabases.postgres());
        String url = ((String) props.get("datasources.default.url")).replaceAll("[?&]currentSchema=[^&]*", "");
        props.put("datasources.default.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        props.put("flyway.datasources.default.schemas", SCHEMA);
        return props;
    }

    /** Drops this run's schema once the context (and its pool) is closed. */
    @Override
    void afterStop() {
        String url = System.getenv(TestDatabases.PG_URL);
        try (Connection connection = DriverManager.getConnection(url, System.getenv("DATAPRICE_TEST_PG_USER"),
                System.getenv("DATAPRICE_TEST_PG_PASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
