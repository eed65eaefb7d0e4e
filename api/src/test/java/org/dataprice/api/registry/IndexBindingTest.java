package org.dataprice.api.registry;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.index.IndexExamples;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index transactions cite a registration through their product: the index publisher binds an index product to an ACTIVE
 * registration once (201), a repeat with the same registration answers the binding (200), another registration is 409;
 * the registration's citations list the product with the number of its loaded transactions; unknown index 404, unknown
 * or suspended registration 422 naming {@code registrationId}, a blank one 400, roles and credentials enforced.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexBindingTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    Market.Party registrar;
    Market.Party publisher;
    Market.Party reader;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        registrar = Market.party(keys, Role.REGISTRAR);
        publisher = Market.party(keys, Role.INDEX_PUBLISHER);
        reader = Market.party(keys, Role.READER);
    }

    private String register() {
        Http.Response r = http.post("/v1/registrations", RegistryExamples.REGISTER, registrar.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("registrationId");
    }

    /** A new index with {@code trades} trades of api-weather. */
    private String index(int trades) {
        String id = "dmi-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response defined = http.post("/v1/indices", IndexExamples.DEFINITION.replace("\"dmi\"", "\"" + id + "\""),
                publisher.headers());
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        for (int i = 0; i < trades; i++) {
            Http.Response loaded = http.post("/v1/indices/" + id + "/transactions", IndexExamples.TRANSACTION,
                    publisher.headers());
            assertThat(loaded.status()).as(loaded.body()).isIn(200, 201);
        }
        return id;
    }

    private Http.Response bind(String index, String product, String registrationId, Market.Party who) {
        return http.post("/v1/indices/" + index + "/products/" + product + "/registration",
                "{\"registrationId\":\"" + registrationId + "\"}", who.headers());
    }

    @Test
    void test_bind_once_listedWithTheTransactionCount() {
        String registration = register();
        String index = index(2);
        Http.Response bound = bind(index, "api-weather", registration, publisher);
        assertThat(bound.status()).as(bound.body()).isEqualTo(201);
        assertThat(bound.map()).containsEntry("registrationId", registration).containsEntry("productId", "api-weather");
        Http.Response again = bind(index, "api-weather", registration, publisher);
        assertThat(again.status()).as("a repeat answers the binding as made").isEqualTo(200);
        assertThat(again.map().get("boundAt")).isEqualTo(bound.map().get("boundAt"));
        assertThat(bind(index, "api-traffic", registration, publisher).status()).isEqualTo(201);

        Http.Response cited = http.get("/v1/registrations/" + registration + "/citations", "X-API-KEY", reader.key());
        assertThat(cited.status()).as(cited.body()).isEqualTo(200);
        List<Map<String, Object>> rows = cited.read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("index-product", "index-product");
        assertThat(rows).extracting(r -> r.get("subjectId"), r -> ((Number) r.get("transactions")).longValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(index + "/api-weather", 2L),
                        org.assertj.core.groups.Tuple.tuple(index + "/api-traffic", 0L));
        Http.Response shown = http.get("/v1/indices/" + index + "/products/api-weather/registration", "X-API-KEY",
                reader.key());
        assertThat(shown.map()).containsEntry("registrationId", registration);
        assertThat(http.get("/registrations/" + registration).body()).as("the public timeline lists the bound products")
                .contains(index + "/api-weather").contains("index-product");
        // later trades cite it too: the count follows the loads
        http.post("/v1/indices/" + index + "/transactions", IndexExamples.TRANSACTION, publisher.headers());
        assertThat(http.get("/v1/registrations/" + registration + "/citations", "X-API-KEY", reader.key()).body())
                .contains("\"transactions\":3");
    }

    @Test
    void test_bind_errors_conflictUnknownSuspendedRolesAndCredentials() {
        String registration = register();
        String other = register();
        String index = index(0);
        assertThat(bind(index, "ds-credit", registration, publisher).status()).isEqualTo(201);
        Http.Response conflict = bind(index, "ds-credit", other, publisher);
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(conflict.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(conflict.problem().detail()).contains(registration);

        assertThat(bind("no-such-index", "ds-credit", registration, publisher).status()).isEqualTo(404);
        Http.Response unknown = bind(index, "ds-mobility", "REG-0000-NOSUCHID", publisher);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problem().field()).isEqualTo("registrationId");
        assertThat(unknown.problem().rule()).isEqualTo("unknown");
        assertThat(http.post("/v1/registrations/" + other + "/suspensions", RegistryExamples.SUSPEND,
                registrar.headers()).status()).isEqualTo(201);
        Http.Response suspended = bind(index, "ds-mobility", other, publisher);
        assertThat(suspended.status()).isEqualTo(422);
        assertThat(suspended.problem().rule()).isEqualTo("invalid-state");
        Http.Response blank = bind(index, "ds-mobility", "", publisher);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.problem().field()).isEqualTo("registrationId");

        assertThat(bind(index, "ds-mobility", registration, reader).status()).isEqualTo(403);
        assertThat(http.post("/v1/indices/" + index + "/products/ds-mobility/registration",
                "{\"registrationId\":\"" + registration + "\"}", "Idempotency-Key", UUID.randomUUID().toString())
                .status()).isEqualTo(401);
        assertThat(http.get("/v1/indices/" + index + "/products/ds-mobility/registration", "X-API-KEY", reader.key())
                .status()).isEqualTo(404);
        assertThat(http.get("/v1/registrations/" + other + "/citations", "X-API-KEY", reader.key()).body())
                .isEqualTo("[]");
    }
}
