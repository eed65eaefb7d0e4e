package org.dataprice.api.apikey;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v1/api-keys}: create, list, show, revoke, and what a key can do afterwards. */
@MicronautTest(transactional = false)
class ApiKeyControllerTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    ApiKeyRepository repository;

    Http http;
    String admin;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        admin = TestCredentials.key(keys, Role.ADMIN);
    }

    private Http.Response create(String body) {
        return http.post("/v1/api-keys", body, "X-API-KEY", admin, "Idempotency-Key", TestCredentials.idempotencyKey());
    }

    @Test
    void test_create_returnsKeyOnceAndStoresOnlyItsHash() {
        Http.Response created = create("{\"name\":\"reporting\",\"roles\":[\"READER\",\"APPRAISER\"]}");

        assertThat(created.status()).isEqualTo(201);
        CreatedApiKeyResponse body = created.read(CreatedApiKeyResponse.class);
        assertThat(body.name()).isEqualTo("reporting");
        assertThat(body.roles()).containsExactly(Role.READER, Role.APPRAISER);
        assertThat(body.key()).startsWith("dpk_" + body.id() + "_");
        assertThat(body.expiresAt()).isNull();
        assertThat(created.header("Location")).isEqualTo("/v1/api-keys/" + body.id());

        ApiKey stored = repository.findById(body.id()).orElseThrow();
        // the secret is what follows "dpk_<id>_"; it is base64url and may itself contain '_'
        String secret = body.key().substring(("dpk_" + body.id() + "_").length());
        assertThat(stored.toString()).doesNotContain(secret);
        assertThat(stored.secretHash()).hasSize(64).isNotEqualTo(secret);
        assertThat(stored.salt()).hasSize(32);

        Http.Response shown = http.get("/v1/api-keys/" + body.id(), "X-API-KEY", admin);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain(secret).doesNotContain("\"key\"");
        assertThat(shown.read(ApiKeyResponse.class).active()).isTrue();
    }

    @Test
    void test_create_keyAuthenticatesWithItsRoles() {
        CreatedApiKeyResponse reader = create("{\"name\":\"r\",\"roles\":[\"READER\"]}").read(CreatedApiKeyResponse.class);
        CreatedApiKeyResponse admin2 = create("{\"name\":\"a\",\"roles\":[\"ADMIN\"]}").read(CreatedApiKeyResponse.class);

        assertThat(http.get("/v1/api-keys", "X-API-KEY", reader.key()).status()).isEqualTo(403);
        assertThat(http.get("/v1/api-keys", "X-API-KEY", admin2.key()).status()).isEqualTo(200);
    }

    @Test
    void test_create_withFutureExpiry_isListedWithExpiry() {
        Instant expiry = Instant.parse("2099-01-01T00:00:00Z");
        Http.Response created = create("{\"name\":\"temp\",\"roles\":[\"READER\"],\"expiresAt\":\"" + expiry + "\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.read(CreatedApiKeyResponse.class).expiresAt()).isEqualTo(expiry);
    }

    @Test
    void test_list_returnsKeysWithoutSecrets() {
        CreatedApiKeyResponse created = create("{\"name\":\"listed\",\"roles\":[\"READER\"]}").read(CreatedApiKeyResponse.class);

        Http.Response list = http.get("/v1/api-keys", "X-API-KEY", admin);

        assertThat(list.status()).isEqualTo(200);
        List<ApiKeyResponse> all = list.read(Argument.listOf(ApiKeyResponse.class));
        assertThat(all).extracting(ApiKeyResponse::id).contains(created.id());
        assertThat(list.body()).doesNotContain(created.key()).doesNotContain("secretHash").doesNotContain("salt");
    }

    @Test
    void test_revoke_stopsTheKeyAtOnce() {
        CreatedApiKeyResponse created = create("{\"name\":\"doomed\",\"roles\":[\"ADMIN\"]}").read(CreatedApiKeyResponse.class);
        assertThat(http.get("/v1/api-keys", "X-API-KEY", created.key()).status()).isEqualTo(200);

        Http.Response revoked = http.send("DELETE", "/v1/api-keys/" + created.id(), null, "X-API-KEY", admin);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(http.get("/v1/api-keys", "X-API-KEY", created.key()).status()).isEqualTo(401);
        ApiKeyResponse shown = http.get("/v1/api-keys/" + created.id(), "X-API-KEY", admin).read(ApiKeyResponse.class);
        assertThat(shown.active()).isFalse();
        assertThat(shown.revokedAt()).isNotNull();
        assertThat(http.send("DELETE", "/v1/api-keys/" + created.id(), null, "X-API-KEY", admin).status())
                .as("revoking twice is not an error").isEqualTo(204);
    }

    @Test
    void test_authenticateCached_answersOnlyAKeyVerifiedAgainstTheStore_andNotOnceRevoked() {
        CreatedApiKeyResponse created = create("{\"name\":\"cached\",\"roles\":[\"ADMIN\"]}").read(CreatedApiKeyResponse.class);
        String tampered = created.key().substring(0, created.key().length() - 1) + (created.key().endsWith("A") ? "B" : "A");
        assertThat(keys.authenticateCached(created.key())).as("never verified yet").isEmpty();

        assertThat(http.get("/v1/api-keys", "X-API-KEY", created.key()).status()).isEqualTo(200);

        assertThat(keys.authenticateCached(created.key())).map(ApiKey::id).contains(created.id());
        assertThat(keys.authenticateCached(tampered)).isEmpty();
        assertThat(keys.authenticateCached("garbage")).isEmpty();
        assertThat(keys.authenticateCached(null)).isEmpty();
        assertThat(http.get("/v1/api-keys", "X-API-KEY", tampered).status()).isEqualTo(401);
        assertThat(http.get("/v1/api-keys", "X-API-KEY", created.key()).status()).as("served from the cache").isEqualTo(200);

        assertThat(http.send("DELETE", "/v1/api-keys/" + created.id(), null, "X-API-KEY", admin).status()).isEqualTo(204);

        assertThat(keys.authenticateCached(created.key())).isEmpty();
        assertThat(http.get("/v1/api-keys", "X-API-KEY", created.key()).status()).isEqualTo(401);
    }

    @Test
    void test_revoke_unknownKey_is404Problem() {
        Http.Response response = http.send("DELETE", "/v1/api-keys/0000000000000000", null, "X-API-KEY", admin);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/not-found");
    }

    @Test
    void test_show_unknownKey_is404Problem() {
        Http.Response response = http.get("/v1/api-keys/0000000000000000", "X-API-KEY", admin);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problem().detail()).contains("0000000000000000");
    }

    @Test
    void test_show_malformedId_is400Violation() {
        Http.Response response = http.get("/v1/api-keys/not-an-id", "X-API-KEY", admin);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().violations()).extracting(v -> v.field()).containsExactly("id");
    }

    @Test
    void test_authenticate_expiredKey_is401() {
        String text = keys.create("expired", List.of(Role.ADMIN), Instant.now().minusSeconds(1), "test").text();

        assertThat(http.get("/v1/api-keys", "X-API-KEY", text).status()).isEqualTo(401);
    }

    @Test
    void test_authenticate_tamperedSecret_is401() {
        String text = TestCredentials.key(keys, Role.ADMIN);
        String tampered = text.substring(0, text.length() - 1) + (text.endsWith("A") ? "B" : "A");

        assertThat(http.get("/v1/api-keys", "X-API-KEY", tampered).status()).isEqualTo(401);
        assertThat(http.get("/v1/api-keys", "X-API-KEY", "garbage").status()).isEqualTo(401);
    }

    @Test
    void test_create_invalidBody_listsEveryViolation() {
        Http.Response response = create("{\"name\":\" \",\"roles\":[],\"expiresAt\":\"2001-01-01T00:00:00Z\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().violations()).extracting(v -> v.field())
                .containsExactly("expiresAt", "name", "roles");
    }

    @Test
    void test_create_unknownRole_is422Problem() {
        Http.Response response = create("{\"name\":\"x\",\"roles\":[\"OWNER\"]}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.problem().field()).isEqualTo("roles[0]");
        assertThat(response.problem().rule()).isEqualTo("unknown");
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.problem().detail()).contains("OWNER").doesNotContain("org.dataprice");
    }

    @Test
    void test_create_recordsCreator() {
        CreatedApiKeyResponse created = create("{\"name\":\"who\",\"roles\":[\"READER\"]}").read(CreatedApiKeyResponse.class);

        Map<String, Object> shown = http.get("/v1/api-keys/" + created.id(), "X-API-KEY", admin).map();
        assertThat((String) shown.get("createdBy")).startsWith("apikey:");
    }
}
