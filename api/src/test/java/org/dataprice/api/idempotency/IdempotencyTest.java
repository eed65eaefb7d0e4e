package org.dataprice.api.idempotency;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.apikey.CreatedApiKeyResponse;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Idempotent} over HTTP on one instance: replay, 422, 409, 400, release on failure, retention. */
@MicronautTest(transactional = false)
class IdempotencyTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    IdempotencyStore store;
    @Inject
    IdempotencyRepository records;
    @Inject
    IdempotencyConfiguration configuration;

    Http http;
    String caller;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        caller = TestCredentials.key(keys, Role.READER);
    }

    private static String name() {
        return "thing-" + UUID.randomUUID();
    }

    private Http.Response make(String key, String name, String credential) {
        return http.post("/test/idempotent/things", "{\"name\":\"" + name + "\"}", "X-API-KEY", credential,
                Idempotent.HEADER, key);
    }

    @Test
    void test_replay_returnsStoredAnswerWithoutRunningAgain() {
        String key = TestCredentials.idempotencyKey();
        String name = name();

        Http.Response first = make(key, name, caller);
        Http.Response second = make(key, name, caller);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(Idempotent.REPLAYED_HEADER)).isNull();
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(IdempotencyTestController.executions(name)).isEqualTo(1);
    }

    @Test
    void test_replay_isPerCaller() {
        String key = TestCredentials.idempotencyKey();
        String name = name();
        String other = TestCredentials.key(keys, Role.READER);

        assertThat(make(key, name, caller).status()).isEqualTo(201);
        Http.Response theirs = make(key, name, other);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header(Idempotent.REPLAYED_HEADER)).isNull();
        assertThat(IdempotencyTestController.executions(name)).isEqualTo(2);
    }

    @Test
    void test_sameKeyDifferentPayload_is422() {
        String key = TestCredentials.idempotencyKey();
        make(key, name(), caller);

        Http.Response response = make(key, name(), caller);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/idempotency-key-reused");
    }

    @Test
    void test_fingerprint_ignoresJsonFormatting() {
        String key = TestCredentials.idempotencyKey();
        String name = name();
        make(key, name, caller);

        Http.Response reformatted = http.post("/test/idempotent/things", "{ \"name\" :\n \"" + name + "\" }",
                "X-API-KEY", caller, Idempotent.HEADER, key);

        assertThat(reformatted.status()).isEqualTo(201);
        assertThat(reformatted.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void test_sameKeyDifferentEndpoint_is422() {
        String key = TestCredentials.idempotencyKey();
        String name = name();
        make(key, name, caller);

        Http.Response response = http.post("/test/idempotent/optional", "{\"name\":\"" + name + "\"}",
                "X-API-KEY", caller, Idempotent.HEADER, key);

        assertThat(response.status()).isEqualTo(422);
    }

    @Test
    void test_whileInFlight_is409ThenReplays() throws Exception {
        String key = TestCredentials.idempotencyKey();
        String name = name();
        IdempotencyTestController.Gate gate = new IdempotencyTestController.Gate();
        IdempotencyTestController.GATES.put(name, gate);
        try {
            CompletableFuture<Http.Response> first = CompletableFuture.supplyAsync(() -> make(key, name, caller));
            assertThat(gate.entered().await(30, TimeUnit.SECONDS)).isTrue();

            Http.Response during = make(key, name, caller);

            assertThat(during.status()).isEqualTo(409);
            assertThat(during.problem().type()).isEqualTo("https://dataprice.org/problems/idempotency-in-flight");
            gate.release().countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
        } finally {
            gate.release().countDown();
            IdempotencyTestController.GATES.remove(name);
        }
        Http.Response after = make(key, name, caller);
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(IdempotencyTestController.executions(name)).isEqualTo(1);
    }

    @Test
    void test_missingKey_is400() {
        String name = name();
        Http.Response response = http.post("/test/idempotent/things", "{\"name\":\"" + name + "\"}", "X-API-KEY", caller);

        assertThat(response.status()).isEqualTo(400);
        Problem problem = response.problem();
        assertThat(problem.type()).isEqualTo("https://dataprice.org/problems/idempotency-key-missing");
        assertThat(problem.detail()).contains("Idempotency-Key");
        assertThat(IdempotencyTestController.executions(name)).isZero();
    }

    @Test
    void test_unprintableOrOverlongKey_is400() {
        assertThat(make("x".repeat(256), name(), caller).status()).isEqualTo(400);
        assertThat(make("has space", name(), caller).status()).isEqualTo(400);
    }

    @Test
    void test_optionalKey_runsUnguardedWithoutIt() {
        String name = name();
        for (int i = 0; i < 2; i++) {
            assertThat(http.post("/test/idempotent/optional", "{\"name\":\"" + name + "\"}", "X-API-KEY", caller).status())
                    .isEqualTo(200);
        }
        assertThat(IdempotencyTestController.executions(name)).isEqualTo(2);
    }

    @Test
    void test_failure_releasesKeySoRetryRuns() {
        String key = TestCredentials.idempotencyKey();
        String name = "fail-" + UUID.randomUUID();

        assertThat(make(key, name, caller).status()).isEqualTo(422);
        assertThat(make(key, name, caller).status()).isEqualTo(422);

        assertThat(IdempotencyTestController.executions(name)).isEqualTo(2);
    }

    @Test
    void test_apiKeyCreation_replayOmitsSecretAndStoresNone() {
        String admin = TestCredentials.key(keys, Role.ADMIN);
        String key = TestCredentials.idempotencyKey();
        String body = "{\"name\":\"idem-" + UUID.randomUUID() + "\",\"roles\":[\"READER\"]}";

        Http.Response first = http.post("/v1/api-keys", body, "X-API-KEY", admin, Idempotent.HEADER, key);
        Http.Response second = http.post("/v1/api-keys", body, "X-API-KEY", admin, Idempotent.HEADER, key);

        CreatedApiKeyResponse created = first.read(CreatedApiKeyResponse.class);
        CreatedApiKeyResponse replayed = second.read(CreatedApiKeyResponse.class);
        assertThat(created.key()).isNotNull();
        assertThat(second.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(replayed.id()).isEqualTo(created.id());
        assertThat(replayed.key()).isNull();
        IdempotencyRecord record = records.findById(IdempotencyStore.recordId("apikey:" + admin.substring(4, 20), key))
                .orElseThrow();
        assertThat(record.responseBody()).contains(created.id()).doesNotContain("dpk_");
    }

    @Test
    void test_cleanup_deletesOnlyRecordsPastRetention() {
        // the store is shared with test classes that set their clock back (to a month already past): their records
        // are past retention now and go first, so that what follows counts only this test's record
        store.deleteExpired();
        String key = TestCredentials.idempotencyKey();
        String name = name();
        make(key, name, caller);
        assertThat(store.deleteExpired()).as("nothing is older than 24 h").isZero();

        Duration retention = configuration.getRetention();
        try {
            configuration.setRetention(Duration.ZERO);
            assertThat(store.deleteExpired()).isPositive();
        } finally {
            configuration.setRetention(retention);
        }
        Http.Response again = make(key, name, caller);
        assertThat(again.header(Idempotent.REPLAYED_HEADER)).as("the key was forgotten").isNull();
        assertThat(IdempotencyTestController.executions(name)).isEqualTo(2);
    }

    @Test
    void test_retention_defaultsToAtLeast24Hours() {
        assertThat(configuration.getRetention()).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }
}
