package org.dataprice.api.supervision;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/supervision/...} over HTTP: versioned rules, a deal checked as it is recorded (a purchase far below the
 * appraisal band raises a stored {@code price.band} alert with evidence and explanation), the alert workflow, the
 * batch scan storing alerts once, owner links and the self-dealing pattern, concentration, error paths with their
 * JSON paths, and access (SUPERVISOR only; missing and forged keys 401).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionEndpointsTest {
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
    Market.Party buyer;
    Market.Party appraiser;
    String dealId;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        supervisor = Market.party(keys, Role.SUPERVISOR);
        seller = Market.party(keys, Role.READER);
        buyer = Market.party(keys);
        appraiser = Market.party(keys, Role.APPRAISER);
        dealId = purchaseBelowBand();
    }

    /** A fixed-price listing (0.10 a call) appraised at 1000.00 ± 20 %, justified, and 15,000 calls bought for 1,070.00. */
    private String purchaseBelowBand() {
        Http.Response listing = http.post("/v1/listings", PricingExamples.LISTING_FIXED_PRICE, seller.headers());
        assertThat(listing.status()).as(listing.body()).isEqualTo(201);
        String id = Market.id(listing);
        Http.Response appraisal = http.post("/v1/listings/" + id + "/appraisals", PricingExamples.APPRAISAL,
                appraiser.headers());
        assertThat(appraisal.status()).as(appraisal.body()).isEqualTo(201);
        Http.Response justified = http.post("/v1/listings/" + id + "/justification", PricingExamples.JUSTIFICATION,
                seller.headers());
        assertThat(justified.status()).as(justified.body()).isEqualTo(201);
        Http.Response bought = http.post("/v1/listings/" + id + "/purchases", PricingExamples.PURCHASE_VOLUME,
                buyer.headers());
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        return (String) bought.map().get("dealId");
    }

    private Http.Response get(String path) {
        return http.get(path, "X-API-KEY", supervisor.key());
    }

    private Http.Response post(String path, String body) {
        return http.post(path, body, supervisor.headers());
    }

    private static void assertProblem(Http.Response response, int status, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.problem().rule()).as(response.body()).isEqualTo(rule);
        assertThat(response.problem().field()).as(response.body()).isEqualTo(field);
    }

    private List<Map<String, Object>> list(Http.Response r) {
        return r.read(Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private String today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }

    private Map<String, Object> bandAlert() {
        Http.Response r = get("/v1/supervision/alerts?dealId=" + dealId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Map<String, Object>> alerts = list(r);
        assertThat(alerts).extracting(a -> a.get("ruleId")).contains("price.band");
        return alerts.stream().filter(a -> "price.band".equals(a.get("ruleId"))).findFirst().orElseThrow();
    }

    @Test
    void test_dealRecorded_belowBand_storesAlertWithEvidence() {
        Map<String, Object> alert = bandAlert();

        assertThat(alert.get("severity")).isEqualTo("HIGH");
        assertThat(alert.get("source")).isEqualTo("DEAL");
        assertThat(alert.get("subject")).isEqualTo(dealId);
        assertThat(alert.get("evidenceIds").toString()).contains(dealId);
        assertThat((List<?>) alert.get("figures")).isNotEmpty();
        assertThat(Market.obj(alert, "explanation").get("steps")).isNotNull();
        assertThat(alert.get("status")).isEqualTo("OPEN");
        Http.Response one = get("/v1/supervision/alerts/" + alert.get("id"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.map().get("ruleVersion")).isEqualTo(alert.get("ruleVersion"));
    }

    @Test
    void test_alertWorkflow_acknowledgeEscalateClose_thenFinal() {
        String id = (String) bandAlert().get("id");
        String path = "/v1/supervision/alerts/" + id + "/transitions";

        Http.Response ack = post(path, "{\"status\":\"ACKNOWLEDGED\"}");
        Http.Response noReason = post(path, "{\"status\":\"ESCALATED\"}");
        Http.Response escalated = post(path, "{\"status\":\"ESCALATED\",\"reason\":\"price 1,070 for 15,000 calls\"}");
        Http.Response back = post(path, "{\"status\":\"ACKNOWLEDGED\"}");
        Http.Response closed = post(path, "{\"status\":\"CLOSED\",\"reason\":\"volume discount confirmed\"}");
        Http.Response again = post(path, "{\"status\":\"CLOSED\",\"reason\":\"twice\"}");

        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.map().get("status")).isEqualTo("ACKNOWLEDGED");
        assertProblem(noReason, 422, "missing", "reason");
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
        assertProblem(back, 422, "invalid-state", "status");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        List<?> events = (List<?>) closed.map().get("events");
        assertThat(events).hasSize(4);
        assertThat(closed.map().get("status")).isEqualTo("CLOSED");
        assertProblem(again, 422, "invalid-state", "status");
        assertThat(get("/v1/supervision/alerts?status=CLOSED&ruleId=price.band").body()).contains(id);
        Http.Response ledgers = http.get("/v1/ledgers/verification", "X-API-KEY",
                Market.party(keys, Role.ADMIN).key());
        assertThat(ledgers.body()).contains("\"ledger\":\"supervision-alert-events\"")
                .doesNotContain("\"status\":\"BROKEN\"");
    }

    @Test
    void test_transition_errors() {
        String id = (String) bandAlert().get("id");

        assertProblem(post("/v1/supervision/alerts/" + id + "/transitions", "{\"status\":\"REOPENED\"}"), 422,
                "unknown", "status");
        assertProblem(post("/v1/supervision/alerts/" + id + "/transitions", "{\"reason\":\"x\"}"), 400,
                "missing", "status");
        Http.Response unknown = post("/v1/supervision/alerts/00000000-0000-0000-0000-000000000000/transitions",
                "{\"status\":\"ACKNOWLEDGED\"}");
        assertThat(unknown.status()).isEqualTo(404);
        Http.Response noKey = http.post("/v1/supervision/alerts/" + id + "/transitions",
                "{\"status\":\"ACKNOWLEDGED\"}", "X-API-KEY", supervisor.key());
        assertThat(noKey.status()).isEqualTo(400);
    }

    @Test
    void test_rules_reviseBumpsVersions_historyKeepsThem() {
        int before = ((Number) get("/v1/supervision/rules").map().get("version")).intValue();

        Http.Response revised = post("/v1/supervision/rules",
                "{\"rules\":[{\"id\":\"price.reference\",\"severity\":\"HIGH\",\"parameters\":{\"maxDeviation\":0.5}}]}");

        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        assertThat(revised.map().get("version")).isEqualTo(before + 1);
        assertThat(revised.map().get("createdBy")).isEqualTo(supervisor.name());
        Map<String, Object> reference = ((List<?>) revised.map().get("rules")).stream()
                .map(r -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) r;
                    return m;
                }).filter(r -> "price.reference".equals(r.get("id"))).findFirst().orElseThrow();
        assertThat(reference.get("severity")).isEqualTo("HIGH");
        assertThat(((Number) reference.get("version")).intValue()).isGreaterThanOrEqualTo(2);
        List<Map<String, Object>> history = list(get("/v1/supervision/rules/history"));
        assertThat(history.get(0).get("version")).isEqualTo(before + 1);
        assertThat(history.get(history.size() - 1).get("version")).isEqualTo(0);
    }

    @Test
    void test_rules_errors_nameJsonPaths() {
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[{\"id\":\"price.band\"},"
                + "{\"id\":\"price.hampel\",\"parameters\":{\"threshold\":0}}]}"), 422, "greater-than",
                "rules[1].parameters.threshold");
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[{\"id\":\"price.nope\"}]}"), 422, "unknown",
                "rules[0].id");
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[{\"id\":\"price.hampel\",\"parameters\":"
                + "{\"minSample\":5.5}}]}"), 422, "invalid-format", "rules[0].parameters.minSample");
        assertProblem(post("/v1/supervision/rules", "{\"rules\":[{\"id\":\"price.band\",\"severity\":\"LOUD\"}]}"),
                422, "unknown", "rules[0].severity");
        assertProblem(post("/v1/supervision/rules", "{\"reportingThreshold\":{\"amount\":\"-1\",\"currency\":\"CNY\"},"
                + "\"rules\":[]}"), 422, "greater-than", "reportingThreshold");
    }

    @Test
    void test_scan_storesEachAlertOnce_andBoundsTheWindow() {
        String body = "{\"from\":\"" + today() + "\",\"to\":\"" + today() + "\"}";

        Http.Response first = post("/v1/supervision/scans", body);
        Http.Response second = post("/v1/supervision/scans", body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(((Number) first.map().get("deals")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(second.map().get("alerts").toString()).doesNotContain("created=true");
        assertThat(first.body()).contains("\"ruleId\":\"price.band\"");
        assertProblem(post("/v1/supervision/scans", "{\"from\":\"2026-02-01\",\"to\":\"2026-01-01\"}"), 422,
                "at-least", "to");
        assertProblem(post("/v1/supervision/scans", "{\"from\":\"2020-01-01\",\"to\":\"2026-01-01\"}"), 422,
                "at-most", "to");
        assertProblem(post("/v1/supervision/scans", "{\"from\":\"2020-13-01\",\"to\":\"2026-01-01\"}"), 400,
                "invalid-format", "from");
    }

    @Test
    void test_ownerLink_selfDealingPattern_andConcentration() {
        Http.Response same = post("/v1/supervision/owner-links",
                "{\"partyA\":\"" + seller.name() + "\",\"partyB\":\"" + seller.name() + "\"}");
        Http.Response declared = post("/v1/supervision/owner-links",
                "{\"partyA\":\"" + seller.name() + "\",\"partyB\":\"" + buyer.name() + "\"}");
        Http.Response again = post("/v1/supervision/owner-links",
                "{\"partyA\":\"" + buyer.name() + "\",\"partyB\":\"" + seller.name() + "\"}");

        assertProblem(same, 422, "invalid-state", "partyB");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map().get("id")).isEqualTo(declared.map().get("id"));
        Http.Response patterns = get("/v1/supervision/patterns?from=" + today() + "&to=" + today());
        assertThat(patterns.status()).as(patterns.body()).isEqualTo(200);
        assertThat(patterns.body()).contains("\"ruleId\":\"pattern.selfDealing\"").contains(dealId);
        Http.Response concentration = get("/v1/supervision/concentration?from=" + today() + "&to=" + today()
                + "&side=BUYER");
        assertThat(concentration.status()).as(concentration.body()).isEqualTo(200);
        assertThat(concentration.body()).contains("\"category\":\"PUBLIC\"").contains(buyer.name());
        assertProblem(get("/v1/supervision/concentration?from=" + today() + "&to=2000-01-01"), 422, "at-least", "to");
    }

    @Test
    void test_integrity_noDealAfterDeadlineOrByNonParty() {
        Http.Response listing = http.post("/v1/listings", Market.listing("prod-sup-int", "ENTERPRISE", "INDUSTRY",
                "NEGOTIATED", "1000.00", clock.instant()), seller.headers());
        Http.Response opened = http.post("/v1/negotiations", Market.negotiation(Market.id(listing), "BUYER",
                clock.instant().plusSeconds(3600), 4), buyer.headers());
        String n = Market.id(opened);
        assertThat(http.post("/v1/negotiations/" + n + "/offers", Market.offer("950.00"), buyer.headers()).status())
                .isEqualTo(201);
        Http.Response accepted = http.post("/v1/negotiations/" + n + "/accept", null, seller.headers());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        Http.Response proof = get("/v1/supervision/integrity?from=" + today() + "&to=" + today());

        assertThat(proof.status()).as(proof.body()).isEqualTo(200);
        assertThat(((Number) proof.map().get("deals")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat((List<?>) proof.map().get("offenders")).isEmpty();
        assertProblem(get("/v1/supervision/integrity?from=" + today() + "&to=2000-01-01"), 422, "at-least", "to");
        assertProblem(get("/v1/supervision/integrity?from=2000-01-01&to=" + today()), 422, "at-most", "to");
    }

    @Test
    void test_access_supervisorOnly_missingAndForgedKeys401() {
        for (Role role : Role.values()) {
            Http.Response r = http.get("/v1/supervision/alerts", "X-API-KEY", TestCredentials.key(keys, role));
            assertThat(r.status()).as(role + ": " + r.body()).isEqualTo(role == Role.SUPERVISOR ? 200 : 403);
        }
        assertThat(http.get("/v1/supervision/rules").status()).isEqualTo(401);
        assertThat(http.get("/v1/supervision/rules", "X-API-KEY", "dp_forged0000000000000000").status()).isEqualTo(401);
        assertThat(http.post("/v1/supervision/rules", "{\"rules\":[]}", "X-API-KEY", seller.key(),
                "Idempotency-Key", TestCredentials.idempotencyKey()).status()).isEqualTo(403);
    }
}
