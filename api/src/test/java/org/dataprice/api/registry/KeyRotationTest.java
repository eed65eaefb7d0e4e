package org.dataprice.api.registry;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.security.Role;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.registry.signature.Base64Url;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.PublishedKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registry key rotation over HTTP (ADMIN): a certificate issued before the rotation still verifies with the published
 * set, whose old key is retired at the rotation instant; certificates issued after carry the new key's id; a second
 * instance on the same database (another {@link RegistryKeys} over the same key file, table and key-encryption key) uses
 * the new key at once, and one without the key-encryption key publishes it but refuses to sign (503); roles,
 * credentials and a blank reason are refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyRotationTest implements TestPropertyProvider {
    private static final String KEY_FILE = "target/registry-rotation-test-keys-" + UUID.randomUUID() + ".json";
    private static final String KEK_FILE = "target/registry-rotation-test-kek-" + UUID.randomUUID() + ".key";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    KeyRotationRepository rotations;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;

    Http http;
    Market.Party registrar;
    Market.Party admin;
    Market.Party reader;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> out = new java.util.HashMap<>();
        TestDatabases.h2("registry-key-rotation").forEach((k, v) -> out.put(k, String.valueOf(v)));
        out.put("dataprice.registry.signing.key-file", KEY_FILE);
        out.put("dataprice.registry.signing.kek-file", KEK_FILE);
        return out;
    }

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        registrar = Market.party(keys, Role.REGISTRAR);
        admin = Market.party(keys, Role.ADMIN);
        reader = Market.party(keys, Role.READER);
    }

    private String register() {
        Http.Response r = http.post("/v1/registrations", RegistryExamples.REGISTER, registrar.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("registrationId");
    }

    private String certificate(String id) {
        Http.Response r = http.get("/v1/registrations/" + id + "/certificates/1", "X-API-KEY", registrar.key());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body().strip();
    }

    private static String kid(String jws) {
        String header = new String(Base64Url.decode(jws.substring(0, jws.indexOf('.')), "header"), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    private String verify(String jws) {
        Http.Response r = http.post("/v1/certificates/verification", "{\"certificate\":\"" + jws + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return (String) r.map().get("status");
    }

    private KeySet published() {
        Http.Response r = http.get("/.well-known/jwks.json");
        assertThat(r.status()).isEqualTo(200);
        return KeySet.parse(r.body().getBytes(StandardCharsets.UTF_8));
    }

    private Http.Response rotate(Market.Party who, String body) {
        return http.post("/v1/registry/key-rotations", body, who.headers());
    }

    @Test
    void test_rotate_oldCertificatesVerify_newOnesUseTheNewKey_everyInstanceSeesIt() {
        String before = certificate(register());
        String oldKid = kid(before);
        Http.Response rotated = rotate(admin, RegistryExamples.KEY_ROTATION);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        String newKid = (String) rotated.map().get("kid");
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(rotated.map().get("retired")).isEqualTo(List.of(oldKid));
        Instant at = Instant.parse((String) rotated.map().get("validFrom"));

        KeySet set = published();
        assertThat(set.find(oldKid).orElseThrow().retiredAt()).isEqualTo(at);
        assertThat(set.find(newKid).orElseThrow().inServiceAt(at)).isTrue();

        String after = certificate(register());
        assertThat(kid(after)).isEqualTo(newKid);
        assertThat(verify(before)).as("signed before the rotation, by the key then in service").isEqualTo("VALID");
        assertThat(verify(after)).isEqualTo("VALID");

        // another instance on the same database, key file and key-encryption key: the rotation is its key too
        RegistryKeys second = new RegistryKeys(KEY_FILE, false, "dataprice-test", clock, rotations,
                new RegistryKeyVault(KEK_FILE, false), tx);
        assertThat(second.published().find(newKid)).isPresent();
        assertThat(second.signingAt(at.plusSeconds(1)).kid()).isEqualTo(newKid);
        assertThat(second.signingAt(at.minusSeconds(1)).kid()).as("before the rotation: the old key").isEqualTo(oldKid);
        // an instance without the key-encryption key publishes the new key but cannot sign with it
        RegistryKeys blind = new RegistryKeys(KEY_FILE, false, "dataprice-test", clock, rotations,
                new RegistryKeyVault("target/no-such-kek-" + UUID.randomUUID(), false), tx);
        assertThat(blind.published().keys()).extracting(PublishedKey::kid).contains(oldKid, newKid);
        assertThatThrownBy(() -> blind.signingAt(at.plusSeconds(1))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("kek-file");

        // a second rotation retires the first rotated key; all three certificates' keys stay published
        Http.Response again = rotate(admin, "{\"reason\":\"compromise drill\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.map().get("retired")).isEqualTo(List.of(newKid));
        assertThat(((Number) again.map().get("sequence")).longValue()).isEqualTo(((Number) rotated.map().get("sequence")).longValue() + 1);
        assertThat(verify(before)).isEqualTo("VALID");
        assertThat(verify(after)).isEqualTo("VALID");
        assertThat(published().keys()).hasSize(3);
    }

    @Test
    void test_rotate_rolesCredentialsAndBlankReason() {
        assertThat(rotate(reader, RegistryExamples.KEY_ROTATION).status()).isEqualTo(403);
        assertThat(rotate(registrar, RegistryExamples.KEY_ROTATION).status()).isEqualTo(403);
        assertThat(http.post("/v1/registry/key-rotations", RegistryExamples.KEY_ROTATION, "Idempotency-Key",
                UUID.randomUUID().toString()).status()).isEqualTo(401);
        Http.Response blank = rotate(admin, "{\"reason\":\"\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.problem().field()).isEqualTo("reason");
    }
}
