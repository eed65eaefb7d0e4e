package org.dataprice.api.pricing.negotiation;

import org.dataprice.api.pricing.Market;

import org.dataprice.api.time.TestClock;
import io.micronaut.core.type.Argument;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Negotiations over HTTP: the offer protocol of {@code NegotiationMachine} persisted with optimistic
 * locking, the deal written on acceptance, parties only (anyone else: 404, as for an unknown id), deadlines on the
 * injected clock, and concurrent offers (exactly one wins per turn).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegotiationEndpointsTest {
    private static final int THREADS = 8;

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    org.dataprice.api.idempotency.IdempotencyStore idempotency;

    Http http;
    Market.Party seller;
    Market.Party buyer;
    Market.Party stranger;
    String listingId;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        seller = Market.party(keys, Role.READER);
        buyer = Market.party(keys);
        stranger = Market.party(keys, Role.ADMIN, Role.APPRAISER, Role.READER, Role.INDEX_PUBLISHER);
        listingId = listing("NEGOTIATED");
    }

    private String listing(String mode) {
        Http.Response r = http.post("/v1/listings", Market.listing("prod-neg", "ENTERPRISE", "INDUSTRY", mode,
                "1000.00", clock.instant()), seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private String open(String first, Duration deadline, int rounds) {
        Http.Response r = http.post("/v1/negotiations",
                Market.negotiation(listingId, first, clock.instant().plus(deadline), rounds), buyer.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private Http.Response offer(String id, Market.Party party, String price) {
        return http.post("/v1/negotiations/" + id + "/offers", Market.offer(price), party.headers());
    }

    private static void assertProblem(Http.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/" + rule);
        assertThat(response.problem().rule()).isEqualTo(rule);
        assertThat(response.problem().field()).isEqualTo(field);
    }

    private static List<Map<String, Object>> offers(Http.Response r) {
        return r.read(Argument.mapOf(String.class, Object.class)).get("offers") instanceof List<?> l
                ? l.stream().map(o -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) o;
                    return m;
                }).toList() : List.of();
    }

    @Test
    void test_negotiation_offerCounterAccept_recordsDeal() {
        String id = open("BUYER", Duration.ofHours(1), 10);

        Http.Response first = offer(id, buyer, "900.00");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.map().get("turn")).isEqualTo("SELLER");
        assertThat(((Number) first.map().get("version")).longValue()).isEqualTo(1);
        Http.Response counter = offer(id, seller, "950.00");
        assertThat(counter.status()).as(counter.body()).isEqualTo(201);

        Http.Response accepted = http.post("/v1/negotiations/" + id + "/accept", null, buyer.headers());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.map().get("status")).isEqualTo("AGREED");
        assertThat(accepted.map().get("version")).isEqualTo(3);
        List<Map<String, Object>> log = offers(accepted);
        assertThat(log).extracting(o -> o.get("proposer")).containsExactly("BUYER", "SELLER");
        assertThat(log).extracting(o -> o.get("round")).containsExactly(0, 1);
        String dealId = (String) accepted.map().get("dealId");
        assertThat(dealId).isNotNull();

        Http.Response deal = http.get("/v1/deals/" + dealId, "X-API-KEY", stranger.key());
        assertThat(deal.status()).isEqualTo(200);
        Map<String, Object> d = deal.map();
        assertThat(new BigDecimal(Market.obj(d, "unitPrice").get("amount").toString())).isEqualByComparingTo("950.00");
        assertThat(Market.obj(d, "unitPrice").get("currency")).isEqualTo("CNY");
        assertThat(new BigDecimal(d.get("quantity").toString())).isEqualByComparingTo("1");
        assertThat(new BigDecimal(Market.obj(d, "total").get("amount").toString())).isEqualByComparingTo("950.00");
        assertThat(d).containsEntry("productId", "prod-neg").containsEntry("category", "ENTERPRISE")
                .containsEntry("rightsType", "DERIVED_PRODUCTS").containsEntry("mode", "NEGOTIATED")
                .containsEntry("sourceId", id).containsEntry("sellerId", seller.name())
                .containsEntry("buyerId", buyer.name());
        assertThat(http.get("/v1/deals?productId=prod-neg", "X-API-KEY", stranger.key()).body()).contains(dealId);
        assertThat(http.get("/v1/deals?category=ENTERPRISE", "X-API-KEY", stranger.key()).body()).contains(dealId);

        Http.Response read = http.get("/v1/negotiations/" + id, "X-API-KEY", seller.key());
        assertThat(read.map().get("dealId")).isEqualTo(dealId);
    }

    @Test
    void test_offer_outOfTurn_is422() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        assertProblem(offer(id, seller, "1000.00"), 422, "out-of-turn", "actorId");
        offer(id, buyer, "800.00");
        assertProblem(offer(id, buyer, "810.00"), 422, "out-of-turn", "actorId");
    }

    @Test
    void test_acceptOwnOffer_isOutOfTurn() {
        String id = open("SELLER", Duration.ofHours(1), 10);
        offer(id, seller, "1000.00");
        assertProblem(http.post("/v1/negotiations/" + id + "/accept", null, seller.headers()), 422, "out-of-turn",
                "actorId");
    }

    @Test
    void test_accept_withoutOffer_is422Empty() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        assertProblem(http.post("/v1/negotiations/" + id + "/accept", null, buyer.headers()), 422, "empty", "offers");
    }

    @Test
    void test_offer_afterDeadline_is422_thenExpire() {
        String id = open("BUYER", Duration.ofMinutes(30), 10);
        assertProblem(http.post("/v1/negotiations/" + id + "/expire", null, buyer.headers()), 422, "at-least", "at");
        clock.advance(Duration.ofMinutes(31));

        assertProblem(offer(id, buyer, "900.00"), 422, "after-deadline", "at");
        Http.Response expired = http.post("/v1/negotiations/" + id + "/expire", null, seller.headers());
        assertThat(expired.status()).as(expired.body()).isEqualTo(200);
        assertThat(expired.map().get("status")).isEqualTo("EXPIRED");
        assertProblem(offer(id, buyer, "900.00"), 422, "invalid-state", "status");
    }

    @Test
    void test_offer_allRoundsUsed_is422() {
        String id = open("BUYER", Duration.ofHours(1), 2);
        offer(id, buyer, "900.00");
        offer(id, seller, "990.00");
        assertProblem(offer(id, buyer, "950.00"), 422, "after-deadline", "round");
        assertThat(http.post("/v1/negotiations/" + id + "/accept", null, buyer.headers()).status())
                .as("the last offer may still be accepted").isEqualTo(200);
    }

    @Test
    void test_offer_otherCurrency_is422() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        offer(id, buyer, "900.00");
        assertProblem(http.post("/v1/negotiations/" + id + "/offers", Market.offer("1.00").replace("CNY", "USD"),
                seller.headers()), 422, "currency-mismatch", "price");
    }

    @Test
    void test_offer_licenceMonthsZero_is422() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        assertProblem(http.post("/v1/negotiations/" + id + "/offers",
                Market.offer("1.00").replace("\"licenceMonths\":12", "\"licenceMonths\":0"), buyer.headers()),
                422, "out-of-range", "licenceMonths");
    }

    @Test
    void test_offer_missingScope_is400() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        Http.Response r = http.post("/v1/negotiations/" + id + "/offers",
                Market.offer("1.00").replace("\"scope\":\"DERIVED_PRODUCTS\",", ""), buyer.headers());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(Problem.Violation::field).contains("scope");
    }

    @Test
    void test_offer_staleVersion_is409() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        offer(id, buyer, "900.00");
        String stale = Market.offer("990.00").replace("\"delivery\":\"API\"", "\"delivery\":\"API\",\"version\":0");
        Http.Response r = http.post("/v1/negotiations/" + id + "/offers", stale, seller.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.problem().type()).isEqualTo("https://dataprice.org/problems/conflict");
        String fresh = stale.replace("\"version\":0", "\"version\":1");
        assertThat(http.post("/v1/negotiations/" + id + "/offers", fresh, seller.headers()).status()).isEqualTo(201);
    }

    @Test
    void test_nonParty_is404AsIfUnknown_onEveryNegotiationEndpoint() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        offer(id, buyer, "900.00");
        for (String[] call : List.of(new String[]{"GET", ""}, new String[]{"POST", "/offers"},
                new String[]{"POST", "/accept"}, new String[]{"POST", "/withdraw"}, new String[]{"POST", "/expire"})) {
            String body = call[1].equals("/offers") ? Market.offer("1.00") : null;
            Http.Response r = http.send(call[0], "/v1/negotiations/" + id + call[1], body, stranger.headers());
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.problem().type()).isEqualTo("https://dataprice.org/problems/not-found");
            assertThat(r.problem().detail()).as("the same answer as for an id that does not exist")
                    .isEqualTo("No negotiation with id " + id);
        }
        Http.Response jwt = http.get("/v1/negotiations/" + id, "Authorization", "Bearer " + TestCredentials.jwt(Role.ADMIN));
        assertThat(jwt.status()).isEqualTo(404);
        String impostor = TestCredentials.jwt(buyer.name(), java.time.Instant.now().plusSeconds(600),
                TestCredentials.JWT_SECRET);
        assertThat(http.get("/v1/negotiations/" + id, "Authorization", "Bearer " + impostor).status())
                .as("a JWT whose sub is the buyer's apikey principal is not the buyer").isEqualTo(404);
    }

    @Test
    void test_open_onOwnListing_is422() {
        Http.Response r = http.post("/v1/negotiations",
                Market.negotiation(listingId, "BUYER", clock.instant().plus(Duration.ofHours(1)), 5), seller.headers());
        assertProblem(r, 422, "invalid-state", "buyerId");
    }

    @Test
    void test_open_fixedPriceListing_is422() {
        String fixed = listing("FIXED_PRICE");
        Http.Response r = http.post("/v1/negotiations",
                Market.negotiation(fixed, "BUYER", clock.instant().plus(Duration.ofHours(1)), 5), buyer.headers());
        assertProblem(r, 422, "invalid-state", "listing.mode");
    }

    @Test
    void test_open_deadlineInPast_is422() {
        Http.Response r = http.post("/v1/negotiations",
                Market.negotiation(listingId, "BUYER", clock.instant().minus(Duration.ofHours(1)), 5), buyer.headers());
        assertProblem(r, 422, "greater-than", "deadline");
    }

    @Test
    void test_open_zeroRounds_is400_unknownListing_is404() {
        Http.Response r = http.post("/v1/negotiations",
                Market.negotiation(listingId, "BUYER", clock.instant().plus(Duration.ofHours(1)), 0), buyer.headers());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(Problem.Violation::field).contains("maxRounds");
        assertThat(http.post("/v1/negotiations", Market.negotiation("nope", "BUYER",
                clock.instant().plus(Duration.ofHours(1)), 5), buyer.headers()).status()).isEqualTo(404);
    }

    @Test
    void test_withdraw_thenNoMoreOffers() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        Http.Response w = http.post("/v1/negotiations/" + id + "/withdraw", null, seller.headers());
        assertThat(w.status()).isEqualTo(200);
        assertThat(w.map().get("status")).isEqualTo("WITHDRAWN");
        assertProblem(offer(id, buyer, "1.00"), 422, "invalid-state", "status");
    }

    @Test
    void test_offer_replayWithSameKey_appendsOnce() {
        String id = open("BUYER", Duration.ofHours(1), 10);
        String key = TestCredentials.idempotencyKey();
        Http.Response first = http.post("/v1/negotiations/" + id + "/offers", Market.offer("900.00"), buyer.headers(key));
        Http.Response again = http.post("/v1/negotiations/" + id + "/offers", Market.offer("900.00"), buyer.headers(key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        Http.Response read = http.get("/v1/negotiations/" + id, "X-API-KEY", buyer.key());
        assertThat(offers(read)).hasSize(1);
        assertThat(read.map().get("version")).isEqualTo(1);
    }

    @Test
    void test_offer_sameKeyStillInFlight_is409() throws Exception {
        String id = open("BUYER", Duration.ofHours(1), 10);
        String key = TestCredentials.idempotencyKey();
        String path = "/v1/negotiations/" + id + "/offers";
        OfferRequest decoded = json.readValue(Market.offer("900.00"), OfferRequest.class);
        byte[] head = ("POST\n" + path + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] payload = json.writeValueAsBytes(decoded);
        byte[] all = new byte[head.length + payload.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(payload, 0, all, head.length, payload.length);
        // another instance has claimed this key and is still processing it (its transaction is open)
        String fingerprint = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(all));
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<?> other = java.util.concurrent.CompletableFuture.runAsync(() ->
                idempotency.execute(new org.dataprice.api.idempotency.IdempotencyStore.Request(buyer.name(), key,
                        "POST", path, fingerprint), () -> {
                    entered.countDown();
                    try {
                        release.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "other";
                }, result -> java.util.Optional.empty()));
        Http.Response r;
        try {
            assertThat(entered.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            r = http.post(path, Market.offer("900.00"), buyer.headers(key));
        } finally {
            release.countDown();
        }
        other.get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.problem().type()).isEqualTo("https://dataprice.org/problems/idempotency-in-flight");
        assertThat(offers(http.get("/v1/negotiations/" + id, "X-API-KEY", buyer.key()))).isEmpty();
    }

    @Test
    void test_accept_replayWithSameKey_recordsOneDeal() {
        String id = open("SELLER", Duration.ofHours(1), 10);
        offer(id, seller, "990.00");
        String key = TestCredentials.idempotencyKey();
        Http.Response first = http.post("/v1/negotiations/" + id + "/accept", null, buyer.headers(key));
        Http.Response again = http.post("/v1/negotiations/" + id + "/accept", null, buyer.headers(key));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.map().get("dealId")).isEqualTo(first.map().get("dealId"));
        Http.Response all = http.get("/v1/deals", "X-API-KEY", stranger.key());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().split(id, -1)).as("one deal for this negotiation").hasSize(2);
        assertProblem(http.post("/v1/negotiations/" + id + "/accept", null, buyer.headers()), 422, "invalid-state",
                "status");
    }

    @Test
    void test_offer_eightConcurrentPerTurn_exactlyOneWinsEachTurn() throws Exception {
        String id = open("BUYER", Duration.ofHours(1), 100);
        int turns = 4;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int turn = 0; turn < turns; turn++) {
                Market.Party mover = turn % 2 == 0 ? buyer : seller;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Http.Response>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String price = (900 + turn * 10 + t) + ".00";
                    futures.add(pool.submit(() -> {
                        go.await();
                        return offer(id, mover, price);
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Http.Response> f : futures) {
                    Http.Response r = f.get(60, TimeUnit.SECONDS);
                    if (r.status() == 201) {
                        won++;
                    } else {
                        assertThat(r.status()).as(r.body()).isIn(409, 422);
                        if (r.status() == 422) {
                            assertThat(r.problem().rule()).isEqualTo("out-of-turn");
                        }
                    }
                }
                assertThat(won).as("turn " + turn).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        Http.Response read = http.get("/v1/negotiations/" + id, "X-API-KEY", buyer.key());
        List<Map<String, Object>> log = offers(read);
        assertThat(log).hasSize(turns);
        assertThat(log).extracting(o -> o.get("round")).containsExactly(0, 1, 2, 3);
        assertThat(log).extracting(o -> o.get("proposer")).containsExactly("BUYER", "SELLER", "BUYER", "SELLER");
        assertThat(read.map().get("version")).isEqualTo(turns);
        assertThat(read.map().get("turn")).isEqualTo("BUYER");
    }
}
