package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which index endpoint: every endpoint without credentials (401, or 200 for the public
 * page and downloads) and with each role (403 or allowed).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexRoleMatrixTest {
    static final String ID = "matrix-dmi";
    static final List<Role> READ = List.of(Role.READER, Role.INDEX_PUBLISHER);
    static final List<Role> PUBLISH = List.of(Role.INDEX_PUBLISHER);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    final Map<Role, String> credentials = new EnumMap<>(Role.class);

    /** An endpoint and the roles allowed (empty: public). */
    record Endpoint(String method, String path, String body, String contentType, List<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        String p = "/v1/indices/" + ID;
        return List.of(
                new Endpoint("POST", "/v1/indices", IndexFixtures.definition("matrix-x", "ccdi", "{}"), null, PUBLISH),
                new Endpoint("GET", "/v1/indices", null, null, READ),
                new Endpoint("GET", p, null, null, READ),
                new Endpoint("POST", p + "/calendar",
                        "{\"calendar\":[{\"period\":\"2030-01\",\"releaseAt\":\"2030-02-15T09:30:00+08:00\"}]}", null, PUBLISH),
                new Endpoint("POST", p + "/transactions", IndexFixtures.csv(0, 0, 1), "text/csv", PUBLISH),
                new Endpoint("POST", p + "/transactions",
                        "{\"productId\":\"a\",\"period\":\"2024-01\",\"price\":1,\"quantity\":1,\"category\":\"API\"}", null, PUBLISH),
                new Endpoint("POST", p + "/releases", "{\"period\":\"2025-01\"}", null, PUBLISH),
                new Endpoint("GET", p + "/preview", null, null, PUBLISH),
                new Endpoint("GET", p + "/embargo-audit", null, null, List.of(Role.INDEX_PUBLISHER, Role.ADMIN)),
                new Endpoint("GET", p + "/latest", null, null, READ),
                new Endpoint("GET", p + "/observations", null, null, READ),
                new Endpoint("GET", p + "/revisions", null, null, READ),
                new Endpoint("GET", p + "/methodology", null, null, READ),
                new Endpoint("GET", "/indices/" + ID, null, null, List.of()),
                new Endpoint("GET", "/indices/" + ID + "/methodology", null, null, List.of()),
                new Endpoint("GET", "/indices/" + ID + "/data.csv", null, null, List.of()),
                new Endpoint("GET", "/indices/" + ID + "/data.json", null, null, List.of()),
                new Endpoint("GET", "/indices/" + ID + "/data.sdmx.csv", null, null, List.of()));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            cases.add(Arguments.of(e, null));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(e, role));
            }
        }
        return cases.stream();
    }

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        for (Role role : Role.values()) {
            credentials.put(role, TestCredentials.key(keys, role));
        }
        String publisher = credentials.get(Role.INDEX_PUBLISHER);
        if (http.get("/v1/indices/" + ID, "X-API-KEY", publisher).status() == 404) {
            http.post("/v1/indices", IndexFixtures.definition(ID, "geks-fisher", "{}"), "X-API-KEY", publisher,
                    Idempotent.HEADER, TestCredentials.idempotencyKey());
            http.post("/v1/indices/" + ID + "/transactions", IndexFixtures.csv(0, 12, 1), "X-API-KEY", publisher,
                    "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void test_indexEndpoints_roleMatrix(Endpoint e, Role role) {
        List<String> headers = new ArrayList<>(List.of(Idempotent.HEADER, TestCredentials.idempotencyKey()));
        if (e.contentType() != null) {
            headers.addAll(List.of("Content-Type", e.contentType()));
        }
        if (role != null) {
            headers.addAll(List.of("X-API-KEY", credentials.get(role)));
        }

        Http.Response response = http.send(e.method(), e.path(), e.body(), headers.toArray(String[]::new));

        if (e.allowed().isEmpty()) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        } else if (role == null) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/unauthorized");
        } else if (e.allowed().contains(role)) {
            assertThat(response.status()).as(response.body()).isNotIn(401, 403);
        } else {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/forbidden");
        }
    }
}
