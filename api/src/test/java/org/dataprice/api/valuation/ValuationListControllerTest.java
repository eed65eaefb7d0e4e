package org.dataprice.api.valuation;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /v1/valuations}: newest first, paged, without the engagement and report; 400 for a bad page or size,
 * 422 for a page beyond the offset limit, 401, 403. Three valuations are created once for the class (the database may
 * hold others from other classes, so the assertions are about the newest rows and the count's growth).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValuationListControllerTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String appraiser;
    String reader;
    final List<ValuationResponse> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        if (http == null) {
            http = new Http(server.getURL(), json);
            appraiser = TestCredentials.key(keys, Role.APPRAISER);
            reader = TestCredentials.key(keys, Role.READER);
            for (int i = 1; i <= 3; i++) {
                Http.Response r = http.post("/v1/valuations", ValuationFixtures.engagement("DP-LIST-" + i), "X-API-KEY", appraiser,
                        "Idempotency-Key", TestCredentials.idempotencyKey());
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                created.add(r.read(ValuationResponse.class));
            }
        }
    }

    private ValuationList list(String query, String key) {
        Http.Response r = http.get("/v1/valuations" + query, "X-API-KEY", key);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        return r.read(ValuationList.class);
    }

    @Test
    void test_list_newestFirstPaged() {
        ValuationList first = list("?page=0&size=2", reader);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.total()).isGreaterThanOrEqualTo(3);
        assertThat(first.items()).extracting(ValuationList.Item::id).containsExactly(created.get(2).id(), created.get(1).id());
        ValuationList.Item newest = first.items().get(0);
        assertThat(newest.reference()).isEqualTo("DP-LIST-3");
        assertThat(newest.href()).isEqualTo("/v1/valuations/" + newest.id());
        // the three-approach engagement of ValuationFixtures, hand computed: 195.47
        assertThat(newest.value()).isEqualByComparingTo("195.47");
        assertThat(newest.currency()).isEqualTo("CNY");
        assertThat(newest.inputHash()).isEqualTo(created.get(2).report().inputHash());
        assertThat(newest.createdAt()).isEqualTo(created.get(2).createdAt());
        assertThat(newest.createdBy()).isEqualTo(created.get(2).createdBy());
        ValuationList second = list("?page=1&size=2", appraiser);
        assertThat(second.items()).extracting(ValuationList.Item::id).startsWith(created.get(0).id());
        // the item's href gives the stored valuation
        assertThat(http.get(newest.href(), "X-API-KEY", reader).status()).isEqualTo(200);
    }

    @Test
    void test_list_defaults() {
        ValuationList page = list("", reader);
        assertThat(page.page()).isZero();
        assertThat(page.size()).isEqualTo(20);
        assertThat(page.items()).hasSizeLessThanOrEqualTo(20).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < page.items().size(); i++) {
            assertThat(page.items().get(i - 1).createdAt()).isAfterOrEqualTo(page.items().get(i).createdAt());
        }
        Http.Response empty = http.get("/v1/valuations?page=100000&size=100", "X-API-KEY", reader);
        assertThat(empty.body()).contains("\"items\":[]");
        assertThat(empty.read(ValuationList.class).items()).isEmpty();
    }

    @Test
    void test_list_badPageOrSize400() {
        for (String q : List.of("?size=0", "?size=101", "?page=-1")) {
            Http.Response r = http.get("/v1/valuations" + q, "X-API-KEY", reader);
            assertThat(r.status()).as(q + ": " + r.body()).isEqualTo(400);
            assertThat(r.problem().violations()).as(r.body()).isNotEmpty();
        }
        assertThat(http.get("/v1/valuations?size=many", "X-API-KEY", reader).status()).isEqualTo(400);
    }

    @Test
    void test_list_offsetBeyondLimit422() {
        Http.Response r = http.get("/v1/valuations?page=2000000000&size=100", "X-API-KEY", reader);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("page");
    }

    @Test
    void test_list_noCredentials401() {
        assertThat(http.get("/v1/valuations").status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void test_list_readerAndAppraiserOnly(Role role) {
        Http.Response r = http.get("/v1/valuations?size=1", "X-API-KEY", TestCredentials.key(keys, role));
        boolean allowed = role == Role.READER || role == Role.APPRAISER;
        assertThat(r.status()).as(role + ": " + r.body()).isEqualTo(allowed ? 200 : 403);
    }
}
