package org.dataprice.api.crash;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh PostgreSQL schema in the database named by {@code DATAPRICE_TEST_PG_URL} (set by
 * {@code .ci/run}), for child services: the environment that points a service at it, and JDBC
 * connections for the test's own checks. Without the variable the test is skipped on a developer
 * machine and FAILS when {@code CI=true}.
 */
final class PostgresSchema {
    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    private PostgresSchema(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /**
     * @param prefix a name prefix
     * @return a new, empty schema
     */
    static PostgresSchema create(String prefix) {
        String url = System.getenv("DATAPRICE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("DATAPRICE_TEST_PG_URL not set: CI=true requires the PostgreSQL tests to run");
            }
            Assumptions.abort("DATAPRICE_TEST_PG_URL not set: PostgreSQL tests skipped");
        }
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        PostgresSchema s = new PostgresSchema(url, System.getenv("DATAPRICE_TEST_PG_USER"),
                System.getenv("DATAPRICE_TEST_PG_PASSWORD"), name);
        try (Connection c = DriverManager.getConnection(url, s.user, s.password); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create schema " + name, e);
        }
        return s;
    }

    /** @return the environment pointing a service at this schema */
    Map<String, String> serviceEnvironment() {
        return Map.of("DATAPRICE_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "DATAPRICE_DB_USER", user, "DATAPRICE_DB_PASSWORD", password,
                "FLYWAY_DATASOURCES_DEFAULT_SCHEMAS", schema);
    }

    /** @return a connection whose search path is this schema */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }
}
