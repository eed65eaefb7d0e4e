package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.Market;

import org.dataprice.api.time.TestClock;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** Volume tiers and subscription terms of FIXED_PRICE listings on {@code POST /v1/listings}. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingTermsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;

    Http http;
    Market.Party seller;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys);
    }

    private String body(String mode, String tiers, String subscriptions) {
        return """
                {"productId":"terms-1","category":"ENTERPRISE","use":"INDUSTRY","unit":"PER_CALL","mode":"%s",
                 "quote":{"amount":"0.10","currency":"CNY"},"validFrom":"%s","validUntil":"%s",
                 "volumeTiers":%s,"subscriptions":%s}"""
                .formatted(mode, clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(365)),
                        tiers, subscriptions);
    }

    private static final String TIERS = """
            [{"fromVolume":0,"unitPrice":{"amount":"0.10","currency":"CNY"}},
             {"fromVolume":1000,"unitPrice":{"amount":"0.08","currency":"CNY"}}]""";
    private static final String SUBS = "[{\"months\":12,\"price\":{\"amount\":\"900.00\",\"currency\":\"CNY\"}}]";

    private static void assertDomain(Http.Response r, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().rule()).isEqualTo(rule);
        assertThat(r.problem().field()).isEqualTo(field);
    }

    @Test
    void test_create_fixedPriceWithTerms_storedAndReadBack() {
        String key = TestCredentials.idempotencyKey();
        String body = body("FIXED_PRICE", TIERS, SUBS);
        Http.Response created = http.post("/v1/listings", body, seller.headers(key));
        Http.Response replay = http.post("/v1/listings", body, seller.headers(key));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Market.id(replay)).isEqualTo(Market.id(created));
        Http.Response read = http.get("/v1/listings/" + Market.id(created), seller.headers());
        ListingResponse listing = read.read(ListingResponse.class);
        assertThat(listing.volumeTiers()).hasSize(2);
        assertThat(listing.volumeTiers().get(1).fromVolume()).isEqualTo(1000);
        assertThat(listing.volumeTiers().get(1).unitPrice().amount()).isEqualByComparingTo("0.08");
        assertThat(listing.subscriptions()).hasSize(1);
        assertThat(listing.subscriptions().get(0).months()).isEqualTo(12);
        assertThat(listing.subscriptions().get(0).price().amount()).isEqualByComparingTo("900.00");
        assertThat(created.read(ListingResponse.class).volumeTiers()).hasSize(2);
    }

    @Test
    void test_create_withoutTerms_emptyLists() {
        Http.Response created = http.post("/v1/listings", body("FIXED_PRICE", "null", "[]"), seller.headers());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.read(ListingResponse.class).volumeTiers()).isNullOrEmpty();
    }

    @Test
    void test_create_termsOnANegotiatedListing_is422() {
        assertDomain(http.post("/v1/listings", body("NEGOTIATED", TIERS, "[]"), seller.headers()), "invalid-state",
                "volumeTiers");
        assertDomain(http.post("/v1/listings", body("AUCTION", "[]", SUBS), seller.headers()), "invalid-state",
                "subscriptions");
    }

    @Test
    void test_create_badTiers_is422WithField() {
        assertDomain(http.post("/v1/listings", body("FIXED_PRICE",
                "[{\"fromVolume\":5,\"unitPrice\":{\"amount\":\"0.10\",\"currency\":\"CNY\"}}]", "[]"), seller.headers()),
                "at-most", "volumeTiers[0].fromVolume");
        assertDomain(http.post("/v1/listings", body("FIXED_PRICE",
                "[{\"fromVolume\":0,\"unitPrice\":{\"amount\":\"0.10\",\"currency\":\"USD\"}}]", "[]"), seller.headers()),
                "currency-mismatch", "volumeTiers[0].unitPrice");
        assertDomain(http.post("/v1/listings", body("FIXED_PRICE", "[]",
                "[{\"months\":0,\"price\":{\"amount\":\"1.00\",\"currency\":\"CNY\"}}]"), seller.headers()),
                "out-of-range", "subscriptions[0].months");
    }

    @Test
    void test_create_tooManyTiers_is400() {
        String many = "[" + String.join(",", Collections.nCopies(51,
                "{\"fromVolume\":0,\"unitPrice\":{\"amount\":\"0.10\",\"currency\":\"CNY\"}}")) + "]";

        Http.Response r = http.post("/v1/listings", body("FIXED_PRICE", many, "[]"), seller.headers());

        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void test_create_noCredentials_is401() {
        assertThat(http.post("/v1/listings", body("FIXED_PRICE", TIERS, SUBS), "Idempotency-Key",
                TestCredentials.idempotencyKey()).status()).isEqualTo(401);
    }
}
