package org.dataprice.api.supervision;

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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /v1/supervision/patterns/collusion} over HTTP on a market built through the API: four sealed-bid auctions
 * won in turn by a ring of three bidders (bid rotation), an auction whose three losing bids sit together at 80 % of
 * the winner's (cover bidding), two buyers making the same three offers (identical offers), two sellers changing
 * their fixed-price quotes together three times while a third moves on its own (parallel pricing); clean
 * counterparts raise nothing. Then the pattern settings (a new rules version changes severity and switches a screen
 * off, and the findings cite it), the scan storing the findings once, the window's error paths and access.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("unchecked")
class CollusionScreensTest {
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
    Market.Party seller;
    Market.Party x;
    Market.Party y;
    Market.Party z;
    Market.Party w;
    Market.Party quoterA;
    Market.Party quoterB;
    Market.Party quoterC;
    Market.Party buyerP;
    Market.Party buyerQ;
    String from;
    String to;
    List<String> rotation = new ArrayList<>();
    String cover;
    List<String> negotiations = new ArrayList<>();
    List<String> quotesAB = new ArrayList<>();
    List<String> quotesC = new ArrayList<>();

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        supervisor = Market.party(keys, Role.SUPERVISOR);
        seller = Market.party(keys, Role.READER);
        x = Market.party(keys);
        y = Market.party(keys);
        z = Market.party(keys);
        w = Market.party(keys);
        quoterA = Market.party(keys, Role.READER);
        quoterB = Market.party(keys, Role.READER);
        quoterC = Market.party(keys, Role.READER);
        buyerP = Market.party(keys);
        buyerQ = Market.party(keys);
        from = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        String listing = listing(seller, "prod-collusion-auc", "AUCTION", "100.00");
        Market.Party[] ring = {x, y, z, x};
        for (Market.Party winner : ring) {
            Map<Market.Party, String> bids = new java.util.LinkedHashMap<>();
            for (Market.Party p : List.of(x, y, z)) {
                bids.put(p, p == winner ? "500.00" : p == x ? "400.00" : p == y ? "410.00" : "420.00");
            }
            rotation.add(auction(listing, bids));
        }
        cover = auction(listing, new java.util.LinkedHashMap<>(Map.of(w, "1000.00", x, "800.00", y, "800.50",
                z, "799.50")));
        // the same three buyer offers in two negotiations of two buyers
        for (Market.Party buyer : List.of(buyerP, buyerQ)) {
            String l = listing(seller, "prod-collusion-neg", "NEGOTIATED", "1000.00");
            String n = Market.id(http.post("/v1/negotiations", Market.negotiation(l, "BUYER",
                    clock.instant().plus(Duration.ofDays(60)), 10), buyer.headers()));
            String[][] rounds = {{"500.00", "900.00"}, {"600.00", "850.00"}, {"700.00", null}};
            for (String[] r : rounds) {
                offer(n, buyer, r[0]);
                if (r[1] != null) {
                    offer(n, seller, r[1]);
                }
            }
            negotiations.add(n);
        }
        // A: +10 %, −5 %, +8 %; B the same within the hour; C on its own
        String[][] paths = {{"100.00", "110.00", "104.50", "112.86"}, {"200.00", "220.00", "209.00", "225.72"},
                {"150.00", "165.00", "140.00", "180.00"}};
        for (int step = 0; step < 4; step++) {
            quotesAB.add(listing(quoterA, "prod-collusion-fix", "FIXED_PRICE", paths[0][step]));
            clock.advance(Duration.ofHours(1));
            quotesAB.add(listing(quoterB, "prod-collusion-fix", "FIXED_PRICE", paths[1][step]));
            clock.advance(Duration.ofDays(step == 1 ? 1 : 4));
            quotesC.add(listing(quoterC, "prod-collusion-fix", "FIXED_PRICE", paths[2][step]));
            clock.advance(Duration.ofDays(20));
        }
        to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }

    private String listing(Market.Party owner, String product, String mode, String quote) {
        Http.Response r = http.post("/v1/listings", Market.listing(product, "ENTERPRISE", "INDUSTRY", mode, quote,
                clock.instant()), owner.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private void offer(String negotiation, Market.Party party, String price) {
        Http.Response r = http.post("/v1/negotiations/" + negotiation + "/offers", Market.offer(price), party.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static String money(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"CNY\"}";
    }

    private String auction(String listing, Map<Market.Party, String> bids) {
        Http.Response opened = http.post("/v1/auctions", "{\"listingId\":\"" + listing + "\",\"format\":\"FIRST_PRICE\","
                + "\"reserve\":" + money("100.00") + ",\"deadline\":\"" + clock.instant().plus(Duration.ofMinutes(10))
                + "\",\"rightsType\":\"INTERNAL\"}", seller.headers());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = Market.id(opened);
        bids.forEach((bidder, amount) -> {
            Http.Response r = http.post("/v1/auctions/" + id + "/bids", "{\"amount\":" + money(amount) + "}",
                    bidder.headers());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        });
        clock.advance(Duration.ofMinutes(11));
        Http.Response closed = http.post("/v1/auctions/" + id + "/close", null, seller.headers());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));
        return id;
    }

    private Http.Response get(String path) {
        return http.get(path, "X-API-KEY", supervisor.key());
    }

    private Http.Response collusion() {
        Http.Response r = get("/v1/supervision/patterns/collusion?from=" + from + "&to=" + to);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alerts(Http.Response r, String ruleId) {
        return ((List<Map<String, Object>>) r.map().get("alerts")).stream()
                .filter(a -> ruleId.equals(a.get("ruleId"))).toList();
    }

    private static void assertProblem(Http.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.problem().rule()).as(response.body()).isEqualTo(rule);
        assertThat(response.problem().field()).as(response.body()).isEqualTo(field);
    }

    @Test
    @Order(1)
    void test_bidRotation_andCoverBidding_explainedWithIdsAndFigures() {
        Http.Response r = collusion();

        assertThat(((Number) r.map().get("auctions")).intValue()).isGreaterThanOrEqualTo(5);
        List<String> ring = new ArrayList<>(List.of(x.name(), y.name(), z.name()));
        java.util.Collections.sort(ring);
        assertThat(alerts(r, "pattern.bidRotation")).filteredOn(a -> a.get("subject").equals("ring:" + String.join(",", ring)))
                .singleElement().satisfies(a -> {
                    assertThat((List<Object>) a.get("evidenceIds")).containsExactlyElementsOf(rotation);
                    assertThat(a.get("severity")).isEqualTo("HIGH");
                    assertThat(a.get("ruleVersion")).isEqualTo(1);
                    assertThat(a.toString()).contains(x.name() + " → " + y.name() + " → " + z.name() + " → " + x.name());
                });
        assertThat(alerts(r, "pattern.coverBidding")).filteredOn(a -> a.get("subject").equals(cover)).singleElement()
                .satisfies(a -> assertThat(a.toString()).contains("relativeDistance").contains("loserCv")
                        .contains(w.name()));
        assertThat(alerts(r, "pattern.coverBidding")).as("three-bid rotation auctions are below minBids")
                .noneMatch(a -> rotation.contains(a.get("subject")));
    }

    @Test
    @Order(2)
    void test_identicalOffers_andParallelPricing() {
        Http.Response r = collusion();

        List<String> buyers = new ArrayList<>(List.of(buyerP.name(), buyerQ.name()));
        java.util.Collections.sort(buyers);
        assertThat(alerts(r, "pattern.identicalOffers")).filteredOn(a -> a.get("subject")
                .equals("BUYER:" + String.join(",", buyers))).singleElement().satisfies(a -> {
                    assertThat((List<Object>) a.get("evidenceIds")).containsExactlyInAnyOrderElementsOf(negotiations);
                    assertThat(a.toString()).contains("CNY 500 → 600 → 700");
                });
        assertThat(alerts(r, "pattern.identicalOffers")).as("the one seller's asks are one party")
                .noneMatch(a -> a.get("subject").toString().startsWith("SELLER:"));
        String a = quoterA.name();
        String b = quoterB.name();
        String pair = a.compareTo(b) < 0 ? a + "," + b : b + "," + a;
        List<Map<String, Object>> parallel = alerts(r, "pattern.parallelPricing");
        assertThat(parallel).filteredOn(p -> p.get("subject").equals("parallel:ENTERPRISE:" + pair)).singleElement()
                .satisfies(p -> {
                    assertThat((List<Object>) p.get("evidenceIds")).containsExactlyInAnyOrderElementsOf(quotesAB);
                    assertThat(p.toString()).contains("lockstepShare").contains("matchedMoves");
                    assertThat(p.get("severity")).isEqualTo("WARNING");
                });
        assertThat(parallel).as("C moved on its own").noneMatch(p -> p.get("subject").toString()
                .contains(quoterC.name()));
        assertThat(((Number) r.map().get("quotes")).intValue()).isGreaterThanOrEqualTo(12);
    }

    @Test
    @Order(3)
    void test_scan_storesTheFindingsOnce() {
        String body = "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";

        Http.Response first = http.post("/v1/supervision/scans", body, supervisor.headers());
        Http.Response second = http.post("/v1/supervision/scans", body, supervisor.headers());

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"ruleId\":\"pattern.bidRotation\"").contains("\"ruleId\":\"pattern.parallelPricing\"")
                .contains("\"ruleId\":\"pattern.identicalOffers\"").contains("\"ruleId\":\"pattern.coverBidding\"");
        assertThat(second.map().get("alerts").toString()).doesNotContain("created=true");
        Http.Response stored = get("/v1/supervision/alerts?ruleId=pattern.parallelPricing");
        assertThat(stored.body()).contains("\"source\":\"PATTERN\"").contains(quotesAB.get(0));
    }

    @Test
    @Order(4)
    void test_settings_newVersionChangesTheScreens_andFindingsCiteIt() {
        Http.Response revised = http.post("/v1/supervision/rules", "{\"rules\":[{\"id\":\"pattern.parallelPricing\","
                + "\"severity\":\"HIGH\"},{\"id\":\"pattern.coverBidding\",\"enabled\":false}]}", supervisor.headers());
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        int version = ((Number) revised.map().get("version")).intValue();

        Http.Response r = collusion();

        assertThat(r.map().get("rulesVersion")).isEqualTo(version);
        assertThat(alerts(r, "pattern.coverBidding")).isEmpty();
        assertThat(alerts(r, "pattern.parallelPricing")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("severity")).isEqualTo("HIGH");
            assertThat(p.get("ruleVersion")).isEqualTo(2);
        });
        assertThat(alerts(r, "pattern.bidRotation")).isNotEmpty().allSatisfy(p -> assertThat(p.get("ruleVersion"))
                .isEqualTo(1));
        Http.Response bad = http.post("/v1/supervision/rules", "{\"rules\":[{\"id\":\"pattern.parallelPricing\","
                + "\"parameters\":{\"minShare\":1.5}}]}", supervisor.headers());
        assertProblem(bad, 422, "out-of-range", "rules[0].parameters.minShare");
        Http.Response window = http.post("/v1/supervision/rules", "{\"rules\":[{\"id\":\"pattern.washTrading\","
                + "\"parameters\":{\"windowDays\":400}}]}", supervisor.headers());
        assertProblem(window, 422, "out-of-range", "rules[0].parameters.windowDays");
    }

    @Test
    void test_window_errors() {
        assertProblem(get("/v1/supervision/patterns/collusion?from=" + to + "&to=" + from), 422, "at-least", "to");
        assertProblem(get("/v1/supervision/patterns/collusion?from=2020-01-01&to=2026-01-01"), 422, "at-most", "to");
        assertProblem(get("/v1/supervision/patterns/collusion?from=2020-13-01&to=2026-01-01"), 400, "invalid-format",
                "from");
        assertThat(get("/v1/supervision/patterns/collusion?from=2026-01-01").status()).isEqualTo(400);
    }

    @Test
    void test_access_supervisorOnly() {
        String path = "/v1/supervision/patterns/collusion?from=" + from + "&to=" + from;
        for (Role role : Role.values()) {
            Http.Response r = http.get(path, "X-API-KEY", TestCredentials.key(keys, role));
            assertThat(r.status()).as(role + ": " + r.body()).isEqualTo(role == Role.SUPERVISOR ? 200 : 403);
        }
        assertThat(http.get(path).status()).isEqualTo(401);
        assertThat(http.get(path, "X-API-KEY", "dp_forged0000000000000000").status()).isEqualTo(401);
    }
}
