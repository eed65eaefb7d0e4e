package org.dataprice.api.valuation;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.dataprice.quality.FuzzyOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * {@code POST /v1/appraisal/income/scenarios} and {@code POST /v1/appraisal/quality/{hierarchy|fuzzy|entropy|combined}}:
 * the figures valuation-core's {@code IncomeApproachTest} and {@code QualityModelsTest} verify (hand-computed there and
 * here), Saaty's published house example, 400/422/401/403.
 */
@MicronautTest(transactional = false)
class QualityWeightingControllerTest {
    /** Hand-computed figures are exact up to floating-point rounding. */
    private static final double TOLERANCE = 1e-12;
    /** Saaty (1990) prints 3 decimals. */
    private static final double PUBLISHED_TOLERANCE = 5e-4;

    /** Same case as IncomeApproachTest.test_value_multiScenario: 0.3·(100/1.1 + 100/1.21) + 0.5·200/1.12. */
    static final String SCENARIOS = """
            {"scenarios":[{"name":"credit","share":0.3,"income":[100,100],"discountRate":{"rate":0.1}},
                          {"name":"marketing","share":0.5,"income":["200"],"discountRate":{"rate":0.12}}]}""";

    /**
     * Goal → A (0.75), B (0.25) from a_AB = 3; A → a1, a2 equal; B → b1, b2, b3 from a consistent matrix (0.5, 0.25, 0.25).
     * Global weights by hand: a1 = a2 = 0.375, b1 = 0.125, b2 = b3 = 0.0625. With leaf scores (0.9, 0.8, 0.6, 0.4, 1.0):
     * Q = 0.3375 + 0.3 + 0.075 + 0.025 + 0.0625 = 0.8.
     */
    static final String HIERARCHY = """
            {"root":{"id":"goal","label":"数据质量","judgements":[[1,3],[0.3333333333333333,1]],"children":[
               {"id":"A","label":"准确性","judgements":[[1,1],[1,1]],"children":[
                  {"id":"a1","label":"a1","score":0.9},{"id":"a2","label":"a2","score":0.8}]},
               {"id":"B","label":"完整性","judgements":[[1,2,2],[0.5,1,1],[0.5,1,1]],"children":[
                  {"id":"b1","label":"b1","score":0.6},{"id":"b2","label":"b2","score":0.4},{"id":"b3","label":"b3","score":1.0}]}]}}""";

    /** QualityModelsTest: W = (0.5, 0.3, 0.2), R as there, V = (1, 0.8, 0.6, 0.4). */
    static final String FUZZY = """
            {"weights":[0.5,0.3,0.2],"memberships":[[0.6,0.3,0.1,0],[0.2,0.5,0.2,0.1],[0.1,0.3,0.4,0.2]],
             "gradeValues":[1,0.8,0.6,0.4],"operator":"%s"}""";

    /** QualityModelsTest.test_weigh_entropy. */
    static final String ENTROPY = "{\"values\":[[1,1,0],[1,3,2]]}";

    /** QualityModelsTest.test_combined: s = (0.6, 0.4), o = (0.2, 0.8). */
    static final String COMBINED = "{\"form\":\"MULTIPLICATIVE\",\"subjective\":[0.6,0.4],\"objective\":[0.2,0.8]}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String reader;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        reader = TestCredentials.key(keys, Role.READER);
    }

    private Http.Response post(String path, String body) {
        return http.post(path, body, "X-API-KEY", reader);
    }

    private void assert422(String path, String body, String field) {
        Http.Response r = post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).as(r.body()).isEqualTo(field);
        assertThat(r.problem().rule()).isNotBlank();
    }

    private void assert400(String path, String body, String field) {
        Http.Response r = post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        if (field != null) { // a malformed value (unknown enum, null in a list) may fail before bean validation
            assertThat(r.problem().violations()).as(r.body()).extracting(v -> v.field()).anyMatch(f -> f.endsWith(field));
        }
    }

    // ------------------------------------------------------------ income, multi-scenario

    @Test
    void test_incomeScenarios_handComputed() {
        Http.Response r = post("/v1/appraisal/income/scenarios", SCENARIOS);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Income body = r.read(AppraisalResponses.Income.class);
        double expected = 0.3 * (100 / 1.1 + 100 / 1.21) + 0.5 * 200 / 1.12;
        assertThat(body.presentValue()).isCloseTo(expected, offset(TOLERANCE));
        assertThat(body.value()).isEqualByComparingTo("141.35");
        assertThat(body.currency()).isEqualTo("CNY");
        assertThat(body.periods()).isEqualTo(2);
        assertThat(body.schedule()).extracting(AppraisalResponses.CashFlow::scenario).containsExactly("credit", "credit", "marketing");
        assertThat(body.schedule().get(0).income()).isCloseTo(30, offset(TOLERANCE));
        assertThat(body.explanation().methodId()).isEqualTo("valuation.income.multiScenario");
        assertThat(body.explanation().steps().get(body.explanation().steps().size() - 1).result().number())
                .isEqualByComparingTo("141.35");
    }

    @Test
    void test_incomeScenarios_midPeriodAndBuiltUpRate() {
        Http.Response r = post("/v1/appraisal/income/scenarios", """
                {"currency":"USD","discounting":"MID_PERIOD","scenarios":[{"name":"s","share":1,"income":[110],
                 "discountRate":{"riskFree":0.06,"premia":[{"name":"risk","rate":0.04}]}}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AppraisalResponses.Income body = r.read(AppraisalResponses.Income.class);
        assertThat(body.presentValue()).isCloseTo(110 / Math.sqrt(1.1), offset(TOLERANCE));
        assertThat(body.currency()).isEqualTo("USD");
    }

    @Test
    void test_incomeScenarios_missingScenarios400() {
        assert400("/v1/appraisal/income/scenarios", "{\"discounting\":\"END_OF_PERIOD\"}", "scenarios");
        assert400("/v1/appraisal/income/scenarios", SCENARIOS.replace("\"share\":0.3,", ""), "share");
        assert400("/v1/appraisal/income/scenarios", SCENARIOS.replace("[\"200\"]", "[]"), "income");
    }

    @Test
    void test_incomeScenarios_domainErrors422() {
        String path = "/v1/appraisal/income/scenarios";
        assert422(path, SCENARIOS.replace("\"share\":0.5", "\"share\":1.2"), "scenarios[1].share");
        assert422(path, SCENARIOS.replace("\"marketing\"", "\"credit\""), "scenarios[1].name");
        assert422(path, SCENARIOS.replace("\"rate\":0.1}", "\"rate\":-1.5}"), "scenarios[0].discountRate.rate");
    }

    // ------------------------------------------------------------ hierarchy

    @Test
    void test_hierarchy_globalWeightsAreProducts() {
        Http.Response r = post("/v1/appraisal/quality/hierarchy", HIERARCHY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        QualityResponses.Hierarchy body = r.read(QualityResponses.Hierarchy.class);
        Map<String, Double> global = new LinkedHashMap<>();
        body.nodes().forEach(n -> global.put(n.id(), n.global()));
        assertThat(global.keySet()).containsExactly("A", "a1", "a2", "B", "b1", "b2", "b3");
        assertThat(global.get("A")).isCloseTo(0.75, offset(TOLERANCE));
        assertThat(global.get("a1")).isCloseTo(0.375, offset(TOLERANCE));
        assertThat(global.get("b1")).isCloseTo(0.125, offset(TOLERANCE));
        assertThat(global.get("b3")).isCloseTo(0.0625, offset(TOLERANCE));
        assertThat(body.nodes().get(4).local()).isCloseTo(0.5, offset(TOLERANCE));
        assertThat(body.nodes().get(4).depth()).isEqualTo(2);
        assertThat(body.matrices()).extracting(QualityResponses.Matrix::node).containsExactly("goal", "A", "B");
        assertThat(body.allConsistent()).isTrue();
        assertThat(body.score()).isCloseTo(0.8, offset(TOLERANCE));
        assertThat(body.scoreExplanation()).isNotNull();
        // the last step holds Σ of the leaves' global weights
        var steps = body.explanation().steps();
        assertThat(steps.get(steps.size() - 1).result().number().doubleValue()).isCloseTo(1, offset(TOLERANCE));
    }

    /** Saaty (1990) EJOR 48:9-26 house matrix under a root: reported inconsistent (CR = 0.169), not rejected. */
    @Test
    void test_hierarchy_saaty1990HouseInconsistent() {
        String house = ValuationFixtures.qualityHouse();
        String matrix = house.substring(house.indexOf('[') , house.indexOf(",\"method\""));
        StringBuilder leaves = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            leaves.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i).append("\",\"label\":\"c").append(i).append("\"}");
        }
        Http.Response r = post("/v1/appraisal/quality/hierarchy",
                "{\"root\":{\"id\":\"house\",\"label\":\"house\",\"judgements\":" + matrix + ",\"children\":[" + leaves + "]}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        QualityResponses.Hierarchy body = r.read(QualityResponses.Hierarchy.class);
        assertThat(body.allConsistent()).isFalse();
        QualityResponses.Matrix m = body.matrices().get(0);
        assertThat(m.cr()).isCloseTo(0.169, offset(PUBLISHED_TOLERANCE));
        assertThat(m.lambdaMax()).isCloseTo(9.669, offset(PUBLISHED_TOLERANCE));
        assertThat(body.nodes().get(7).global()).isCloseTo(0.333, offset(PUBLISHED_TOLERANCE));
        assertThat(m.mostInconsistent()).isNotNull();
        assertThat(body.score()).isNull();
    }

    @Test
    void test_hierarchy_missingRoot400() {
        assert400("/v1/appraisal/quality/hierarchy", "{\"method\":\"EIGENVECTOR\"}", "root");
        assert400("/v1/appraisal/quality/hierarchy", HIERARCHY.replace("{\"id\":\"b2\",", "{"), "id");
    }

    @Test
    void test_hierarchy_domainErrors422() {
        String path = "/v1/appraisal/quality/hierarchy";
        assert422(path, HIERARCHY.replace("[[1,2,2],[0.5,1,1]", "[[1,2,2],[0.4,1,1]"), "root.children[1].judgements[1][0]");
        assert422(path, HIERARCHY.replace("[[1,1],[1,1]]", "[[1]]"), "root.children[0].judgements");
        assert422(path, HIERARCHY.replace("\"id\":\"b2\"", "\"id\":\"a1\""), "root.children[1].children[1].id");
        assert422(path, HIERARCHY.replace(",\"score\":1.0", ""), "root.children[1].children[2].score");
        assert422(path, HIERARCHY.replace("\"score\":1.0", "\"score\":1.5"), "root.children[1].children[2].score");
        assert422(path, HIERARCHY.replace("\"label\":\"准确性\",", "\"label\":\"准确性\",\"score\":0.5,"), "root.children[0].score");
        assert422(path, "{\"root\":{\"id\":\"x\",\"label\":\"x\"}}", "root");
    }

    /** HierarchicalAhp.MAX_DEPTH = 32 levels: a chain of 40 single-child criteria is refused with limit-exceeded. */
    @Test
    void test_hierarchy_tooDeep422() {
        String node = "{\"id\":\"leaf\",\"label\":\"leaf\"}";
        for (int d = 0; d < 40; d++) {
            node = "{\"id\":\"n" + d + "\",\"label\":\"n\",\"judgements\":[[1]],\"children\":[" + node + "]}";
        }
        Http.Response r = post("/v1/appraisal/quality/hierarchy", "{\"root\":" + node + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("root");
        assertThat(r.problem().rule()).isEqualTo("limit-exceeded");
    }

    // ------------------------------------------------------------ fuzzy

    /** QualityModelsTest: B = (0.38, 0.36, 0.19, 0.07), S = 0.81. */
    @Test
    void test_fuzzy_weightedAverage() {
        Http.Response r = post("/v1/appraisal/quality/fuzzy", FUZZY.formatted("WEIGHTED_AVERAGE"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        QualityResponses.Fuzzy body = r.read(QualityResponses.Fuzzy.class);
        assertThat(body.operator()).isEqualTo(FuzzyOperator.WEIGHTED_AVERAGE);
        double[] expected = {0.38, 0.36, 0.19, 0.07};
        for (int j = 0; j < expected.length; j++) {
            assertThat(body.evaluation().get(j)).isCloseTo(expected[j], offset(TOLERANCE));
        }
        assertThat(body.score()).isCloseTo(0.81, offset(TOLERANCE));
        var steps = body.explanation().steps();
        assertThat(steps.get(steps.size() - 1).result().number().doubleValue()).isCloseTo(0.81, offset(TOLERANCE));
    }

    /** QualityModelsTest: M(∧,∨) b = (0.5, 0.3, 0.2, 0.2)/1.2, S = 9.4/12. */
    @Test
    void test_fuzzy_minMax() {
        Http.Response r = post("/v1/appraisal/quality/fuzzy", FUZZY.formatted("MIN_MAX"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        QualityResponses.Fuzzy body = r.read(QualityResponses.Fuzzy.class);
        assertThat(body.evaluation().get(0)).isCloseTo(5.0 / 12, offset(TOLERANCE));
        assertThat(body.score()).isCloseTo(9.4 / 12, offset(TOLERANCE));
    }

    @Test
    void test_fuzzy_missingMemberships400() {
        assert400("/v1/appraisal/quality/fuzzy", "{\"weights\":[1],\"gradeValues\":[1]}", "memberships");
        Http.Response median = post("/v1/appraisal/quality/fuzzy", FUZZY.formatted("MEDIAN"));
        assertThat(median.status()).as("an unknown operator lists the allowed ones").isEqualTo(422);
        assertThat(median.problem().field()).isEqualTo("operator");
        assertThat(median.problem().rule()).isEqualTo("unknown");
    }

    @Test
    void test_fuzzy_domainErrors422() {
        String path = "/v1/appraisal/quality/fuzzy";
        String body = FUZZY.formatted("WEIGHTED_AVERAGE");
        assert422(path, body.replace("[0.6,0.3,0.1,0]", "[0.6,0.3,0.1,0.1]"), "memberships[0]");
        assert422(path, body.replace("[0.6,0.3,0.1,0]", "[1.2,-0.2,0,0]"), "memberships[0][0]");
        assert422(path, body.replace("[1,0.8,0.6,0.4]", "[1,0.5]"), "gradeValues");
        assert422(path, body.replace("[0.5,0.3,0.2]", "[0.5,0.5]"), "weights");
        assert422(path, body.replace("[0.5,0.3,0.2]", "[0.5,0.3,0.3]"), "weights");
    }

    // ------------------------------------------------------------ entropy

    /** QualityModelsTest: e_2 = 0.8112781244591328, w = (0, d2, 1)/(1 + d2). */
    @Test
    void test_entropy_handComputed() {
        Http.Response r = post("/v1/appraisal/quality/entropy", ENTROPY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        QualityResponses.Weights body = r.read(QualityResponses.Weights.class);
        double d2 = 1 - 0.8112781244591328;
        assertThat(body.method()).isEqualTo("entropy");
        assertThat(body.weights().get(0)).isCloseTo(0, offset(TOLERANCE));
        assertThat(body.weights().get(1)).isCloseTo(d2 / (1 + d2), offset(TOLERANCE));
        assertThat(body.weights().get(2)).isCloseTo(1 / (1 + d2), offset(TOLERANCE));
        var steps = body.explanation().steps();
        assertThat(steps.get(steps.size() - 1).result().number().doubleValue()).isCloseTo(1, offset(TOLERANCE));
    }

    @Test
    void test_entropy_emptyValues400() {
        assert400("/v1/appraisal/quality/entropy", "{\"values\":[]}", "values");
        assert400("/v1/appraisal/quality/entropy", "{\"values\":[[1,null],[1,2]]}", null);
    }

    @Test
    void test_entropy_domainErrors422() {
        String path = "/v1/appraisal/quality/entropy";
        assert422(path, "{\"values\":[[1,2]]}", "values");
        assert422(path, "{\"values\":[[1,-2],[1,1]]}", "values[0][1]");
        assert422(path, "{\"values\":[[1,0],[1,0]]}", "values[*][1]");
        assert422(path, "{\"values\":[[1,2],[1]]}", "values[1]");
        assert422(path, "{\"values\":[[1,2],[1,2]]}", "values");
    }

    // ------------------------------------------------------------ combined

    /** QualityModelsTest.test_combined: multiplicative (0.12, 0.32)/0.44; linear α = 0.5: (0.4, 0.6). */
    @Test
    void test_combined_multiplicativeAndLinear() {
        Http.Response r = post("/v1/appraisal/quality/combined", COMBINED);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        QualityResponses.Combined m = r.read(QualityResponses.Combined.class);
        assertThat(m.method()).isEqualTo("combined.multiplicative");
        assertThat(m.weights().get(0)).isCloseTo(0.12 / 0.44, offset(TOLERANCE));
        assertThat(m.weights().get(1)).isCloseTo(0.32 / 0.44, offset(TOLERANCE));
        assertThat(m.alpha()).isNull();
        var steps = m.explanation().steps();
        assertThat(steps.get(steps.size() - 1).result().number().doubleValue()).isCloseTo(1, offset(TOLERANCE));

        r = post("/v1/appraisal/quality/combined", COMBINED.replace("MULTIPLICATIVE\"", "LINEAR\",\"alpha\":0.5"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        QualityResponses.Combined l = r.read(QualityResponses.Combined.class);
        assertThat(l.method()).isEqualTo("combined.linear");
        assertThat(l.weights().get(0)).isCloseTo(0.4, offset(TOLERANCE));
        assertThat(l.alpha()).isEqualTo(0.5);
    }

    /**
     * Entropy-corrected AHP in one call: s = (0.75, 0.25) from a_12 = 3; o = entropy of [[1,1],[1,3]] = (0, 1)
     * (column 1 uniform), so the multiplicative form gives (0, 1) and linear α = 0.5 gives (0.375, 0.625).
     */
    @Test
    void test_combined_derivedSides() {
        String body = "{\"form\":\"LINEAR\",\"alpha\":0.5,\"subjectiveJudgements\":[[1,3],[0.3333333333333333,1]],"
                + "\"objectiveValues\":[[1,1],[1,3]]}";
        Http.Response r = post("/v1/appraisal/quality/combined", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        QualityResponses.Combined c = r.read(QualityResponses.Combined.class);
        assertThat(c.subjective().get(0)).isCloseTo(0.75, offset(1e-9));
        assertThat(c.objective().get(0)).isCloseTo(0, offset(TOLERANCE));
        assertThat(c.weights().get(0)).isCloseTo(0.375, offset(1e-9));
        assertThat(c.subjectiveExplanation()).isNotNull();
        assertThat(c.objectiveExplanation()).isNotNull();
    }

    @Test
    void test_combined_missingForm400() {
        assert400("/v1/appraisal/quality/combined", "{\"subjective\":[1],\"objective\":[1]}", "form");
    }

    @Test
    void test_combined_domainErrors422() {
        String path = "/v1/appraisal/quality/combined";
        assert422(path, COMBINED.replace("MULTIPLICATIVE\"", "LINEAR\",\"alpha\":1.5"), "alpha");
        assert422(path, COMBINED.replace("MULTIPLICATIVE\"", "LINEAR\""), "alpha");
        assert422(path, COMBINED.replace("\"form\":\"MULTIPLICATIVE\"", "\"form\":\"MULTIPLICATIVE\",\"alpha\":0.5"), "alpha");
        assert422(path, COMBINED.replace("\"subjective\":[0.6,0.4],", ""), "subjective");
        assert422(path, COMBINED.replace("\"objective\"", "\"objectiveValues\":[[1,2],[2,1]],\"objective\""), "objectiveValues");
        assert422(path, COMBINED.replace("[0.2,0.8]", "[0.2,0.3,0.5]"), "objective");
        assert422(path, COMBINED.replace("[0.6,0.4]", "[0.6,0.5]"), "subjective");
        assert422(path, COMBINED.replace("[0.6,0.4]", "[1.2,-0.2]"), "subjective[1]");
        assert422(path, "{\"form\":\"MULTIPLICATIVE\",\"subjective\":[1,0],\"objective\":[0,1]}", "objective");
        assert422(path, "{\"form\":\"MULTIPLICATIVE\",\"subjectiveJudgements\":[[1,3],[0.5,1]],\"objective\":[0.5,0.5]}",
                "subjectiveJudgements[1][0]");
        assert422(path, "{\"form\":\"MULTIPLICATIVE\",\"subjective\":[0.5,0.5],\"objectiveValues\":[[1,-1],[1,1]]}",
                "objectiveValues[0][1]");
    }

    // ------------------------------------------------------------ security

    private static Map<String, String> bodies() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("income/scenarios", SCENARIOS);
        b.put("quality/hierarchy", HIERARCHY);
        b.put("quality/fuzzy", FUZZY.formatted("WEIGHTED_AVERAGE"));
        b.put("quality/entropy", ENTROPY);
        b.put("quality/combined", COMBINED);
        return b;
    }

    @Test
    void test_noCredentials401() {
        for (Map.Entry<String, String> e : bodies().entrySet()) {
            assertThat(http.post("/v1/appraisal/" + e.getKey(), e.getValue()).status()).as(e.getKey()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void test_roles_appraiserAndReaderOnly(Role role) {
        String key = TestCredentials.key(keys, role);
        boolean allowed = role == Role.APPRAISER || role == Role.READER;
        for (Map.Entry<String, String> e : bodies().entrySet()) {
            Http.Response r = http.post("/v1/appraisal/" + e.getKey(), e.getValue(), "X-API-KEY", key);
            assertThat(r.status()).as(e.getKey() + " as " + role + ": " + r.body()).isEqualTo(allowed ? 200 : 403);
        }
    }
}
