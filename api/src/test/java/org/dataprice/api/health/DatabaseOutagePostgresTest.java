package org.dataprice.api.health;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graceful degradation (issue 10, "a bad day"): the service runs on PostgreSQL through a TCP proxy
 * that the test cuts and restores. While the database is unreachable: a DB-needing call answers 503
 * {@code unavailable} with {@code Retry-After} within about the 2 s pool connection timeout (asserted
 * below 3.5 s), readiness is DOWN, a DB-free compute endpoint keeps answering 200 to a caller whose
 * API key was verified within the cache TTL, an unverified key gets 503 (not 401, not 500), and a JWT
 * caller (no database needed) is served. When the proxy is back, everything recovers by itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutagePostgresTest {
    private static final String NPV = "/v1/finance/npv";
    private static final String NPV_BODY = "{\"rate\":0.1,\"amounts\":[-100,60,60]}";
    private static final long FAST_MILLIS = 3500;

    private TcpProxy proxy;
    private EmbeddedServer server;
    private Http http;
    private ApiKeyService keys;

    @BeforeAll
    void start() throws Exception {
        Map<String, Object> props = new HashMap<>(TestDatabases.postgres());
        String url = (String) props.get("datasources.default.url");
        URI target = URI.create(url.substring("jdbc:".length()));
        proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        proxy.up();
        props.put("datasources.default.url", url.replace(target.getHost() + ":" + target.getPort(),
                "127.0.0.1:" + proxy.port()).replace("//" + target.getHost() + "/", "//127.0.0.1:" + proxy.port() + "/"));
        server = ApplicationContext.run(EmbeddedServer.class, props, "test");
        http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        keys = server.getApplicationContext().getBean(ApiKeyService.class);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void test_databaseDown_fast503_readinessDown_cachedKeysComputed_thenRecovers() throws Exception {
        String verified = TestCredentials.key(keys, Role.READER);
        String unverified = TestCredentials.key(keys, Role.READER);
        String jwt = TestCredentials.jwt(Role.READER);
        assertThat(http.post(NPV, NPV_BODY, "X-API-KEY", verified).status()).as("verifies and caches the key").isEqualTo(200);
        assertThat(http.get("/health/readiness").status()).isEqualTo(200);

        proxy.down();
        try {
            Http.Response dbCall = timed("DB-needing call", () -> http.get("/v1/valuations", "X-API-KEY", verified));
            assertUnavailable(dbCall);

            Http.Response stranger = timed("uncached key", () -> http.post(NPV, NPV_BODY, "X-API-KEY", unverified));
            assertUnavailable(stranger);

            Http.Response compute = timed("compute, cached key", () -> http.post(NPV, NPV_BODY, "X-API-KEY", verified));
            assertThat(compute.status()).as(compute.body()).isEqualTo(200);
            assertThat(compute.body()).contains("\"explanation\"");

            Http.Response byJwt = timed("compute, JWT", () -> http.post(NPV, NPV_BODY, "Authorization", "Bearer " + jwt));
            assertThat(byJwt.status()).as(byJwt.body()).isEqualTo(200);

            Http.Response ready = timed("readiness", () -> http.get("/health/readiness"));
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.map()).containsEntry("status", "DOWN");

            Http.Response write = timed("DB-needing write", () -> http.post("/v1/api-keys",
                    "{\"name\":\"x\",\"roles\":[\"READER\"]}", "X-API-KEY", verified,
                    "Idempotency-Key", TestCredentials.idempotencyKey()));
            assertThat(write.status()).as("authorisation needs no database: READER may not create keys").isEqualTo(403);
        } finally {
            proxy.up();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (http.get("/health/readiness").status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(http.get("/health/readiness").status()).as("readiness recovers by itself").isEqualTo(200);
        assertThat(http.get("/v1/valuations", "X-API-KEY", verified).status()).isEqualTo(200);
        assertThat(http.post(NPV, NPV_BODY, "X-API-KEY", unverified).status()).as("the uncached key verifies again")
                .isEqualTo(200);
    }

    private static Http.Response timed(String what, Supplier<Http.Response> call) {
        long start = System.nanoTime();
        Http.Response response = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as(what + " answered within " + FAST_MILLIS + " ms (" + response.status() + ")")
                .isLessThan(FAST_MILLIS);
        return response;
    }

    private static void assertUnavailable(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/unavailable");
        assertThat(response.header("Retry-After")).isEqualTo("5");
    }
}
