package org.dataprice.api.exchange;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.dataprice.registry.exchange.ExchangeRecord;
import org.dataprice.registry.exchange.ExchangeRecordKind;
import org.dataprice.registry.exchange.ExportBundle;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.signature.CompactJws;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.PublishedKey;
import org.dataprice.registry.signature.SigningKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange endpoints over HTTP on one instance: the public key set, the ADMIN trust list (add, retire, forged and
 * malformed keys, duplicates), imports (recognised once, refused with the reason: untrusted key, altered byte, unknown
 * version, key retired before the bundle was signed, not a bundle, enormous) and exports (window rules), each with
 * its problem's JSON path, and the roles. Every test uses its own keys and exchange ids: the test database is shared.
 */
@MicronautTest(transactional = false)
class ExchangeHttpTest {
    static final Instant VALID_FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant SIGNED_AT = Instant.parse("2026-03-06T00:00:00Z");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    ExchangeIdentity identity;

    Http http;
    String admin;
    String exchange;
    SigningKey key;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        admin = TestCredentials.key(keys, Role.ADMIN);
        exchange = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        key = SigningKey.of(Ed25519.generate(new SecureRandom()), VALID_FROM);
    }

    private Http.Response post(String path, String body) {
        return http.post(path, body, "X-API-KEY", admin, "Idempotency-Key", TestCredentials.idempotencyKey());
    }

    private static String jwk(PublishedKey key) {
        return CanonicalJson.write(key.toJwk());
    }

    private Http.Response trust(String exchangeId, String jwk) {
        return post("/v1/exchange/trusted-keys", "{\"exchangeId\":\"" + exchangeId + "\",\"key\":" + jwk
                + ",\"reason\":\"agreement\"}");
    }

    private String bundle(SigningKey signer, String exporter, Instant at) {
        Map<String, Object> deal = new LinkedHashMap<>();
        deal.put("price", new java.math.BigDecimal("12.50"));
        return new ExportBundle(exporter, at, List.of(), List.of(new ExchangeRecord(ExchangeRecordKind.DEAL, "D-1", deal)))
                .sign(signer);
    }

    private Http.Response importBundle(String bundle) {
        return http.post("/v1/exchange/imports", "{\"bundle\":\"" + bundle + "\"}", "X-API-KEY", admin);
    }

    private static void assertRefused(Http.Response r, String reason) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.problem().field()).isEqualTo("bundle");
        assertThat(r.problem().rule()).isEqualTo("not-recognised");
        assertThat(r.problem().detail()).contains(reason);
    }

    @Test
    void test_keys_publicJwkSetOfTheSigningKey() {
        Http.Response r = http.get("/.well-known/exchange-keys.json");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo(ExchangeKeysController.JWK_SET);
        KeySet set = KeySet.parse(r.body().getBytes(StandardCharsets.UTF_8));
        assertThat(set.keys()).extracting(PublishedKey::kid).containsExactly(identity.signingKey().kid());
        assertThat(r.body()).doesNotContain("\"d\"");
        assertThat(identity.exchangeId()).isEqualTo("exchange-test");
    }

    @Test
    void test_trust_addListAndRetire_withHistory() {
        Http.Response added = trust(exchange, jwk(key.published()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"kid\":\"" + key.kid() + "\"").contains("\"action\":\"ADD\"");

        Http.Response retired = post("/v1/exchange/trusted-keys/" + key.kid() + "/retirements",
                "{\"retiredAt\":\"2027-01-01T00:00:00Z\",\"reason\":\"rotation\"}");
        assertThat(retired.status()).as(retired.body()).isEqualTo(201);
        Http.Response list = http.get("/v1/exchange/trusted-keys", "X-API-KEY", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"retiredAt\":\"2027-01-01T00:00:00Z\"").contains("\"action\":\"RETIRE\"")
                .contains("\"reason\":\"rotation\"");

        Http.Response twice = post("/v1/exchange/trusted-keys/" + key.kid() + "/retirements", "{\"reason\":\"again\"}");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.problem().field()).isEqualTo("retiredAt");
        assertThat(twice.problem().rule()).isEqualTo("invalid-state");
    }

    @Test
    void test_trust_sameKeyTwiceOrForAnotherExchange_is422OnKeyKid() {
        assertThat(trust(exchange, jwk(key.published())).status()).isEqualTo(201);

        for (String other : List.of(exchange, exchange + "-x")) {
            Http.Response again = trust(other, jwk(key.published()));
            assertThat(again.status()).as(again.body()).isEqualTo(422);
            assertThat(again.problem().field()).isEqualTo("key.kid");
            assertThat(again.problem().rule()).isEqualTo("duplicate");
        }
    }

    @Test
    void test_trust_forgedKid_is422OnKeyKid() {
        PublishedKey other = SigningKey.of(Ed25519.generate(new SecureRandom()), VALID_FROM).published();
        String forged = jwk(key.published()).replace(key.kid(), other.kid());

        Http.Response r = trust(exchange, forged);

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("key.kid");
        assertThat(r.problem().rule()).isEqualTo("invalid-format");
    }

    @Test
    void test_trust_malformedKeys_nameTheirMember() {
        Http.Response badX = trust(exchange, jwk(key.published()).replace(key.published().x(), "AAAA"));
        assertThat(badX.status()).as(badX.body()).isEqualTo(422);
        assertThat(badX.problem().field()).isEqualTo("key.x");

        Http.Response rsa = trust(exchange, jwk(key.published()).replace("\"OKP\"", "\"RSA\""));
        assertThat(rsa.status()).as(rsa.body()).isEqualTo(422);
        assertThat(rsa.problem().field()).isEqualTo("key.kty");

        Http.Response missing = post("/v1/exchange/trusted-keys", "{\"exchangeId\":\"" + exchange + "\",\"reason\":\"r\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problem().violations()).extracting(v -> v.field()).containsExactly("key");

        Http.Response retiredFirst = trust(exchange, jwk(key.published()).replace("\"dataprice_valid_from\"",
                "\"dataprice_retired_at\":\"2025-01-01T00:00:00Z\",\"dataprice_valid_from\""));
        assertThat(retiredFirst.status()).as(retiredFirst.body()).isEqualTo(422);
        assertThat(retiredFirst.problem().field()).isEqualTo("key.dataprice_retired_at");

        Http.Response badId = trust("not an id", jwk(key.published()));
        assertThat(badId.status()).as(badId.body()).isEqualTo(422);
        assertThat(badId.problem().field()).isEqualTo("exchangeId");
    }

    @Test
    void test_retire_unknownKeyOrBeforeValidFrom_is422() {
        Http.Response unknown = post("/v1/exchange/trusted-keys/" + key.kid() + "/retirements", "{\"reason\":\"r\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.problem().field()).isEqualTo("kid");
        assertThat(unknown.problem().rule()).isEqualTo("unknown");

        trust(exchange, jwk(key.published()));
        Http.Response early = post("/v1/exchange/trusted-keys/" + key.kid() + "/retirements",
                "{\"retiredAt\":\"2025-01-01T00:00:00Z\",\"reason\":\"r\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.problem().field()).isEqualTo("retiredAt");
    }

    @Test
    void test_trust_rolesAndIdempotencyKey() {
        String body = "{\"exchangeId\":\"" + exchange + "\",\"key\":" + jwk(key.published()) + ",\"reason\":\"r\"}";
        String reader = TestCredentials.key(keys, Role.READER, Role.APPRAISER, Role.INDEX_PUBLISHER, Role.SETTLEMENT);
        assertThat(http.post("/v1/exchange/trusted-keys", body, "X-API-KEY", reader, "Idempotency-Key",
                TestCredentials.idempotencyKey()).status()).isEqualTo(403);
        assertThat(http.post("/v1/exchange/trusted-keys", body, "Idempotency-Key", TestCredentials.idempotencyKey())
                .status()).isEqualTo(401);
        assertThat(http.post("/v1/exchange/imports", "{\"bundle\":\"x\"}", "X-API-KEY", reader).status()).isEqualTo(403);
        assertThat(http.post("/v1/exchange/exports", "{\"from\":\"2026-03-01\",\"until\":\"2026-04-01\"}", "X-API-KEY", reader)
                .status()).isEqualTo(403);
        Http.Response noKey = http.post("/v1/exchange/trusted-keys", body, "X-API-KEY", admin);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.problem().type()).endsWith("idempotency-key-missing");
    }

    @Test
    void test_import_recognisedOnceAndReadBack() {
        trust(exchange, jwk(key.published()));
        String bundle = bundle(key, exchange, SIGNED_AT);

        Http.Response first = importBundle(bundle);
        Http.Response second = importBundle(bundle);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Map<String, Object> body = first.map();
        assertThat(body).containsEntry("exporter", exchange).containsEntry("kid", key.kid())
                .containsEntry("deals", List.of(exchange + ":D-1"))
                .containsEntry("bundleHash", CanonicalJson.sha256Hex(bundle.getBytes(StandardCharsets.UTF_8)));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.map()).isEqualTo(body);
        assertThat(first.header("Location")).isEqualTo("/v1/exchange/imports/" + body.get("id"));
        assertThat(http.get(first.header("Location"), "X-API-KEY", admin).map()).isEqualTo(body);
        assertThat(http.get("/v1/exchange/imports/" + UUID.randomUUID(), "X-API-KEY", admin).status()).isEqualTo(404);
    }

    @Test
    void test_import_untrustedKey_isRefused() {
        assertRefused(importBundle(bundle(key, exchange, SIGNED_AT)), "untrusted: key " + key.kid());
    }

    @Test
    void test_import_eachAlteredPartIsRefused() {
        trust(exchange, jwk(key.published()));
        String bundle = bundle(key, exchange, SIGNED_AT);
        int payload = bundle.indexOf('.') + 1;
        int signature = bundle.lastIndexOf('.') + 1;
        for (int at : new int[] {payload + 10, payload + 60, signature + 5, signature + 40}) {
            String altered = bundle.substring(0, at) + (bundle.charAt(at) == 'A' ? 'B' : 'A') + bundle.substring(at + 1);
            assertRefused(importBundle(altered), "signature of " + exchange + " not valid");
        }
    }

    @Test
    void test_import_unknownVersion_isRefused() {
        trust(exchange, jwk(key.published()));
        Map<String, Object> v3 = new LinkedHashMap<>();
        v3.put("format", ExportBundle.FORMAT);
        v3.put("version", 3L);
        v3.put("exporter", exchange);
        v3.put("exportedAt", SIGNED_AT.toString());
        v3.put("registrations", List.of());
        String signed = CompactJws.sign(key, ExportBundle.FORMAT, CanonicalJson.bytes(v3), SIGNED_AT);

        assertRefused(importBundle(signed), "bundle.version");
    }

    @Test
    void test_import_signedAfterTheKeyWasRetired_isRefused() {
        trust(exchange, jwk(key.published()));
        post("/v1/exchange/trusted-keys/" + key.kid() + "/retirements", "{\"retiredAt\":\"2026-03-01T00:00:00Z\","
                + "\"reason\":\"compromised\"}");
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "EdDSA");
        header.put("kid", key.kid());
        header.put("typ", ExportBundle.FORMAT);
        String late = CompactJws.sign(header, new ExportBundle(exchange, SIGNED_AT, List.of()).toJson(), key.privateKey());

        assertRefused(importBundle(late), "not in service");
    }

    @Test
    void test_import_notABundleOrEnormous() {
        assertRefused(importBundle("not-a-jws"), "not a signed bundle");

        Http.Response tooLong = importBundle("A".repeat(ExchangeJson.MAX_BUNDLE + 1));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.problem().field()).isEqualTo("bundle");
        assertThat(tooLong.problem().rule()).isEqualTo("limit-exceeded");
        Http.Response enormous = importBundle("A".repeat(CompactJws.MAX_LENGTH + 1));
        assertThat(enormous.status()).as("refused before it is read").isEqualTo(413);
        assertThat(enormous.problem().type()).endsWith("payload-too-large");

        Http.Response empty = http.post("/v1/exchange/imports", "{}", "X-API-KEY", admin);
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void test_export_verifiesWithThePublishedKeySet() {
        Http.Response r = http.post("/v1/exchange/exports", "{\"from\":\"2026-03-01\",\"until\":\"2026-04-01\"}",
                "X-API-KEY", admin);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> body = r.map();
        assertThat(body).containsEntry("exporter", "exchange-test").containsEntry("kid", identity.signingKey().kid())
                .containsKeys("counts", "bundleHash", "exportedAt");
        KeySet published = KeySet.parse(http.get("/.well-known/exchange-keys.json").body().getBytes(StandardCharsets.UTF_8));
        assertThat(CompactJws.verify((String) body.get("bundle"), published, ExportBundle.FORMAT).valid()).isTrue();
    }

    @Test
    void test_export_windowRules() {
        Http.Response empty = http.post("/v1/exchange/exports", "{\"from\":\"2026-03-01\",\"until\":\"2026-03-01\"}",
                "X-API-KEY", admin);
        assertThat(empty.status()).as(empty.body()).isEqualTo(422);
        assertThat(empty.problem().field()).isEqualTo("until");
        assertThat(empty.problem().rule()).isEqualTo("greater-than");

        Http.Response long_ = http.post("/v1/exchange/exports", "{\"from\":\"2026-01-01\",\"until\":\"2027-01-03\"}",
                "X-API-KEY", admin);
        assertThat(long_.status()).isEqualTo(422);
        assertThat(long_.problem().field()).isEqualTo("until");
        assertThat(long_.problem().rule()).isEqualTo("limit-exceeded");

        Http.Response missing = http.post("/v1/exchange/exports", "{\"until\":\"2026-03-01\"}", "X-API-KEY", admin);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problem().violations()).extracting(v -> v.field()).containsExactly("from");

        Http.Response malformed = http.post("/v1/exchange/exports", "{\"from\":\"March\",\"until\":\"2026-03-01\"}",
                "X-API-KEY", admin);
        assertThat(malformed.status()).isEqualTo(400);
    }
}
