package org.dataprice.api;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.util.HashMap;
import java.util.Map;

/**
 * Datasource properties for tests that run on each store. H2 is always there. PostgreSQL comes from
 * {@code DATAPRICE_TEST_PG_URL}, {@code DATAPRICE_TEST_PG_USER}, {@code DATAPRICE_TEST_PG_PASSWORD}
 * (set by {@code .ci/run}); without them the PostgreSQL tests are skipped on a developer machine and
 * FAIL when {@code CI=true}, so CI can never pass without running them.
 */
public final class TestDatabases {
    /** The variable naming the PostgreSQL JDBC URL. */
    public static final String PG_URL = "DATAPRICE_TEST_PG_URL";

    private TestDatabases() {
    }

    /**
     * @param name the in-memory database name; contexts given the same name share one database
     * @return properties selecting an in-memory H2 database in PostgreSQL mode
     */
    public static Map<String, Object> h2(String name) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        props.put("datasources.default.username", "sa");
        props.put("datasources.default.password", "");
        return props;
    }

    /**
     * @return properties selecting the PostgreSQL test database; aborts (skips) the calling test when
     *         it is not configured, or fails it when {@code CI=true}
     */
    public static Map<String, Object> postgres() {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            String message = PG_URL + " (and DATAPRICE_TEST_PG_USER, DATAPRICE_TEST_PG_PASSWORD) not set";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": CI=true requires the PostgreSQL tests to run (see .ci/run)");
            }
            Assumptions.abort(message + ": PostgreSQL tests skipped");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", url);
        props.put("datasources.default.username", env("DATAPRICE_TEST_PG_USER"));
        props.put("datasources.default.password", env("DATAPRICE_TEST_PG_PASSWORD"));
        return props;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
