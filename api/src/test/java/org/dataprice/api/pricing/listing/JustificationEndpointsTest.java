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
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code POST /v1/listings/{id}/justification} and the tradability rule. Hand-computed band: A = 1000.00,
 * β = 0.20 ⇒ [800.00, 1200.00]; a quote of 1300.00 is flagged with deviation (1300 − 1000)/1000 = 0.3,
 * 1100.00 is inside (deviation 0.1).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JustificationEndpointsTest {
    /** The deviation is a double quotient of exact decimals. */
    static final double TOLERANCE = 1e-12;

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
    Market.Party appraiser;
    Market.Party buyer;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys);
        appraiser = Market.party(keys, Role.APPRAISER);
        buyer = Market.party(keys, Role.READER);
    }

    private String listing(String mode, String quote) {
        Http.Response created = http.post("/v1/listings", Market.listing("prod-j", "ENTERPRISE", "INDUSTRY", mode, quote,
                clock.instant()), seller.headers());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Market.id(created);
    }

    private void appraise(String listingId, String value) {
        Http.Response r = http.post("/v1/listings/" + listingId + "/appraisals",
                "{\"value\":{\"amount\":\"" + value + "\",\"currency\":\"CNY\"},\"method\":\"income\",\"beta\":0.2}",
                appraiser.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private Http.Response justify(String listingId, String text, String... headers) {
        return http.post("/v1/listings/" + listingId + "/justification",
                text == null ? "{}" : "{\"text\":\"" + text + "\"}", headers);
    }

    private Http.Response openNegotiation(String listingId) {
        return http.post("/v1/negotiations", Market.negotiation(listingId, "BUYER",
                clock.instant().plus(Duration.ofDays(5)), 10), buyer.headers());
    }

    private Http.Response openAuction(String listingId) {
        return http.post("/v1/auctions", """
                {"listingId":"%s","format":"VICKREY","reserve":{"amount":"100.00","currency":"CNY"},"deadline":"%s"}"""
                .formatted(listingId, clock.instant().plus(Duration.ofDays(5))), seller.headers());
    }

    private static void assertDomainProblem(Http.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.problem().rule()).isEqualTo(rule);
        assertThat(response.problem().field()).isEqualTo(field);
    }

    @Test
    void test_justify_flaggedQuote_makesTheListingTradable() {
        String id = listing("NEGOTIATED", "1300.00");
        appraise(id, "1000.00");
        assertThat(http.get("/v1/listings/" + id, seller.headers()).map()).containsEntry("tradable", false);
        Http.Response refused = openNegotiation(id);
        assertDomainProblem(refused, 422, "justification-required", "justification");
        assertThat(refused.problem().detail()).contains("800", "1200", "/justification");

        Http.Response justified = justify(id, "Exclusive real-time feed; comparable feeds sell at 1,250-1,400", seller.headers());

        assertThat(justified.status()).as(justified.body()).isEqualTo(201);
        Map<String, Object> body = justified.map();
        assertThat(new BigDecimal(Market.obj(body, "lower").get("amount").toString())).isEqualByComparingTo("800.00");
        assertThat(new BigDecimal(Market.obj(body, "upper").get("amount").toString())).isEqualByComparingTo("1200.00");
        assertThat(((Number) body.get("deviation")).doubleValue()).isCloseTo(0.3, within(TOLERANCE));
        assertThat(body).containsEntry("flagged", true).containsEntry("tradable", true)
                .containsEntry("sellerId", seller.name());
        Map<String, Object> read = http.get("/v1/listings/" + id, seller.headers()).map();
        assertThat(read).containsEntry("tradable", true)
                .containsEntry("justification", "Exclusive real-time feed; comparable feeds sell at 1,250-1,400");
        assertThat(openNegotiation(id).status()).isEqualTo(201);
    }

    @Test
    void test_justify_auctionListing_refusedUntilJustified() {
        String id = listing("AUCTION", "1300.00");
        appraise(id, "1000.00");

        assertDomainProblem(openAuction(id), 422, "justification-required", "justification");
        assertThat(justify(id, "scarce", seller.headers()).status()).isEqualTo(201);
        assertThat(openAuction(id).status()).isEqualTo(201);
    }

    @Test
    void test_justify_newFlaggedAppraisal_needsANewJustification() {
        String id = listing("NEGOTIATED", "1300.00");
        appraise(id, "1000.00");
        assertThat(justify(id, "scarce", seller.headers()).status()).isEqualTo(201);

        appraise(id, "900.00");

        assertThat(http.get("/v1/listings/" + id, seller.headers()).map()).containsEntry("tradable", false);
        assertDomainProblem(openNegotiation(id), 422, "justification-required", "justification");
    }

    @Test
    void test_justify_unappraisedOrInsideBand_tradableAndNothingToJustify() {
        String none = listing("NEGOTIATED", "1300.00");
        String inside = listing("NEGOTIATED", "1100.00");
        appraise(inside, "1000.00");

        assertThat(http.get("/v1/listings/" + inside, seller.headers()).map()).containsEntry("tradable", true);
        assertThat(openNegotiation(none).status()).isEqualTo(201);
        assertThat(openNegotiation(inside).status()).isEqualTo(201);
        assertDomainProblem(justify(none, "x", seller.headers()), 422, "invalid-state", "justification");
        assertDomainProblem(justify(inside, "x", seller.headers()), 422, "invalid-state", "justification");
    }

    @Test
    void test_justify_blankText_is422JustificationRequired() {
        String id = listing("NEGOTIATED", "1300.00");
        appraise(id, "1000.00");

        assertDomainProblem(justify(id, null, seller.headers()), 422, "justification-required", "justification");
        assertDomainProblem(justify(id, "  ", seller.headers()), 422, "justification-required", "justification");
    }

    @Test
    void test_justify_tooLong_is400() {
        String id = listing("NEGOTIATED", "1300.00");
        appraise(id, "1000.00");

        Http.Response response = justify(id, "x".repeat(4001), seller.headers());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problem().violations()).extracting(Problem.Violation::field).anyMatch(f -> f.endsWith("text"));
    }

    @Test
    void test_justify_twice_is422Duplicate_replayIsIdempotent() {
        String id = listing("NEGOTIATED", "1300.00");
        appraise(id, "1000.00");
        String key = TestCredentials.idempotencyKey();

        Http.Response first = justify(id, "scarce", seller.headers(key));
        Http.Response replay = justify(id, "scarce", seller.headers(key));
        Http.Response second = justify(id, "another reason", seller.headers());

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.map().get("createdAt")).isEqualTo(first.map().get("createdAt"));
        assertDomainProblem(second, 422, "duplicate", "justification");
    }

    @Test
    void test_justify_notTheSeller_is403NotAParty() {
        String id = listing("NEGOTIATED", "1300.00");
        appraise(id, "1000.00");

        assertDomainProblem(justify(id, "x", buyer.headers()), 403, "not-a-party", "sellerId");
        assertDomainProblem(justify(id, "x", appraiser.headers()), 403, "not-a-party", "sellerId");
    }

    @Test
    void test_justify_noCredentials_is401_unknownListing_is404() {
        assertThat(justify("nope", "x", "Idempotency-Key", TestCredentials.idempotencyKey()).status()).isEqualTo(401);
        assertThat(justify("nope", "x", seller.headers()).status()).isEqualTo(404);
    }
}
