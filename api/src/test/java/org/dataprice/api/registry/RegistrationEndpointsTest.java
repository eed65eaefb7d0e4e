package org.dataprice.api.registry;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.registry.certificate.CertificateStatus;
import org.dataprice.registry.certificate.RegistrationCertificates;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.SigningKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry over HTTP: a registration with every event type, its certificates verified by a third party with only
 * the published key set, privacy (the REGISTRAR and the parties see it in full, others the public part without a
 * party's name), and the error paths (JSON paths in the problem's field), roles and credentials.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationEndpointsTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    Market.Party registrar;
    Market.Party holder;
    Market.Party buyer;
    Market.Party stranger;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new java.util.HashMap<>();
        TestDatabases.h2("registry").forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        registrar = Market.party(keys, Role.REGISTRAR);
        holder = Market.party(keys, Role.READER);
        buyer = Market.party(keys, Role.READER);
        stranger = Market.party(keys, Role.READER);
    }

    private String register() {
        return register(holder.name());
    }

    private String register(String party) {
        Http.Response r = http.post("/v1/registrations", body(party), registrar.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("registrationId");
    }

    private static String body(String party) {
        return RegistryExamples.REGISTER.replace("\"acme\"", "\"" + party + "\"");
    }

    private Http.Response post(String id, String event, String body) {
        return http.post("/v1/registrations/" + id + "/" + event, body, registrar.headers());
    }

    private Http.Response transfer(String id, String fraction) {
        return post(id, "transfers", RegistryExamples.TRANSFER.replace("\"acme\"", "\"" + holder.name() + "\"")
                .replace("\"beta\"", "\"" + buyer.name() + "\"").replace("\"0.25\"", "\"" + fraction + "\""));
    }

    private static void assertProblem(Http.Response r, int status, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        if (rule != null) {
            assertThat(r.problem().rule()).as(r.body()).isEqualTo(rule);
        }
        assertThat(r.problem().field()).as(r.body()).isEqualTo(field);
    }

    private String certificate(String id, int sequence, Market.Party who) {
        Http.Response r = http.get("/v1/registrations/" + id + "/certificates/" + sequence, "X-API-KEY", who.key());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/jose");
        return r.body();
    }

    private Map<String, Object> verify(String certificate) {
        Http.Response r = http.post("/v1/certificates/verification",
                "{\"certificate\":\"" + certificate + "\"}"); // no credentials: public
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.map();
    }

    private Map<String, Object> verifyHash(String hash) {
        Http.Response r = http.get("/v1/certificates/verification?hash=" + hash);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.map();
    }

    @Test
    void test_register_isCreatedInFullWithItsCertificate() {
        Http.Response r = http.post("/v1/registrations", body(holder.name()), registrar.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        Map<String, Object> body = r.map();
        String id = (String) body.get("registrationId");
        assertThat(id).matches("REG-\\d{4}-[0-9A-F]{12}");
        assertThat(r.header("Location")).isEqualTo("/v1/registrations/" + id);
        assertThat(body.get("view")).isEqualTo("FULL");
        assertThat(body.get("status")).isEqualTo("ACTIVE");
        assertThat(body.get("sequence")).isEqualTo(1);
        assertThat(Market.obj(body, "rights").get("productOperation")).asString().contains(holder.name());
        Map<String, Object> link = Market.obj(body, "certificate");
        String cert = certificate(id, 1, registrar);
        assertThat(link.get("hash")).isEqualTo(RegistrationCertificates.hash(cert));
        assertThat(link.get("verificationUrl")).isEqualTo("/v1/certificates/verification?hash=" + link.get("hash"));
    }

    @Test
    void test_thirdParty_verifiesWithOnlyThePublishedKeySet() {
        String id = register();
        String cert = certificate(id, 1, holder);
        Http.Response jwks = http.get("/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.contentType()).startsWith("application/jwk-set+json");
        KeySet published = KeySet.parse(jwks.body().getBytes(StandardCharsets.UTF_8));
        var offline = RegistrationCertificates.check(cert, published);
        assertThat(offline.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(offline.payload().registration().state().registrationId()).isEqualTo(id);
        assertThat(offline.payload().issuer()).isEqualTo("dataprice-test");
    }

    @Test
    void test_lifecycle_certificatesTurnSupersededThenRevoked() {
        String id = register();
        String first = certificate(id, 1, registrar);
        assertThat(verify(first).get("status")).isEqualTo("VALID");

        Http.Response moved = transfer(id, "0.25");
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        assertThat(moved.header("Location")).isEqualTo("/v1/registrations/" + id + "/certificates/2");
        assertThat(Market.obj(moved.map(), "rights").get("productOperation")).asString()
                .contains(buyer.name()).contains("0.25").contains("0.75");
        Map<String, Object> superseded = verify(first);
        assertThat(superseded.get("status")).isEqualTo("SUPERSEDED");
        assertThat((String) superseded.get("reason")).contains("event 2");
        assertThat(superseded.get("registrationId")).isEqualTo(id);
        assertThat(superseded.get("sequence")).isEqualTo(1);

        String licence = RegistryExamples.LICENSE.replace("\"acme\"", "\"" + holder.name() + "\"");
        assertThat(post(id, "licenses", licence).status()).isEqualTo(201);
        assertThat(post(id, "amendments", RegistryExamples.AMEND).status()).isEqualTo(201);
        assertThat(post(id, "suspensions", RegistryExamples.SUSPEND).status()).isEqualTo(201);
        assertProblem(transfer(id, "0.1"), 422, "invalid-state", "status");
        assertThat(post(id, "reinstatements", RegistryExamples.REINSTATE).status()).isEqualTo(201);
        String sixth = certificate(id, 6, holder);
        assertThat(verify(sixth).get("status")).isEqualTo("VALID");
        Http.Response cancelled = post(id, "cancellations", RegistryExamples.CANCEL);
        assertThat(cancelled.status()).isEqualTo(201);
        assertThat(cancelled.map().get("status")).isEqualTo("CANCELLED");
        assertThat(verify(sixth).get("status")).isEqualTo("REVOKED");
        assertThat(verifyHash(RegistrationCertificates.hash(first)).get("status")).isEqualTo("REVOKED");
        assertProblem(post(id, "amendments", RegistryExamples.AMEND), 422, "invalid-state", "status");

        Http.Response history = http.get("/v1/registrations/" + id + "/history", "X-API-KEY", holder.key());
        List<Map<String, Object>> events = history.read(io.micronaut.core.type.Argument.listOf(
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertThat(events).extracting(e -> e.get("type")).containsExactly("register", "transfer", "license", "amend",
                "suspend", "reinstate", "cancel");
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).get("previousHash")).isEqualTo(events.get(i - 1).get("hash"));
        }
        assertThat(events.get(1).get("actor")).isEqualTo(registrar.name());
        assertThat(events.get(1).get("reason")).isEqualTo("sale contract S-88");
    }

    @Test
    void test_privacy_strangerSeesThePublicPartOnly() {
        String id = register();
        transfer(id, "0.5");
        Http.Response asHolder = http.get("/v1/registrations/" + id, "X-API-KEY", holder.key());
        assertThat(asHolder.map().get("view")).isEqualTo("FULL");
        Http.Response asBuyer = http.get("/v1/registrations/" + id, "X-API-KEY", buyer.key());
        assertThat(asBuyer.map().get("view")).as("a party of a transfer").isEqualTo("FULL");

        Http.Response asStranger = http.get("/v1/registrations/" + id, "X-API-KEY", stranger.key());
        assertThat(asStranger.status()).isEqualTo(200);
        assertThat(asStranger.map().get("view")).isEqualTo("PUBLIC");
        assertThat(asStranger.map()).doesNotContainKeys("rights", "licenses");
        assertThat(Market.obj(asStranger.map(), "asset")).doesNotContainKey("sources");
        assertThat(asStranger.body()).doesNotContain(holder.name()).doesNotContain(buyer.name())
                .doesNotContain(registrar.name());
        Http.Response history = http.get("/v1/registrations/" + id + "/history", "X-API-KEY", stranger.key());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).doesNotContain(holder.name()).doesNotContain(registrar.name())
                .doesNotContain("sale contract").contains("\"previousHash\"");
        assertThat(http.get("/v1/registrations/" + id + "/certificates/1", "X-API-KEY", stranger.key()).status())
                .as("a certificate names the holders: parties only").isEqualTo(404);
        Map<String, Object> verified = verifyHash((String) Market.obj(asStranger.map(), "certificate").get("hash"));
        assertThat(verified.toString()).doesNotContain(holder.name());
    }

    @Test
    void test_verify_alteredOrForeignCertificate_isRefusedWithTheReason() {
        String id = register();
        String cert = certificate(id, 1, registrar);
        int dot = cert.lastIndexOf('.');
        char c = cert.charAt(dot + 5);
        String altered = cert.substring(0, dot + 5) + (c == 'A' ? 'B' : 'A') + cert.substring(dot + 6);
        Map<String, Object> bad = verify(altered);
        assertThat(bad.get("status")).isEqualTo("INVALID_SIGNATURE");
        assertThat(bad).doesNotContainKey("registrationId");

        SigningKey foreign = SigningKey.of(Ed25519.generate(new SecureRandom()), Instant.EPOCH);
        Map<String, Object> unknown = verify(org.dataprice.registry.signature.CompactJws.sign(foreign,
                "dataprice.registration-certificate", "{}".getBytes(StandardCharsets.UTF_8), Instant.now()));
        assertThat(unknown.get("status")).isEqualTo("UNKNOWN_KEY");
        assertThat((String) unknown.get("reason")).isNotBlank();

        assertThat(verify("not a jws").get("status")).isEqualTo("INVALID_SIGNATURE");
        Http.Response none = http.get("/v1/certificates/verification?hash=" + "0".repeat(64));
        assertThat(none.status()).isEqualTo(404);
        assertThat(http.get("/v1/certificates/verification?hash=xyz").status()).isEqualTo(400);
    }

    @Test
    void test_register_badRights_nameTheJsonPath() {
        assertProblem(http.post("/v1/registrations", body(holder.name()).replace(
                "\"processingUse\": [{\"party\": \"" + holder.name() + "\", \"share\": 1}]",
                "\"processingUse\": [{\"party\": \"" + holder.name() + "\", \"share\": 0.6}, {\"party\": \"beta\", \"share\": 0.3}]"),
                registrar.headers()), 422, "sum-mismatch", "rights.processingUse");
        assertProblem(http.post("/v1/registrations", body(holder.name()).replace(
                "\"resourceHolding\": [{\"party\": \"" + holder.name() + "\", \"share\": 1}]",
                "\"resourceHolding\": [{\"party\": \"" + holder.name() + "\", \"share\": 1.5}]"),
                registrar.headers()), 422, "at-most", "rights.resourceHolding[0].share");
        assertProblem(http.post("/v1/registrations", body("has space"), registrar.headers()), 422, "invalid-format",
                "rights.resourceHolding[0].party");
        assertProblem(http.post("/v1/registrations", body(holder.name()).replace("\"ENTERPRISE\"", "\"PERSONAL\""),
                registrar.headers()), 422, "too-few", "asset.sources");
        assertProblem(http.post("/v1/registrations", body(holder.name()).replace("\"kind\": \"COLLECTED\", \"reference\": \"\"",
                "\"kind\": \"COLLECTED\", \"reference\": \"AUTH-1\""), registrar.headers()), 422, "invalid-state",
                "asset.sources[0].reference");
        assertProblem(http.post("/v1/registrations", body(holder.name()).replace("\"GENERAL\"", "\"SECRET\""),
                registrar.headers()), 422, "unknown", "asset.grade");
        assertProblem(http.post("/v1/registrations", body(holder.name()).replace("\"reason\": \"application A-2026-001\"",
                "\"reason\": \"" + "x".repeat(501) + "\""), registrar.headers()), 422, null, "reason");
    }

    @Test
    void test_events_breakingARule_nameTheJsonPath() {
        String id = register();
        assertProblem(transfer(id, "1.5"), 422, "at-most", "fraction");
        assertProblem(post(id, "transfers", RegistryExamples.TRANSFER.replace("\"beta\"", "\"" + buyer.name() + "\"")),
                422, "not-a-party", "from");
        assertProblem(post(id, "transfers", RegistryExamples.TRANSFER.replace("\"acme\"", "\"" + holder.name() + "\"")
                .replace("\"beta\"", "\"" + holder.name() + "\"")), 422, "duplicate", "to");
        assertProblem(post(id, "licenses", RegistryExamples.LICENSE), 422, "not-a-party", "licensor");
        String licence = RegistryExamples.LICENSE.replace("\"acme\"", "\"" + holder.name() + "\"");
        assertThat(post(id, "licenses", licence).status()).isEqualTo(201);
        assertProblem(post(id, "licenses", licence), 422, "duplicate", "licenseId");
        assertProblem(post(id, "licenses", licence.replace("\"until\": \"2027-01-01\"", "\"until\": \"2025-01-01\"")),
                422, "greater-than", "until");
        assertProblem(post(id, "reinstatements", RegistryExamples.REINSTATE), 422, "invalid-state", "status");
        assertProblem(post(id, "suspensions", "{}"), 400, null, "reason");
        assertProblem(post(id, "transfers", RegistryExamples.TRANSFER.replace("PRODUCT_OPERATION", "OWNERSHIP")), 422,
                "unknown", "right");
        assertThat(post("REG-0000-UNKNOWN", "suspensions", RegistryExamples.SUSPEND).status()).isEqualTo(404);
        assertThat(http.get("/v1/registrations/REG-0000-UNKNOWN", "X-API-KEY", registrar.key()).status()).isEqualTo(404);
        assertThat(http.get("/v1/registrations/" + id + "/certificates/99", "X-API-KEY", registrar.key()).status())
                .isEqualTo(404);
    }

    @Test
    void test_auth_wrongRoleForgedOrMissingKey_isRefused() {
        assertThat(http.post("/v1/registrations", body(holder.name()), holder.headers()).status()).isEqualTo(403);
        assertThat(http.post("/v1/registrations", body(holder.name()), "Idempotency-Key", "k-1").status()).isEqualTo(401);
        assertThat(http.post("/v1/registrations", body(holder.name()), "X-API-KEY", "dp_forged_0123456789abcdef",
                "Idempotency-Key", "k-2").status()).isEqualTo(401);
        assertThat(http.post("/v1/registrations", body(holder.name()), "Authorization", "Bearer "
                + TestCredentials.jwt("forger", Instant.now().plusSeconds(600), "another-secret-of-at-least-32-bytes-xxxxxx",
                Role.REGISTRAR), "Idempotency-Key", "k-3").status()).isEqualTo(401);
        String id = register();
        assertThat(http.post("/v1/registrations/" + id + "/cancellations", RegistryExamples.CANCEL, holder.headers())
                .status()).as("a holder is not the registrar").isEqualTo(403);
        assertThat(http.get("/v1/registrations/" + id).status()).isEqualTo(401);
        assertThat(http.get("/v1/registrations/" + id + "/history").status()).isEqualTo(401);
        Http.Response noKey = http.post("/v1/registrations", body(holder.name()), "X-API-KEY", registrar.key());
        assertProblem(noKey, 400, "idempotency-key-missing".equals(noKey.problem().rule()) ? "idempotency-key-missing"
                : noKey.problem().rule(), noKey.problem().field());
        assertThat(noKey.problem().type()).contains("idempotency-key-missing");
    }

    @Test
    void test_register_sameIdempotencyKey_registersOnce() {
        String key = TestCredentials.idempotencyKey();
        Http.Response first = http.post("/v1/registrations", body(holder.name()), registrar.headers(key));
        Http.Response again = http.post("/v1/registrations", body(holder.name()), registrar.headers(key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.map().get("registrationId")).isEqualTo(first.map().get("registrationId"));
        String id = (String) first.map().get("registrationId");
        String eventKey = TestCredentials.idempotencyKey();
        assertThat(http.post("/v1/registrations/" + id + "/suspensions", RegistryExamples.SUSPEND,
                registrar.headers(eventKey)).status()).isEqualTo(201);
        assertThat(http.post("/v1/registrations/" + id + "/suspensions", RegistryExamples.SUSPEND,
                registrar.headers(eventKey)).status()).as("replayed, not a second suspend").isEqualTo(201);
        Http.Response history = http.get("/v1/registrations/" + id + "/history", "X-API-KEY", registrar.key());
        assertThat(history.body().split("\"type\"", -1)).hasSize(3);
    }

    @Test
    void test_ledger_chainsEveryEvent() {
        String id = register();
        transfer(id, "0.5");
        Market.Party admin = Market.party(keys, Role.ADMIN);
        Http.Response v = http.get("/v1/ledgers/verification", "X-API-KEY", admin.key());
        assertThat(v.status()).as(v.body()).isEqualTo(200);
        assertThat(v.body()).contains("registry-events");
    }
}
