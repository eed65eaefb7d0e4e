package org.dataprice.api.pricing.tariff;

import org.dataprice.api.pricing.Market;

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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tariffs and periods over HTTP. The fee is hand-computed with the cumulative band formula
 * fee(q) = Σ_k price_k × max(0, min(q, upper_k) − lower_k) (发改价格〔2025〕65号; Fujian trial standard):
 * bands 0.10 from 0, 0.08 from 1,000, 0.05 from 10,000 and q = 15,000 give
 * 1,000 × 0.10 + 9,000 × 0.08 + 5,000 × 0.05 = 100 + 720 + 250 = 1,070.00; with a 20 % scenario
 * discount 856.00; for 公益 use 0.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TariffEndpointsTest {
    private static final String PERIOD = """
            {"validFrom":"2026-01-01T00:00:00Z","validUntil":"2027-01-01T00:00:00Z",
             "cap":{"amount":"0.10","currency":"CNY"},
             "tiers":[{"fromVolume":0,"unitPrice":0.10},{"fromVolume":1000,"unitPrice":0.08},
                      {"fromVolume":10000,"unitPrice":0.05}],
             "discounts":[{"scenario":"sme","discount":0.2}]}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    Market.Party admin;
    Market.Party reader;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        admin = Market.party(keys, Role.ADMIN);
        reader = Market.party(keys, Role.READER);
    }

    private String tariff() {
        Http.Response r = http.post("/v1/tariffs", "{\"productId\":\"pub-1\",\"currency\":\"CNY\",\"trial\":true}",
                admin.headers());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Market.id(r);
    }

    private static BigDecimal amount(Map<String, Object> body, String key) {
        return new BigDecimal(Market.obj(body, key).get("amount").toString());
    }

    private static void assertProblem(Http.Response r, int status, String rule, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(r.problem().rule()).isEqualTo(rule);
        assertThat(r.problem().field()).isEqualTo(field);
    }

    @Test
    void test_period_feeOfFifteenThousand_isCumulative() {
        String id = tariff();
        Http.Response period = http.post("/v1/tariffs/" + id + "/periods", PERIOD, admin.headers());
        assertThat(period.status()).as(period.body()).isEqualTo(201);

        Http.Response fee = http.get("/v1/tariffs/" + id + "/fee?volume=15000&use=INDUSTRY&at=2026-06-01T00:00:00Z",
                "X-API-KEY", reader.key());
        assertThat(fee.status()).as(fee.body()).isEqualTo(200);
        assertThat(amount(fee.map(), "tieredFee")).isEqualByComparingTo("1070.00");
        assertThat(amount(fee.map(), "fee")).isEqualByComparingTo("1070.00");
        assertThat(fee.map().get("periodId")).isEqualTo(period.map().get("id"));

        Http.Response discounted = http.get("/v1/tariffs/" + id
                + "/fee?volume=15000&use=INDUSTRY&scenario=sme&at=2026-06-01T00:00:00Z", "X-API-KEY", reader.key());
        assertThat(amount(discounted.map(), "fee")).isEqualByComparingTo("856.00");

        Http.Response free = http.get("/v1/tariffs/" + id
                + "/fee?volume=15000&use=PUBLIC_INTEREST&at=2026-06-01T00:00:00Z", "X-API-KEY", reader.key());
        assertThat(amount(free.map(), "fee")).isEqualByComparingTo("0");
        assertThat(free.map().get("free")).isEqualTo(true);

        Http.Response shown = http.get("/v1/tariffs/" + id, "X-API-KEY", reader.key());
        assertThat((List<?>) shown.map().get("periods")).hasSize(1);
        assertThat(shown.map().get("trial")).isEqualTo(true);
    }

    @Test
    void test_period_overlapping_is422() {
        String id = tariff();
        http.post("/v1/tariffs/" + id + "/periods", PERIOD, admin.headers());
        assertProblem(http.post("/v1/tariffs/" + id + "/periods",
                PERIOD.replace("2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z")
                        .replace("2027-01-01T00:00:00Z", "2027-06-01T00:00:00Z"), admin.headers()),
                422, "invalid-state", "validFrom");
        Http.Response next = http.post("/v1/tariffs/" + id + "/periods",
                PERIOD.replace("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")
                        .replace("2027-01-01T00:00:00Z\",\n \"cap", "2028-01-01T00:00:00Z\",\n \"cap"),
                admin.headers());
        assertThat(next.status()).as("adjacent period [2027, 2028)" + next.body()).isEqualTo(201);
    }

    @Test
    void test_period_bandAboveCap_is422() {
        String id = tariff();
        assertProblem(http.post("/v1/tariffs/" + id + "/periods", PERIOD.replace("\"0.10\",\"currency\"",
                "\"0.09\",\"currency\""), admin.headers()), 422, "at-most", "tiers[0].unitPrice");
    }

    @Test
    void test_period_firstBandNotFromZero_is422() {
        String id = tariff();
        assertProblem(http.post("/v1/tariffs/" + id + "/periods", PERIOD.replace("{\"fromVolume\":0,",
                "{\"fromVolume\":5,"), admin.headers()), 422, "at-most", "tiers[0].fromVolume");
    }

    @Test
    void test_period_discountAboveOne_is422() {
        String id = tariff();
        assertProblem(http.post("/v1/tariffs/" + id + "/periods", PERIOD.replace("\"discount\":0.2", "\"discount\":1.2"),
                admin.headers()), 422, "out-of-range", "discounts[0].discount");
    }

    @Test
    void test_period_untilBeforeFrom_is422_noTiers_is400() {
        String id = tariff();
        assertProblem(http.post("/v1/tariffs/" + id + "/periods", PERIOD.replace("2027-01-01", "2025-01-01"),
                admin.headers()), 422, "greater-than", "validUntil");
        Http.Response r = http.post("/v1/tariffs/" + id + "/periods", """
                {"validFrom":"2026-01-01T00:00:00Z","validUntil":"2027-01-01T00:00:00Z","tiers":[]}""",
                admin.headers());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(Problem.Violation::field).contains("tiers");
    }

    @Test
    void test_fee_noPeriodAtInstant_is422_unknownTariff_is404() {
        String id = tariff();
        assertProblem(http.get("/v1/tariffs/" + id + "/fee?volume=1&use=INDUSTRY", "X-API-KEY", reader.key()), 422,
                "out-of-range", "at");
        assertThat(http.get("/v1/tariffs/nope", "X-API-KEY", reader.key()).status()).isEqualTo(404);
    }

    @Test
    void test_fee_unknownScenario_is422ListingSupported() {
        String id = tariff();
        http.post("/v1/tariffs/" + id + "/periods", PERIOD, admin.headers());
        for (String use : List.of("INDUSTRY", "PUBLIC_INTEREST")) {
            Http.Response r = http.get("/v1/tariffs/" + id + "/fee?volume=15000&use=" + use
                    + "&scenario=SME&at=2026-06-01T00:00:00Z", "X-API-KEY", reader.key());
            assertProblem(r, 422, "unknown", "scenario");
            assertThat(r.problem().detail()).contains("[sme]").contains("SME");
        }
    }

    @Test
    void test_fee_negativeVolume_is400_unknownUse_is422() {
        String id = tariff();
        Http.Response negative = http.get("/v1/tariffs/" + id + "/fee?volume=-1&use=INDUSTRY", "X-API-KEY", reader.key());
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(negative.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        Http.Response unknownUse = http.get("/v1/tariffs/" + id + "/fee?volume=1&use=GAMBLING", "X-API-KEY", reader.key());
        assertThat(unknownUse.status()).as(unknownUse.body()).isEqualTo(422);
        assertThat(unknownUse.problem().type()).isEqualTo("https://dataprice.org/problems/unknown");
        assertThat(unknownUse.problem().field()).isEqualTo("use");
        assertThat(unknownUse.problem().rule()).isEqualTo("unknown");
        assertThat(unknownUse.problem().detail()).contains("INDUSTRY").contains("PUBLIC_INTEREST").endsWith("was 'GAMBLING'");
    }

    @Test
    void test_createTariff_badCurrency_is400_replay() {
        Http.Response bad = http.post("/v1/tariffs", "{\"productId\":\"p\",\"currency\":\"yuan\"}", admin.headers());
        assertThat(bad.status()).isEqualTo(400);
        String key = TestCredentials.idempotencyKey();
        String body = "{\"productId\":\"p\",\"currency\":\"CNY\",\"trial\":false}";
        Http.Response first = http.post("/v1/tariffs", body, admin.headers(key));
        Http.Response again = http.post("/v1/tariffs", body, admin.headers(key));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Market.id(again)).isEqualTo(Market.id(first));
    }

    @Test
    void test_period_replay_addsOnce() {
        String id = tariff();
        String key = TestCredentials.idempotencyKey();
        http.post("/v1/tariffs/" + id + "/periods", PERIOD, admin.headers(key));
        Http.Response again = http.post("/v1/tariffs/" + id + "/periods", PERIOD, admin.headers(key));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat((List<?>) http.get("/v1/tariffs/" + id, "X-API-KEY", reader.key()).map().get("periods")).hasSize(1);
    }

    @Test
    void test_tariffEndpoints_roles() {
        String id = tariff();
        for (Role role : Role.values()) {
            Market.Party caller = Market.party(keys, role);
            Http.Response create = http.post("/v1/tariffs", "{\"productId\":\"p\",\"currency\":\"CNY\"}", caller.headers());
            Http.Response period = http.post("/v1/tariffs/" + id + "/periods",
                    PERIOD.replace("2026-01-01T00:00:00Z", "2030-01-01T00:00:00Z")
                            .replace("2027-01-01T00:00:00Z", "2030-01-02T00:00:00Z")
                            .replace("\"validFrom\":\"2030-01-01", "\"validFrom\":\"" + (2040 + role.ordinal()) + "-01-01")
                            .replace("\"validUntil\":\"2030-01-02", "\"validUntil\":\"" + (2040 + role.ordinal()) + "-01-02"),
                    "Authorization", "Bearer " + TestCredentials.jwt(role), "Idempotency-Key", TestCredentials.idempotencyKey());
            Http.Response read = http.get("/v1/tariffs/" + id, "X-API-KEY", caller.key());
            assertThat(read.status()).isEqualTo(200);
            if (role == Role.ADMIN) {
                assertThat(create.status()).as(create.body()).isEqualTo(201);
                assertThat(period.status()).as(period.body()).isEqualTo(201);
            } else {
                assertThat(create.status()).as(role.name()).isEqualTo(403);
                assertThat(period.status()).as(role.name()).isEqualTo(403);
                assertThat(period.problem().type()).isEqualTo("https://dataprice.org/problems/forbidden");
            }
        }
        for (String[] call : List.of(new String[]{"POST", "/v1/tariffs"}, new String[]{"GET", "/v1/tariffs/" + id},
                new String[]{"POST", "/v1/tariffs/" + id + "/periods"},
                new String[]{"GET", "/v1/tariffs/" + id + "/fee?volume=1&use=INDUSTRY"})) {
            assertThat(http.send(call[0], call[1], call[0].equals("POST") ? "{}" : null).status())
                    .as(call[1]).isEqualTo(401);
        }
    }
}
