package org.dataprice.api.credit;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/supervision/credit/...} and the restrictions the market workflow enforces. Policy: the core's example
 * (base 100; B ≥ 90, C ≥ 60 may not bid, D below 60 may neither list nor bid; objections answered in 15 days; repair
 * from 90 days after the event, decided in 15). A violation of −50 puts a party at 50 (D): listing, bidding, buying at a fixed price, opening a
 * negotiation are refused with 422 {@code restricted} naming the end (the event's expiry); an upheld objection lifts
 * it. Each test uses fresh parties (the database is shared); the repair test moves this context's clock.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditEndpointsTest {
    private static final String BASE = "/v1/supervision/credit";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;

    Http http;
    Market.Party supervisor;
    Market.Party reader;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        supervisor = Market.party(keys, Role.SUPERVISOR);
        reader = Market.party(keys, Role.READER);
    }

    private Http.Response event(String partyId, String kind, int points, Instant expiresAt) {
        return http.post(BASE + "/events", """
                {"partyId":"%s","kind":"%s","points":%d,"expiresAt":"%s","reason":"deal concluded after the deadline",
                 "reference":"deal-42"}""".formatted(partyId, kind, points, expiresAt), supervisor.headers());
    }

    private String eventId(String partyId, int points, Instant expiresAt) {
        Http.Response r = event(partyId, "VIOLATION", points, expiresAt);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private static String path(String partyId) {
        return BASE + "/parties/" + URLEncoder.encode(partyId, StandardCharsets.UTF_8);
    }

    private static void assertProblem(Http.Response r, int status, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(r.problem().rule()).isEqualTo(rule);
        assertThat(r.problem().field()).isEqualTo(field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> standing(Http.Response r) {
        return (Map<String, Object>) r.map().get("standing");
    }

    @Test
    void test_event_restrictsListingBiddingAndNegotiating_untilItExpires() {
        Market.Party party = Market.party(keys);
        Market.Party seller = Market.party(keys);
        Instant expires = clock.instant().plus(Duration.ofDays(200)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Http.Response recorded = event(party.name(), "VIOLATION", -50, expires);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.header("Location")).isEqualTo(BASE + "/parties/"
                + URLEncoder.encode(party.name(), StandardCharsets.UTF_8));
        Map<String, Object> s = standing(recorded);
        assertThat(s).containsEntry("score", 50).containsEntry("level", "D").containsEntry("basePoints", 100);
        assertThat((List<?>) s.get("restrictions")).hasSize(2);
        assertThat(s.get("events").toString()).contains("COUNTED", "counted=-50", "deal-42");

        Http.Response listing = http.post("/v1/listings", Market.listing("restricted-prod", "ENTERPRISE", "INDUSTRY",
                "AUCTION", "100.00", clock.instant()), party.headers());
        assertProblem(listing, 422, "restricted", "sellerId");
        assertThat(listing.problem().detail()).contains(expires.toString(), "level D", "score 50");

        Http.Response own = http.post("/v1/listings", Market.listing("free-prod", "ENTERPRISE", "INDUSTRY", "AUCTION",
                "100.00", clock.instant()), seller.headers());
        String listingId = Market.id(own);
        Http.Response auction = http.post("/v1/auctions", """
                {"listingId":"%s","format":"VICKREY","reserve":{"amount":"100.00","currency":"CNY"},"deadline":"%s"}"""
                .formatted(listingId, clock.instant().plus(Duration.ofDays(5))), seller.headers());
        assertThat(auction.status()).as(auction.body()).isEqualTo(201);
        Http.Response bid = http.post("/v1/auctions/" + Market.id(auction) + "/bids",
                "{\"amount\":{\"amount\":\"150.00\",\"currency\":\"CNY\"}}", party.headers());
        assertProblem(bid, 422, "restricted", "bidderId");

        Http.Response negotiated = http.post("/v1/listings", Market.listing("neg-prod", "ENTERPRISE", "INDUSTRY",
                "NEGOTIATED", "100.00", clock.instant()), seller.headers());
        Http.Response negotiation = http.post("/v1/negotiations", Market.negotiation(Market.id(negotiated), "BUYER",
                clock.instant().plus(Duration.ofDays(5)), 10), party.headers());
        assertProblem(negotiation, 422, "restricted", "buyerId");

        // a fixed-price purchase is a buy like a bid: refused too, citing the restriction; nothing is recorded
        Http.Response fixed = http.post("/v1/listings", Market.listing("fixed-prod", "ENTERPRISE", "INDUSTRY",
                "FIXED_PRICE", "100.00", clock.instant()), seller.headers());
        String fixedId = Market.id(fixed);
        Http.Response purchase = http.post("/v1/listings/" + fixedId + "/purchases", "{\"volume\":1}",
                party.headers());
        assertProblem(purchase, 422, "restricted", "buyerId");
        assertThat(purchase.problem().detail()).contains(expires.toString(), "level D", "score 50");
        assertThat(http.post("/v1/listings/" + fixedId + "/purchases", "{\"volume\":1}", Market.party(keys).headers())
                .status()).as("an unrestricted buyer buys").isEqualTo(201);

        // the explanation at a later instant: expired, back to the base
        Map<String, Object> later = http.get(path(party.name()) + "?at=" + expires, party.headers()).map();
        assertThat(later).containsEntry("score", 100).containsEntry("level", "B");
        assertThat((List<?>) later.getOrDefault("restrictions", List.of())).as("empty lists are left out").isEmpty();
        assertThat(later.get("events").toString()).contains("EXPIRED");
    }

    @Test
    void test_negotiation_buyerRestrictedAfterOpening_offersAndAcceptanceRefused() {
        Market.Party buyer = Market.party(keys);
        Market.Party seller = Market.party(keys);
        Http.Response listing = http.post("/v1/listings", Market.listing("neg-later", "ENTERPRISE", "INDUSTRY",
                "NEGOTIATED", "100.00", clock.instant()), seller.headers());
        Http.Response opened = http.post("/v1/negotiations", Market.negotiation(Market.id(listing), "BUYER",
                clock.instant().plus(Duration.ofDays(5)), 10), buyer.headers());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = Market.id(opened);
        assertThat(http.post("/v1/negotiations/" + id + "/offers", Market.offer("90.00"), buyer.headers()).status())
                .isEqualTo(201);

        assertThat(event(buyer.name(), "CONFIRMED_ALERT", -20, clock.instant().plus(Duration.ofDays(30))).status())
                .isEqualTo(201); // 80: level C, no bidding
        assertProblem(http.post("/v1/negotiations/" + id + "/accept", "{}", seller.headers()), 422, "restricted",
                "buyerId");
        Http.Response counter = http.post("/v1/negotiations/" + id + "/offers", Market.offer("95.00"), seller.headers());
        assertProblem(counter, 422, "restricted", "buyerId");
        assertThat(counter.problem().detail()).contains("level C", "score 80");
        // withdrawing stays possible
        assertThat(http.post("/v1/negotiations/" + id + "/withdraw", "{}", buyer.headers()).status()).isEqualTo(200);
    }

    @Test
    void test_goodStanding_incentive_andSupervisorSeesEveryone() {
        Market.Party party = Market.party(keys);
        Http.Response r = event(party.name(), "GOOD_STANDING", 15, clock.instant().plus(Duration.ofDays(365)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(standing(r)).containsEntry("level", "A");
        assertThat(((Number) standing(r).get("depositDiscount")).doubleValue()).isEqualTo(0.2);
        assertThat(http.get(path(party.name()), supervisor.headers()).status()).isEqualTo(200);
        assertThat(http.get(path(party.name()), party.headers()).status()).isEqualTo(200);
        assertThat(http.get(path(party.name()), reader.headers()).status()).isEqualTo(404);
        assertThat(http.get(path(party.name())).status()).isEqualTo(401);
        // a party without records stands at the base
        assertThat(http.get(path(reader.name()), reader.headers()).map()).containsEntry("score", 100);
    }

    @Test
    void test_objection_deadline_upheldLiftsTheRestriction_onceOnly() {
        Market.Party party = Market.party(keys);
        String eventId = eventId(party.name(), -50, clock.instant().plus(Duration.ofDays(200)));
        Instant before = clock.instant();
        Http.Response objection = http.post(BASE + "/events/" + eventId + "/objections",
                "{\"grounds\":\"the deal was concluded before the deadline\"}", party.headers());
        assertThat(objection.status()).as(objection.body()).isEqualTo(201);
        assertThat(objection.map()).containsEntry("kind", "OBJECTION").containsEntry("subjectId", eventId);
        Instant deadline = Instant.parse((String) objection.map().get("deadline"));
        assertThat(Duration.between(before, deadline)).isBetween(Duration.ofDays(15), Duration.ofDays(15).plusMinutes(5));
        String objectionId = Market.id(objection);

        assertProblem(http.post(BASE + "/events/" + eventId + "/objections", "{\"grounds\":\"again\"}", party.headers()),
                422, "invalid-state", "eventId");
        assertThat(http.post(BASE + "/events/" + eventId + "/objections", "{\"grounds\":\"not mine\"}",
                reader.headers()).status()).isEqualTo(404);
        assertThat(http.post(BASE + "/events/nope/objections", "{\"grounds\":\"x\"}", party.headers()).status())
                .isEqualTo(404);
        assertThat(http.post(BASE + "/events/" + eventId + "/objections", "{}", party.headers()).status()).isEqualTo(400);

        Http.Response answer = http.post(BASE + "/objections/" + objectionId + "/answer",
                "{\"upheld\":true,\"reason\":\"the deal log shows it was before the deadline\"}", supervisor.headers());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(standing(answer)).containsEntry("score", 100);
        assertThat(standing(answer).get("events").toString()).contains("WITHDRAWN");
        assertThat(http.post("/v1/listings", Market.listing("after-objection", "ENTERPRISE", "INDUSTRY", "NEGOTIATED",
                "100.00", clock.instant()), party.headers()).status()).isEqualTo(201);

        assertProblem(http.post(BASE + "/objections/" + objectionId + "/answer", "{\"upheld\":false,\"reason\":\"x\"}",
                supervisor.headers()), 422, "invalid-state", "status");
        assertThat(http.post(BASE + "/objections/nope/answer", "{\"upheld\":false,\"reason\":\"x\"}",
                supervisor.headers()).status()).isEqualTo(404);
        assertThat(http.post(BASE + "/objections/" + objectionId + "/answer", "{\"upheld\":true,\"reason\":\"x\"}",
                party.headers()).status()).isEqualTo(403);
    }

    @Test
    void test_event_invalid_namesTheField() {
        Instant later = clock.instant().plus(Duration.ofDays(10));
        assertProblem(event(reader.name(), "VIOLATION", 5, later), 422, "out-of-range", "points");
        assertProblem(event(reader.name(), "GOOD_STANDING", -5, later), 422, "out-of-range", "points");
        assertProblem(event(reader.name(), "VIOLATION", -5000, later), 422, "out-of-range", "points");
        assertProblem(event(reader.name(), "VIOLATION", -5, clock.instant().minus(Duration.ofDays(1))), 422,
                "greater-than", "expiresAt");
        assertThat(http.post(BASE + "/events", "{\"partyId\":\"p\",\"points\":-5}", supervisor.headers()).status())
                .isEqualTo(400);
        assertThat(http.post(BASE + "/events", "{\"partyId\":\"p\",\"kind\":\"FRAUD\",\"points\":-5,\"expiresAt\":\""
                + later + "\",\"reason\":\"r\"}", supervisor.headers()).status()).isIn(400, 422);
        assertThat(event(reader.name(), "VIOLATION", -5, later).status()).isEqualTo(201);
        assertThat(http.post(BASE + "/events", "{}", reader.headers()).status()).isEqualTo(403);
    }

    @Test
    void test_event_idempotentReplay() {
        Market.Party party = Market.party(keys);
        String key = TestCredentials.idempotencyKey();
        String body = """
                {"partyId":"%s","kind":"VIOLATION","points":-10,"expiresAt":"%s","reason":"late delivery"}"""
                .formatted(party.name(), clock.instant().plus(Duration.ofDays(30)));
        Http.Response first = http.post(BASE + "/events", body, "X-API-KEY", supervisor.key(), "Idempotency-Key", key);
        Http.Response again = http.post(BASE + "/events", body, "X-API-KEY", supervisor.key(), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.map().get("id")).isEqualTo(first.map().get("id"));
        assertThat(http.get(path(party.name()), party.headers()).map()).containsEntry("score", 90);
        // every record is chained in the credit-records ledger, and the chain verifies
        Http.Response ledgers = http.get("/v1/ledgers/verification", "X-API-KEY", TestCredentials.key(keys, Role.ADMIN));
        assertThat(ledgers.status()).as(ledgers.body()).isEqualTo(200);
        assertThat(ledgers.body()).contains("\"ledger\":\"credit-records\"", "\"ledger\":\"negative-list\"",
                "\"ledger\":\"listing-admissions\"").doesNotContain("\"status\":\"BROKEN\"");
    }

    @Test
    void test_repair_waitConditionsDecision() {
        Market.Party party = Market.party(keys);
        String eventId = eventId(party.name(), -50, clock.instant().plus(Duration.ofDays(400)));
        String all = "{\"conditionsMet\":[\"CORRECTED\",\"OBLIGATIONS_FULFILLED\",\"COMMITMENT\"],\"statement\":\"fixed\"}";
        Http.Response early = http.post(BASE + "/events/" + eventId + "/repairs", all, party.headers());
        assertProblem(early, 422, "invalid-state", "eventId");
        assertThat(early.problem().detail()).contains("repair may be requested from");

        clock.advance(Duration.ofDays(91));
        assertProblem(http.post(BASE + "/events/" + eventId + "/repairs",
                "{\"conditionsMet\":[\"CORRECTED\"],\"statement\":\"fixed\"}", party.headers()), 422, "missing",
                "conditionsMet");
        assertThat(http.post(BASE + "/events/" + eventId + "/repairs", all, reader.headers()).status()).isEqualTo(404);
        Http.Response repair = http.post(BASE + "/events/" + eventId + "/repairs", all, party.headers());
        assertThat(repair.status()).as(repair.body()).isEqualTo(201);
        assertThat(repair.map()).containsKey("deadline");
        assertProblem(http.post(BASE + "/events/" + eventId + "/repairs", all, party.headers()), 422, "invalid-state",
                "status");
        String repairId = Market.id(repair);

        Http.Response decided = http.post(BASE + "/repairs/" + repairId + "/decision",
                "{\"granted\":true,\"reason\":\"correction verified\"}", supervisor.headers());
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(standing(decided)).containsEntry("score", 100);
        assertThat(standing(decided).get("events").toString()).contains("REPAIRED");
        assertThat(standing(decided).get("repairs").toString()).contains("granted=true");
        assertProblem(http.post(BASE + "/repairs/" + repairId + "/decision", "{\"granted\":false,\"reason\":\"x\"}",
                supervisor.headers()), 422, "invalid-state", "status");
        assertThat(http.post(BASE + "/repairs/nope/decision", "{\"granted\":false,\"reason\":\"x\"}",
                supervisor.headers()).status()).isEqualTo(404);
        assertThat(http.post(BASE + "/repairs/" + repairId + "/decision", "{\"granted\":true,\"reason\":\"x\"}",
                party.headers()).status()).isEqualTo(403);
        assertThat(http.post(BASE + "/events/" + eventId + "/repairs", "{\"statement\":\"x\"}", party.headers())
                .status()).isEqualTo(400);
    }
}
