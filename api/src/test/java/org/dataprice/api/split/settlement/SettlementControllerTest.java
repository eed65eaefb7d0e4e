package org.dataprice.api.split.settlement;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.idempotency.IdempotencyRepository;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /v1/settlements}, {@code GET /v1/settlements/{id}},
 * {@code GET /v1/settlements/{id}/periods/{index}/statements} and
 * {@code GET /v1/settlements/{id}/statements/{party}} over HTTP: a hand-computed waterfall, exact sums,
 * multi-period loss carry-forward, idempotency, validation (400), domain errors (422), limits, 401,
 * 403 by role, and party isolation (a party never reads another's statement).
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.split.max-periods", value = "4")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettlementControllerTest {
    private static final String PATH = "/v1/settlements";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String settler;
    String partyAKey;
    String partyAPrincipal;
    String outsiderKey;
    String partyBJwt;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        settler = TestCredentials.key(keys, Role.SETTLEMENT);
        partyAKey = TestCredentials.key(keys, Role.READER);
        partyAPrincipal = "apikey:" + partyAKey.substring(4, 20);
        outsiderKey = TestCredentials.key(keys, Role.READER);
        partyBJwt = TestCredentials.jwt("party-b-user", Instant.now().plusSeconds(3600), TestCredentials.JWT_SECRET,
                Role.READER);
    }

    /**
     * The waterfall of revenue-split's {@code PayoutEngineTest.test_settle_fullWaterfall}, recomputed by hand:
     * pool 10,000.00; 20 % earmarked (2,000.00); 5 % commission on 20,000.00 (1,000.00); 10,001 calls at
     * 0.05 (500.05); 1,200.00 a year for a quarter (300.00); the residual 6,199.95 pro rata to the
     * CoopGame Shapley value (9.5, 8, 6.5): 2,454.15 (one fen by largest remainder) / 2,066.65 / 1,679.15.
     */
    private String waterfall() {
        return """
                {"currency": "CNY",
                 "parties": [{"id": "public-services", "principals": []},
                             {"id": "exchange", "principals": []},
                             {"id": "operator", "principals": []},
                             {"id": "A", "principals": ["%s"]},
                             {"id": "B", "principals": ["jwt:party-b-user"]},
                             {"id": "C", "principals": []}],
                 "periods": [{"label": "2025-Q1", "pool": "10000.00", "terms": {
                    "earmarks": [{"recipient": "public-services", "share": "0.20"}],
                    "commissions": [{"party": "exchange", "transactionValue": "20000", "rate": "0.05"}],
                    "perUseFees": [{"party": "A", "unitFee": "0.05", "calls": 10001}],
                    "annualPayments": [{"party": "operator", "perYear": "1200", "years": "0.25"}],
                    "dividend": {"basis": "VALUE", "weights": [{"party": "A", "weight": "9.5"},
                                 {"party": "B", "weight": "8"}, {"party": "C", "weight": "6.5"}]}}}]}"""
                .formatted(partyAPrincipal);
    }

    private Http.Response create(String body, String key, String credential) {
        return http.post(PATH, body, "X-API-KEY", credential, Idempotent.HEADER, key);
    }

    private Map<String, Object> created(String body) {
        Http.Response response = create(body, TestCredentials.idempotencyKey(), settler);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.map();
    }

    private static Problem problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        return response.problem();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal amount(Object money) {
        Map<String, Object> m = (Map<String, Object>) money;
        assertThat(m.get("currency")).isEqualTo("CNY");
        assertThat(m.get("amount")).isInstanceOf(String.class);
        return new BigDecimal((String) m.get("amount"));
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal lastResult(Object explanation) {
        List<Map<String, Object>> steps = list(((Map<String, Object>) explanation).get("steps"));
        Map<String, Object> result = (Map<String, Object>) steps.get(steps.size() - 1).get("result");
        return new BigDecimal(result.get("number").toString());
    }

    /** Every statement of a period of a summary, read through the period's link (one page of 1,000). */
    private List<Map<String, Object>> statements(Map<String, Object> period) {
        Http.Response page = http.get(period.get("statements") + "?size=1000", "X-API-KEY", settler);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<Map<String, Object>> items = list(page.map().get("items"));
        assertThat(items).hasSize((Integer) period.get("statementCount"));
        assertThat(page.header("X-Total-Count")).isEqualTo(period.get("statementCount").toString());
        return items;
    }

    private Map<String, BigDecimal> totals(Map<String, Object> period) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        statements(period).forEach(s -> out.put((String) s.get("party"), amount(s.get("total"))));
        return out;
    }

    @Test
    void test_create_waterfallMatchesHandComputationAndSumsExactlyToThePool() {
        Http.Response response = create(waterfall(), TestCredentials.idempotencyKey(), settler);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Map<String, Object> body = response.map();
        assertThat(response.header("Location")).isEqualTo(PATH + "/" + body.get("id"));
        Map<String, Object> period = list(body.get("periods")).get(0);
        Map<String, BigDecimal> totals = totals(period);
        assertThat(totals).containsOnly(
                Map.entry("public-services", new BigDecimal("2000.00")), Map.entry("exchange", new BigDecimal("1000.00")),
                Map.entry("operator", new BigDecimal("300.00")), Map.entry("A", new BigDecimal("2954.20")),
                Map.entry("B", new BigDecimal("2066.65")), Map.entry("C", new BigDecimal("1679.15")));
        BigDecimal sum = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as("statements sum exactly to the pool").isEqualTo(new BigDecimal("10000.00"));
        assertThat(amount(period.get("pool"))).isEqualTo(new BigDecimal("10000.00"));
        assertThat(amount(period.get("totalPaid"))).isEqualTo(new BigDecimal("10000.00"));
        assertThat(amount(body.get("totalPaid"))).isEqualTo(new BigDecimal("10000.00"));
        assertThat(amount(period.get("retained"))).isZero();
        assertThat(period.get("statementCount")).isEqualTo(6);
        assertThat(period.get("statements")).isEqualTo(PATH + "/" + body.get("id") + "/periods/0/statements");
        assertThat(list(body.get("totals"))).extracting(t -> t.get("party"), t -> amount(t.get("total"))).containsExactly(
                org.assertj.core.groups.Tuple.tuple("public-services", new BigDecimal("2000.00")),
                org.assertj.core.groups.Tuple.tuple("exchange", new BigDecimal("1000.00")),
                org.assertj.core.groups.Tuple.tuple("A", new BigDecimal("2954.20")),
                org.assertj.core.groups.Tuple.tuple("operator", new BigDecimal("300.00")),
                org.assertj.core.groups.Tuple.tuple("B", new BigDecimal("2066.65")),
                org.assertj.core.groups.Tuple.tuple("C", new BigDecimal("1679.15")));
        Map<String, Object> a = statements(period).stream().filter(st -> "A".equals(st.get("party")))
                .findFirst().orElseThrow();
        assertThat(list(a.get("lines"))).extracting(l -> l.get("kind")).containsExactly("PER_USE", "DIVIDEND");
        assertThat(list(a.get("lines"))).extracting(l -> amount(l.get("amount")))
                .containsExactly(new BigDecimal("500.05"), new BigDecimal("2454.15"));
        assertThat(body.get("createdBy")).isEqualTo("apikey:" + settler.substring(4, 20));
        assertThat(a).as("a period's statements are listed without explanation").doesNotContainKey("explanation");
        assertThat(lastResult(period.get("explanation"))).as("the waterfall ends with the total paid")
                .isEqualByComparingTo("10000.00");
    }

    @Test
    void test_get_answersWhatThePostAnswered() {
        Map<String, Object> posted = created(waterfall());

        Http.Response got = http.get(PATH + "/" + posted.get("id"), "X-API-KEY", settler);

        assertThat(got.status()).as(got.body()).isEqualTo(200);
        assertThat(got.map()).isEqualTo(posted);
    }

    /**
     * Two periods: a loss of 1,000.00 carried forward, then 5,000.00 split 1 : 1 after offsetting it,
     * 2,000.00 each (弥补亏损后再分配). Σ paid + carried forward = Σ pools.
     */
    @Test
    void test_create_multiPeriodCarriesTheLossForward() {
        Map<String, Object> body = created("""
                {"currency": "CNY", "parties": [{"id": "X", "principals": []}, {"id": "Y", "principals": []}],
                 "periods": [
                  {"label": "2025-Q1", "pool": "-1000.00", "terms": {"lossPolicy": "CARRY_FORWARD",
                    "dividend": {"basis": "EQUITY", "weights": [{"party": "X", "weight": "1"}, {"party": "Y", "weight": "1"}]}}},
                  {"label": "2025-Q2", "pool": "5000.00", "terms": {
                    "dividend": {"basis": "EQUITY", "weights": [{"party": "X", "weight": "1"}, {"party": "Y", "weight": "1"}]}}}]}""");

        List<Map<String, Object>> periods = list(body.get("periods"));
        assertThat(amount(periods.get(0).get("carriedForward"))).isEqualTo(new BigDecimal("-1000.00"));
        assertThat(totals(periods.get(0)).values()).allMatch(t -> t.signum() == 0);
        assertThat(amount(periods.get(1).get("carriedIn"))).isEqualTo(new BigDecimal("-1000.00"));
        assertThat(totals(periods.get(1))).containsExactly(Map.entry("X", new BigDecimal("2000.00")),
                Map.entry("Y", new BigDecimal("2000.00")));
        assertThat(amount(body.get("totalPaid")).add(amount(body.get("carriedForward"))))
                .isEqualTo(new BigDecimal("4000.00"));
        assertThat(list(body.get("totals"))).extracting(t -> amount(t.get("total")))
                .containsExactly(new BigDecimal("2000.00"), new BigDecimal("2000.00"));
    }

    /** Three-rights dividends (持有 / 加工 / 经营) with a cap: 900.00 split 0.5·h + 0.3·p + 0.2·o, P capped at 300.00. */
    @Test
    void test_create_rightsWithCap() {
        Map<String, Object> body = created("""
                {"currency": "CNY", "parties": [{"id": "H", "principals": []}, {"id": "P", "principals": []}],
                 "periods": [{"label": "2025", "pool": "900.00", "terms": {
                    "dividend": {"basis": "RIGHTS", "rightsWeights": {"holding": "0.5", "processing": "0.3", "operating": "0.2"},
                      "holdings": [{"party": "H", "holding": "1", "processing": "0", "operating": "0.5"},
                                   {"party": "P", "holding": "0", "processing": "1", "operating": "0.5"}]},
                    "limits": [{"party": "P", "cap": "300.00"}]}}]}""");

        Map<String, BigDecimal> totals = totals(list(body.get("periods")).get(0));
        assertThat(totals).containsExactly(Map.entry("H", new BigDecimal("600.00")), Map.entry("P", new BigDecimal("300.00")));
    }

    /** Seeded random pools and weights, some with earmarks and caps: the statements always sum exactly to the pool. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void test_create_statementsSumExactlyToThePool(long seed) {
        Random random = new Random(seed);
        int parties = 2 + random.nextInt(6);
        BigDecimal pool = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
        StringBuilder roster = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        for (int i = 0; i < parties; i++) {
            String sep = i == 0 ? "" : ",";
            roster.append(sep).append("{\"id\": \"p").append(i).append("\", \"principals\": []}");
            weights.append(sep).append("{\"party\": \"p").append(i).append("\", \"weight\": \"")
                    .append(BigDecimal.valueOf(1 + random.nextInt(10_000), 3).toPlainString()).append("\"}");
        }
        String earmark = random.nextBoolean() ? "" : "\"earmarks\": [{\"recipient\": \"p0\", \"share\": \"0."
                + (1 + random.nextInt(9)) + "\"}], ";
        String cap = random.nextBoolean() ? "" : ", \"limits\": [{\"party\": \"p1\", \"cap\": \""
                + BigDecimal.valueOf(random.nextInt(1_000_000), 2).toPlainString() + "\"}]";
        Map<String, Object> body = created("{\"currency\": \"CNY\", \"parties\": [" + roster + "], \"periods\": [{"
                + "\"label\": \"s" + seed + "\", \"pool\": \"" + pool.toPlainString() + "\", \"terms\": {" + earmark
                + "\"dividend\": {\"basis\": \"EQUITY\", \"weights\": [" + weights + "]}" + cap + "}}]}");

        Map<String, Object> period = list(body.get("periods")).get(0);
        BigDecimal sum = totals(period).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.add(amount(period.get("retained")))).as("seed " + seed).isEqualByComparingTo(pool);
        if (cap.isEmpty()) {
            assertThat(sum).as("seed " + seed).isEqualByComparingTo(pool);
        }
    }

    @Test
    void test_idempotency_replayThenChangedBodyIs422() {
        String key = TestCredentials.idempotencyKey();
        Http.Response first = create(waterfall(), key, settler);
        Http.Response replay = create(waterfall(), key, settler);
        Http.Response changed = create(waterfall().replace("10000.00", "10000.01"), key, settler);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(problem(changed, 422).type()).isEqualTo("https://dataprice.org/problems/idempotency-key-reused");
        assertThat(server.getApplicationContext().getBean(IdempotencyRepository.class).findByIdempotencyKey(key))
                .as("the answer is stored by reference: the ledger holds the body once")
                .singleElement().satisfies(r -> {
                    assertThat(r.responseBody()).isNull();
                    assertThat(r.responseLocation()).isEqualTo(first.header("Location"));
                });
    }

    @Test
    void test_create_withoutIdempotencyKey_is400() {
        Http.Response response = http.post(PATH, waterfall(), "X-API-KEY", settler);

        assertThat(problem(response, 400).type()).isEqualTo("https://dataprice.org/problems/idempotency-key-missing");
    }

    @Test
    void test_validation_is400WithViolations() {
        Problem problem = problem(create("""
                {"currency": "cny", "parties": [], "periods": [{"label": "", "pool": "12,5",
                 "terms": {"dividend": {"basis": "EQUITY"}}}]}""", TestCredentials.idempotencyKey(), settler), 400);

        assertThat(problem.type()).isEqualTo("https://dataprice.org/problems/validation");
        assertThat(problem.violations()).extracting(Problem.Violation::field)
                .contains("currency", "parties", "periods[0].label", "periods[0].pool");
    }

    @Test
    void test_domain_earmarkShareAboveOne_is422WithJsonPath() {
        Problem problem = problem(create(waterfall().replace("\"share\": \"0.20\"", "\"share\": \"1.5\""),
                TestCredentials.idempotencyKey(), settler), 422);

        assertThat(problem.field()).isEqualTo("periods[0].terms.earmarks[0].share");
    }

    @Test
    void test_domain_poolBelowTheFen_is422() {
        Problem problem = problem(create(waterfall().replace("10000.00", "10000.001"), TestCredentials.idempotencyKey(),
                settler), 422);

        assertThat(problem.field()).isEqualTo("periods[0].pool");
        assertThat(problem.rule()).isEqualTo("precision-loss");
    }

    @Test
    void test_domain_partyOfTheTermsNotDeclared_is422() {
        Problem problem = problem(create(waterfall().replace("{\"id\": \"C\", \"principals\": []}",
                "{\"id\": \"D\", \"principals\": []}"), TestCredentials.idempotencyKey(), settler), 422);

        assertThat(problem.field()).isEqualTo("parties");
        assertThat(problem.detail()).contains("C");
    }

    @Test
    void test_domain_partyDeclaredTwice_is422OnTheSecond() {
        Problem problem = problem(create(waterfall().replace("{\"id\": \"C\", \"principals\": []}",
                "{\"id\": \"C\", \"principals\": []}, {\"id\": \"A\", \"principals\": []}"),
                TestCredentials.idempotencyKey(), settler), 422);

        assertThat(problem.field()).isEqualTo("parties[6].id");
        assertThat(problem.rule()).isEqualTo("duplicate");
    }

    @Test
    void test_domain_declaredPartyNotInTheTerms_is422ListingTheTermsParties() {
        Problem problem = problem(create(waterfall().replace("{\"id\": \"C\", \"principals\": []}",
                "{\"id\": \"C\", \"principals\": []}, {\"id\": \"Z\", \"principals\": []}"),
                TestCredentials.idempotencyKey(), settler), 422);

        assertThat(problem.field()).isEqualTo("parties[6].id");
        assertThat(problem.rule()).isEqualTo("unknown");
        assertThat(problem.detail()).contains("[A, B, C, exchange, operator, public-services]");
    }

    @Test
    void test_domain_principalNamedTwice_is422OnItsPath() {
        Problem problem = problem(create(waterfall().replace("[\"jwt:party-b-user\"]",
                "[\"jwt:party-b-user\", \"jwt:other\", \"jwt:party-b-user\"]"), TestCredentials.idempotencyKey(), settler), 422);

        assertThat(problem.field()).isEqualTo("parties[4].principals[2]");
        assertThat(problem.rule()).isEqualTo("duplicate");
    }

    @Test
    void test_domain_limitOnUnknownParty_is422ListingTheParties() {
        Problem problem = problem(create("""
                {"currency": "CNY", "parties": [{"id": "H", "principals": []}, {"id": "P", "principals": []}],
                 "periods": [{"label": "2025", "pool": "900.00", "terms": {
                    "dividend": {"basis": "RIGHTS", "rightsWeights": {"holding": "0.5", "processing": "0.3", "operating": "0.2"},
                      "holdings": [{"party": "H", "holding": "1", "processing": "0", "operating": "0.5"},
                                   {"party": "P", "holding": "0", "processing": "1", "operating": "0.5"}]},
                    "limits": [{"party": "p", "cap": "300.00"}]}}]}""", TestCredentials.idempotencyKey(), settler), 422);

        assertThat(problem.field()).isEqualTo("periods[0].terms.limits[0].party");
        assertThat(problem.rule()).isEqualTo("unknown");
        assertThat(problem.detail()).contains("[H, P]");
    }

    @Test
    void test_domain_unknownCurrency_is422() {
        Problem problem = problem(create(waterfall().replace("\"CNY\"", "\"XYZ\""), TestCredentials.idempotencyKey(),
                settler), 422);

        assertThat(problem.field()).isEqualTo("currency");
    }

    @Test
    void test_limit_tooManyPeriods_is422() {
        String period = "{\"label\": \"p\", \"pool\": \"1.00\", \"terms\": {\"dividend\": {\"basis\": \"EQUITY\", "
                + "\"weights\": [{\"party\": \"X\", \"weight\": \"1\"}]}}}";
        String body = "{\"currency\": \"CNY\", \"parties\": [{\"id\": \"X\", \"principals\": []}], \"periods\": ["
                + String.join(",", Collections.nCopies(5, period)) + "]}";

        Problem problem = problem(create(body, TestCredentials.idempotencyKey(), settler), 422);

        assertThat(problem.field()).isEqualTo("periods");
        assertThat(problem.rule()).isEqualTo("limit-exceeded");
    }

    @Test
    void test_withoutCredentials_is401() {
        assertThat(problem(http.post(PATH, waterfall(), Idempotent.HEADER, "k"), 401).status()).isEqualTo(401);
        assertThat(problem(http.get(PATH + "/00000000-0000-0000-0000-000000000000"), 401).status()).isEqualTo(401);
        assertThat(problem(http.get(PATH + "/00000000-0000-0000-0000-000000000000/statements/A"), 401).status())
                .isEqualTo(401);
    }

    /** Pages of two over the six statements of the waterfall: the same statements, in order, X-Total-Count and Link. */
    @Test
    void test_periodStatements_pagesInOrderWithTotalAndNextLink() {
        Map<String, Object> body = created(waterfall());
        String base = PATH + "/" + body.get("id") + "/periods/0/statements";

        Http.Response first = http.get(base + "?page=0&size=2", "X-API-KEY", settler);
        Http.Response last = http.get(base + "?page=2&size=2", "X-API-KEY", settler);
        Http.Response past = http.get(base + "?page=3&size=2", "X-API-KEY", settler);
        Http.Response byDefault = http.get(base, "X-API-KEY", settler);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("X-Total-Count")).isEqualTo("6");
        assertThat(first.header("Link")).isEqualTo("<" + base + "?page=1&size=2>; rel=\"next\"");
        Map<String, Object> page = first.map();
        assertThat(page).containsEntry("settlementId", body.get("id")).containsEntry("index", 0)
                .containsEntry("label", "2025-Q1").containsEntry("page", 0).containsEntry("size", 2).containsEntry("total", 6);
        assertThat(list(page.get("items"))).extracting(st -> st.get("party")).containsExactly("public-services", "exchange");
        assertThat(list(last.map().get("items"))).extracting(st -> st.get("party")).containsExactly("B", "C");
        assertThat(last.header("Link")).as("no next page after the last").isNull();
        assertThat(list(past.map().get("items"))).isEmpty();
        assertThat(byDefault.map()).containsEntry("size", 100);
        assertThat(list(byDefault.map().get("items"))).extracting(st -> st.get("party"))
                .containsExactly("public-services", "exchange", "A", "operator", "B", "C");
        assertThat(list(list(byDefault.map().get("items")).get(1).get("lines"))).singleElement()
                .satisfies(l -> assertThat(amount(l.get("amount"))).isEqualTo(new BigDecimal("1000.00")));
    }

    @Test
    void test_periodStatements_unknownPeriodOrSettlementIs404_badPagingIs400() {
        String id = (String) created(waterfall()).get("id");

        assertThat(problem(http.get(PATH + "/" + id + "/periods/1/statements", "X-API-KEY", settler), 404).type())
                .isEqualTo("https://dataprice.org/problems/not-found");
        assertThat(problem(http.get(PATH + "/00000000-0000-0000-0000-000000000000/periods/0/statements",
                "X-API-KEY", settler), 404).status()).isEqualTo(404);
        assertThat(problem(http.get(PATH + "/" + id + "/periods/0/statements?size=1001", "X-API-KEY", settler), 400)
                .type()).isEqualTo("https://dataprice.org/problems/validation");
        assertThat(problem(http.get(PATH + "/" + id + "/periods/0/statements?size=0", "X-API-KEY", settler), 400)
                .status()).isEqualTo(400);
        assertThat(problem(http.get(PATH + "/" + id + "/periods/0/statements?page=-1", "X-API-KEY", settler), 400)
                .status()).isEqualTo(400);
        assertThat(problem(http.get(PATH + "/" + id + "/periods/0/statements"), 401).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void test_roles_onlyAdminAndSettlementCreateAndReadAll(Role role) {
        String id = (String) created(waterfall()).get("id");
        boolean allowed = role == Role.ADMIN || role == Role.SETTLEMENT;
        boolean reads = allowed || role == Role.SUPERVISOR;

        Http.Response byKey = create(waterfall(), TestCredentials.idempotencyKey(), TestCredentials.key(keys, role));
        Http.Response byJwt = http.post(PATH, waterfall(), "Authorization", "Bearer " + TestCredentials.jwt(role),
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        Http.Response read = http.get(PATH + "/" + id, "X-API-KEY", TestCredentials.key(keys, role));
        Http.Response statement = http.get(PATH + "/" + id + "/statements/C", "X-API-KEY", TestCredentials.key(keys, role));
        Http.Response page = http.get(PATH + "/" + id + "/periods/0/statements", "X-API-KEY", TestCredentials.key(keys, role));

        assertThat(byKey.status()).as(byKey.body()).isEqualTo(allowed ? 201 : 403);
        assertThat(byJwt.status()).as(byJwt.body()).isEqualTo(allowed ? 201 : 403);
        assertThat(read.status()).as(read.body()).isEqualTo(reads ? 200 : 403);
        assertThat(page.status()).as(page.body()).isEqualTo(reads ? 200 : 403);
        assertThat(statement.status()).as("a role alone reads no party's statement")
                .isEqualTo(reads ? 200 : 404);
        if (!allowed) {
            assertThat(byKey.problem().type()).isEqualTo("https://dataprice.org/problems/forbidden");
        }
    }

    @Test
    void test_statements_eachPartyReadsOnlyItsOwn() {
        String id = (String) created(waterfall()).get("id");
        String base = PATH + "/" + id + "/statements/";

        Http.Response own = http.get(base + "A", "X-API-KEY", partyAKey);
        Http.Response other = http.get(base + "B", "X-API-KEY", partyAKey);
        Http.Response unknownParty = http.get(base + "Z", "X-API-KEY", partyAKey);
        Http.Response outsider = http.get(base + "A", "X-API-KEY", outsiderKey);
        Http.Response byJwt = http.get(base + "B", "Authorization", "Bearer " + partyBJwt);
        Http.Response jwtOther = http.get(base + "A", "Authorization", "Bearer " + partyBJwt);
        String impostor = TestCredentials.jwt(partyAPrincipal, Instant.now().plusSeconds(600), TestCredentials.JWT_SECRET);
        Http.Response byImpostor = http.get(base + "A", "Authorization", "Bearer " + impostor);

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        Map<String, Object> mine = own.map();
        assertThat(mine.get("party")).isEqualTo("A");
        assertThat(amount(mine.get("total"))).isEqualTo(new BigDecimal("2954.20"));
        assertThat(list(mine.get("periods"))).hasSize(1);
        assertThat(problem(other, 404).type()).isEqualTo("https://dataprice.org/problems/not-found");
        assertThat(problem(unknownParty, 404).detail()).as("no hint whether Z exists")
                .isEqualTo(problem(other, 404).detail().replace("party B", "party Z"));
        assertThat(problem(outsider, 404).type()).isEqualTo("https://dataprice.org/problems/not-found");
        assertThat(byJwt.status()).as(byJwt.body()).isEqualTo(200);
        assertThat(amount(byJwt.map().get("total"))).isEqualTo(new BigDecimal("2066.65"));
        assertThat(problem(jwtOther, 404).status()).isEqualTo(404);
        assertThat(problem(byImpostor, 404).status()).as("a JWT whose sub is apikey:<A's key> is not that key")
                .isEqualTo(404);
    }

    @Test
    void test_statements_settlementRoleReadsAnyPartyAnd404sUnknowns() {
        String id = (String) created(waterfall()).get("id");

        Http.Response any = http.get(PATH + "/" + id + "/statements/public-services", "X-API-KEY", settler);
        Http.Response noParty = http.get(PATH + "/" + id + "/statements/Z", "X-API-KEY", settler);
        Http.Response noSettlement = http.get(PATH + "/00000000-0000-0000-0000-000000000000", "X-API-KEY", settler);

        assertThat(any.status()).isEqualTo(200);
        assertThat(amount(any.map().get("total"))).isEqualTo(new BigDecimal("2000.00"));
        assertThat(problem(noParty, 404).status()).isEqualTo(404);
        assertThat(problem(noSettlement, 404).status()).isEqualTo(404);
    }
}
