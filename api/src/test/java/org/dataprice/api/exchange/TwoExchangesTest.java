package org.dataprice.api.exchange;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": two exchanges, A and B, each a whole service (its own embedded H2, its own generated key,
 * its own HTTP port), talk only over HTTP. B's administrator trusts the key A publishes at
 * {@code /.well-known/exchange-keys.json}; A exports a listing and a deal; B imports the bundle and recognises both as
 * {@code exchange-a:…}; the bundle with one byte changed is refused; a bundle of B is refused by A, which trusts
 * nobody.
 *
 * <p>Two Micronaut application contexts in one JVM rather than two jars: each context is a complete instance (its own
 * datasource, Flyway schema, beans, key file and Netty server), the calls between them are real HTTP, and the test
 * runs in the ordinary test phase in about a second without packaging the jar first; what two jars would add (two
 * JVMs) is not what the recognition depends on.
 */
class TwoExchangesTest {
    @TempDir
    static Path keys;
    static EmbeddedServer a;
    static EmbeddedServer b;
    static Http httpA;
    static Http httpB;
    static String adminA;
    static String adminB;

    static EmbeddedServer start(String exchangeId) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", "jdbc:h2:mem:" + exchangeId + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "dataprice.exchange.id", exchangeId,
                "dataprice.exchange.signing.key", "",
                "dataprice.exchange.signing.key-file", keys.resolve(exchangeId + ".json").toString()), Environment.TEST);
    }

    @BeforeAll
    static void startBoth() {
        a = start("exchange-a");
        b = start("exchange-b");
        httpA = new Http(a.getURL(), a.getApplicationContext().getBean(JsonMapper.class));
        httpB = new Http(b.getURL(), b.getApplicationContext().getBean(JsonMapper.class));
        adminA = TestCredentials.key(a.getApplicationContext().getBean(ApiKeyService.class), Role.ADMIN);
        adminB = TestCredentials.key(b.getApplicationContext().getBean(ApiKeyService.class), Role.ADMIN);
    }

    @AfterAll
    static void stopBoth() {
        if (a != null) {
            a.getApplicationContext().close();
        }
        if (b != null) {
            b.getApplicationContext().close();
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void test_bTrustsA_recognisesItsExport_refusesAlteredAndUntrusted() {
        // A: a fixed-price listing and a purchase of it (a deal)
        String seller = TestCredentials.key(a.getApplicationContext().getBean(ApiKeyService.class), Role.READER);
        String buyer = TestCredentials.key(a.getApplicationContext().getBean(ApiKeyService.class), Role.READER);
        Http.Response listing = httpA.post("/v1/listings", PricingExamples.LISTING_FIXED_PRICE, "X-API-KEY", seller,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(listing.status()).as(listing.body()).isEqualTo(201);
        String listingId = (String) listing.map().get("id");
        Http.Response purchase = httpA.post("/v1/listings/" + listingId + "/purchases", PricingExamples.PURCHASE_VOLUME,
                "X-API-KEY", buyer, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(purchase.status()).as(purchase.body()).isEqualTo(201);
        // A's registrar registers a data asset (the registry's events are exported as their public statement)
        String registrar = TestCredentials.key(a.getApplicationContext().getBean(ApiKeyService.class), Role.REGISTRAR);
        Http.Response registered = httpA.post("/v1/registrations", org.dataprice.api.registry.RegistryExamples.REGISTER,
                "X-API-KEY", registrar, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String registrationId = (String) registered.map().get("registrationId");

        // B's administrator reads A's published key set (no credentials) and trusts its key
        Http.Response published = httpA.get("/.well-known/exchange-keys.json");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.contentType()).isEqualTo(ExchangeKeysController.JWK_SET);
        Map<String, Object> keyOfA = ((List<Map<String, Object>>) published.map().get("keys")).get(0);
        String trust = "{\"exchangeId\":\"exchange-a\",\"key\":" + write(keyOfA) + ",\"reason\":\"川渝互认 test\"}";
        Http.Response trusted = httpB.post("/v1/exchange/trusted-keys", trust, "X-API-KEY", adminB,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(trusted.status()).as(trusted.body()).isEqualTo(201);

        // A exports today's records
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Http.Response exported = httpA.post("/v1/exchange/exports", "{\"from\":\"" + today.minusDays(1) + "\",\"until\":\""
                + today.plusDays(1) + "\"}", "X-API-KEY", adminA);
        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        Map<String, Object> export = exported.map();
        assertThat(export).containsEntry("exporter", "exchange-a").containsEntry("kid", keyOfA.get("kid"));
        assertThat((Map<String, Object>) export.get("counts")).containsEntry("listings", 1).containsEntry("deals", 1)
                .containsEntry("registrations", 1);
        String bundle = (String) export.get("bundle");

        // B recognises it, once
        Http.Response imported = httpB.post("/v1/exchange/imports", "{\"bundle\":\"" + bundle + "\"}", "X-API-KEY", adminB);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        Map<String, Object> recognised = imported.map();
        assertThat(recognised).containsEntry("outcome", "RECOGNISED").containsEntry("exporter", "exchange-a")
                .containsEntry("kid", keyOfA.get("kid")).containsEntry("bundleHash", export.get("bundleHash"));
        assertThat((List<String>) recognised.get("listings")).containsExactly("exchange-a:" + listingId);
        assertThat((List<String>) recognised.get("registrations")).as("mutual recognition of A's registration")
                .containsExactly("exchange-a:" + registrationId);
        assertThat((List<String>) recognised.get("deals")).hasSize(1).allMatch(id -> id.startsWith("exchange-a:"));
        Http.Response again = httpB.post("/v1/exchange/imports", "{\"bundle\":\"" + bundle + "\"}", "X-API-KEY", adminB);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map().get("id")).isEqualTo(recognised.get("id"));

        // one byte changed (in the payload: the signature no longer verifies)
        int at = bundle.indexOf('.') + 40;
        String altered = bundle.substring(0, at) + (bundle.charAt(at) == 'A' ? 'B' : 'A') + bundle.substring(at + 1);
        Http.Response refused = httpB.post("/v1/exchange/imports", "{\"bundle\":\"" + altered + "\"}", "X-API-KEY", adminB);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problem().field()).isEqualTo("bundle");
        assertThat(refused.problem().rule()).isEqualTo("not-recognised");
        assertThat(refused.problem().detail()).contains("signature of exchange-a not valid");

        // A trusts nobody: B's own export is refused there as untrusted
        String ofB = (String) httpB.post("/v1/exchange/exports", "{\"from\":\"" + today + "\",\"until\":\"" + today.plusDays(1)
                + "\"}", "X-API-KEY", adminB).map().get("bundle");
        Http.Response untrusted = httpA.post("/v1/exchange/imports", "{\"bundle\":\"" + ofB + "\"}", "X-API-KEY", adminA);
        assertThat(untrusted.status()).isEqualTo(422);
        assertThat(untrusted.problem().detail()).contains("untrusted");

        // the import is in B's chained ledger, intact
        Http.Response ledgers = httpB.get("/v1/ledgers/verification", "X-API-KEY", adminB);
        assertThat(ledgers.body()).contains("\"ledger\":\"exchange-imports\"").contains("\"ledger\":\"exchange-trust\"")
                .doesNotContain("\"status\":\"BROKEN\"");
    }

    private static String write(Object value) {
        try {
            return a.getApplicationContext().getBean(JsonMapper.class).writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
