package org.dataprice.api.split;

import io.micronaut.context.annotation.Property;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code POST /v1/contributions} over HTTP: published values, seeded sampling, validation (400),
 * domain errors (422 with the JSON path in {@code field}), limits (422), 401 and 403.
 */
@MicronautTest(transactional = false)
@Property(name = "dataprice.split.max-exact-players", value = "15")
@Property(name = "dataprice.split.max-samples", value = "100000")
@Property(name = "dataprice.split.max-training-points", value = "50")
@Property(name = "dataprice.split.max-synergy-players", value = "5")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContributionControllerTest {
    /** Exact and closed-form values are double sums of a few terms. */
    private static final double TOLERANCE = 1e-12;
    private static final String PATH = "/v1/contributions";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String reader;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        reader = TestCredentials.key(keys, Role.READER);
    }

    private Http.Response post(String body) {
        return http.post(PATH, body, "X-API-KEY", reader);
    }

    private Map<String, Object> ok(String body) {
        Http.Response response = post(body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.map();
    }

    @SuppressWarnings("unchecked")
    private static List<Double> doubles(Object list) {
        return ((List<Number>) list).stream().map(Number::doubleValue).toList();
    }

    private static double[] array(Object list) {
        return doubles(list).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Problem problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        return response.problem();
    }

    /** CoopGame 0.2.2 tests/testthat/test_15_shapleyValue.R: v = (2, 4, 5, 18, 14, 9, 24) → (9.5, 8, 6.5). */
    @Test
    void test_shapley_coopGameTable() {
        Map<String, Object> body = ok("""
                {"method": "SHAPLEY", "game": {"type": "TABLE", "players": 3, "worths": [2, 4, 5, 18, 14, 9, 24]}}""");

        assertThat(doubles(body.get("values"))).containsExactly(List.of(9.5, 8.0, 6.5).toArray(Double[]::new));
        assertThat(body.get("algorithm")).isEqualTo("split.shapley.exact");
        assertThat(body.get("exact")).isEqualTo(true);
        assertThat(body.get("kind")).isEqualTo("PROFIT");
        assertThat(body).doesNotContainKey("standardErrors").doesNotContainKey("sampling");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) body.get("explanation")).get("steps");
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) steps.get(steps.size() - 1).get("result");
        assertThat(((Number) last.get("number")).doubleValue()).as("last step holds Σ values = v(N)").isEqualTo(24.0);
    }

    /** The same CoopGame game given coalition by coalition. */
    @Test
    void test_shapleyExact_tableByCoalition() {
        Map<String, Object> body = ok("""
                {"method": "SHAPLEY_EXACT", "game": {"type": "TABLE", "players": 3, "coalitions": [
                  {"members": [0], "worth": 2}, {"members": [1], "worth": 4}, {"members": [2], "worth": 5},
                  {"members": [0, 1], "worth": 18}, {"members": [0, 2], "worth": 14}, {"members": [1, 2], "worth": 9},
                  {"members": [2, 1, 0], "worth": 24}]}}""");

        assertThat(doubles(body.get("values"))).containsExactly(List.of(9.5, 8.0, 6.5).toArray(Double[]::new));
    }

    /**
     * UN Security Council [39; 7×5, 1×10]: Shapley–Shubik 421/2145 (permanent), 4/2145 (elected)
     * (Shapley &amp; Shubik 1954); raw Banzhaf 848/2^14 and 84/2^14 (Brams 1975).
     */
    @Test
    void test_shapleyAndBanzhaf_unSecurityCouncil() {
        String game = "{\"type\": \"WEIGHTED_MAJORITY\", \"quota\": 39, \"weights\": [7,7,7,7,7,1,1,1,1,1,1,1,1,1,1]}";

        Map<String, Object> shapley = ok("{\"method\": \"SHAPLEY\", \"game\": " + game + "}");
        Map<String, Object> banzhaf = ok("{\"method\": \"BANZHAF\", \"game\": " + game + "}");

        List<Double> ss = doubles(shapley.get("values"));
        assertThat(ss.get(0)).isCloseTo(421.0 / 2145, within(TOLERANCE));
        assertThat(ss.get(14)).isCloseTo(4.0 / 2145, within(TOLERANCE));
        assertThat(doubles(banzhaf.get("values")).get(0)).isCloseTo(848.0 / 16384, within(TOLERANCE));
        assertThat(doubles(banzhaf.get("values")).get(14)).isCloseTo(84.0 / 16384, within(TOLERANCE));
    }

    /** Aumann &amp; Maschler (1985), J. Econ. Theory 36, Table 1: estate 200, claims 100/200/300 → nucleolus (50, 75, 75). */
    @Test
    void test_nucleolus_talmud() {
        Map<String, Object> body = ok("""
                {"method": "NUCLEOLUS", "game": {"type": "BANKRUPTCY", "estate": 200, "claims": [100, 200, 300]}}""");

        assertThat(array(body.get("values"))).containsExactly(new double[]{50.0, 75.0, 75.0},
                within(1e-7));
    }

    /** Glove game, one left and two right gloves: Shapley (2/3, 1/6, 1/6); the core is {(1, 0, 0)}, so ε = 0. */
    @Test
    void test_gloveGame_shapleyLeastCoreAndCoreCheck() {
        String game = "{\"type\": \"GLOVE\", \"left\": 1, \"right\": 2}";

        Map<String, Object> shapley = ok("{\"method\": \"SHAPLEY\", \"game\": " + game + "}");
        Map<String, Object> leastCore = ok("{\"method\": \"LEAST_CORE\", \"game\": " + game + "}");
        Map<String, Object> inCore = ok("{\"method\": \"CORE_CHECK\", \"game\": " + game + ", \"allocation\": [1, 0, 0]}");
        Map<String, Object> shapleyInCore = ok("{\"method\": \"CORE_CHECK\", \"game\": " + game
                + ", \"allocation\": [0.6666666666666666, 0.16666666666666666, 0.16666666666666669]}");

        assertThat(array(shapley.get("values"))).containsExactly(new double[]{2.0 / 3, 1.0 / 6, 1.0 / 6}, within(TOLERANCE));
        assertThat(array(leastCore.get("values"))).containsExactly(new double[]{1.0, 0.0, 0.0}, within(1e-7));
        assertThat(((Map<?, ?>) leastCore.get("leastCore")).get("coreEmpty")).isEqualTo(false);
        assertThat(((Map<?, ?>) inCore.get("core")).get("member")).isEqualTo(true);
        Map<?, ?> blocked = (Map<?, ?>) shapleyInCore.get("core");
        assertThat(blocked.get("member")).isEqualTo(false);
        assertThat(blocked.get("worstCoalition")).as("{0,1} earns 1 > 5/6").isEqualTo(List.of(0, 1));
        assertThat(((Number) blocked.get("maxExcess")).doubleValue()).isCloseTo(1.0 / 6, within(TOLERANCE));
    }

    /** Littlechild &amp; Owen (1973) airport rule, costs (1, 2, 3): shares 1/3, 1/3 + 1/2, 1/3 + 1/2 + 1 (cost game by default). */
    @Test
    void test_shapley_airportCostShares() {
        Map<String, Object> body = ok("{\"method\": \"SHAPLEY\", \"game\": {\"type\": \"AIRPORT\", \"costs\": [1, 2, 3]}}");

        assertThat(body.get("kind")).isEqualTo("COST");
        assertThat(array(body.get("values"))).containsExactly(new double[]{1.0 / 3, 5.0 / 6, 11.0 / 6}, within(TOLERANCE));
        assertThat((String) body.get("algorithm")).contains("airport");
    }

    /** Additive plus pairwise: φ_i = a_i + ½ Σ_j b_ij (Shapley 1953): a = (1, 2, 3), b_01 = 4 → (3, 4, 3). */
    @Test
    void test_shapley_synergyClosedForm() {
        Map<String, Object> body = ok("""
                {"method": "SHAPLEY", "game": {"type": "SYNERGY", "additive": [1, 2, 3],
                 "synergies": [{"members": [0, 1], "worth": 4}]}}""");

        assertThat(array(body.get("values"))).containsExactly(new double[]{3.0, 4.0, 3.0}, within(TOLERANCE));
    }

    /** A seed of 2^63 is a whole number out of range naming sampling.seed, not malformed JSON. */
    @Test
    void test_monteCarlo_seedTwoToThe63_outOfRange() {
        Problem problem = problem(post("""
                {"method": "SHAPLEY_MONTE_CARLO", "game": {"type": "GLOVE", "left": 10, "right": 20},
                 "sampling": {"seed": 9223372036854775808, "maxSamples": 4000}}"""), 400);
        assertThat(problem.field()).isEqualTo("sampling.seed");
        assertThat(problem.rule()).isEqualTo("out-of-range");
    }

    /** A seeded Monte Carlo estimate is the same figure on every call, with SE, interval, seed and samples. */
    @Test
    void test_monteCarlo_sameSeedSameFigures() {
        String body = """
                {"method": "SHAPLEY_MONTE_CARLO", "game": {"type": "GLOVE", "left": 10, "right": 20},
                 "sampling": {"seed": 20090601, "maxSamples": 4000, "variant": "ANTITHETIC"}}""";

        Map<String, Object> first = ok(body);
        Map<String, Object> second = ok(body);

        assertThat(first.get("values")).isEqualTo(second.get("values"));
        assertThat(first.get("standardErrors")).isEqualTo(second.get("standardErrors"));
        assertThat(first.get("exact")).isEqualTo(false);
        Map<?, ?> sampling = (Map<?, ?>) first.get("sampling");
        assertThat(((Number) sampling.get("seed")).longValue()).isEqualTo(20090601L);
        assertThat(((Number) sampling.get("samples")).longValue()).isEqualTo(2000L).as("antithetic pairs");
        assertThat(sampling.get("variant")).isEqualTo("ANTITHETIC");
        List<Double> values = doubles(first.get("values"));
        List<Double> lower = doubles(sampling.get("lower"));
        List<Double> upper = doubles(sampling.get("upper"));
        assertThat(values.stream().mapToDouble(Double::doubleValue).sum()).as("efficiency: v(N) = 10")
                .isCloseTo(10.0, within(1e-9));
        for (int i = 0; i < values.size(); i++) {
            assertThat(values.get(i)).isBetween(lower.get(i), upper.get(i));
        }
    }

    /**
     * Sampled airport game, costs 1, 2, 3 (Littlechild &amp; Owen 1973: φ = (1/3, 5/6, 11/6)): 20,000
     * permutations give diagnostics and no warning; 10 permutations are too few for the normal interval and
     * say so in {@code warnings} and in the explanation's diagnostics step. Exact methods carry an empty list.
     */
    @Test
    @SuppressWarnings("unchecked")
    void test_monteCarlo_diagnosticsAndWarnings() {
        String game = "{\"type\": \"AIRPORT\", \"costs\": [1, 2, 3]}";
        Map<String, Object> good = ok("{\"method\": \"SHAPLEY_MONTE_CARLO\", \"game\": " + game
                + ", \"sampling\": {\"seed\": 1973, \"maxSamples\": 20000}}");
        assertThat((List<String>) good.get("warnings")).isEmpty();
        Map<String, Object> d = (Map<String, Object>) ((Map<String, Object>) good.get("sampling")).get("diagnostics");
        assertThat(((Number) d.get("permutations")).longValue()).isEqualTo(20_000L);
        assertThat(((Number) d.get("requiredSamples")).longValue()).isEqualTo(30L);
        assertThat(((Number) d.get("grandValue")).doubleValue()).isEqualTo(3.0);
        assertThat(((Number) d.get("efficiencyGap")).doubleValue()).isCloseTo(0, within(1e-12));
        assertThat(((Number) d.get("undeterminedPairs")).intValue()).isZero();
        assertThat(doubles(d.get("largestShares"))).hasSize(3);
        assertThat(doubles(d.get("effectiveSampleSizes"))).hasSize(3);
        double[] values = array(good.get("values"));
        double[] se = array(good.get("standardErrors"));
        double[] exact = {1.0 / 3, 5.0 / 6, 11.0 / 6};
        for (int i = 0; i < 3; i++) {
            assertThat(values[i]).isCloseTo(exact[i], within(4.5 * se[i]));
        }

        Map<String, Object> few = ok("{\"method\": \"SHAPLEY_MONTE_CARLO\", \"game\": " + game
                + ", \"sampling\": {\"seed\": 7, \"maxSamples\": 10}}");
        List<String> warnings = (List<String>) few.get("warnings");
        assertThat(warnings).contains("unreliable: 10 samples per player for 3 players; at least 30 = max(30, n H_n) are "
                + "needed for each player to join coalitions of every size");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) few.get("explanation")).get("steps");
        Map<String, Object> diagnostics = steps.stream().filter(s -> "sampling.diagnostics".equals(s.get("id"))).findFirst()
                .orElseThrow();
        assertThat(diagnostics.toString()).contains(warnings.get(0));

        Map<String, Object> exactBody = ok("{\"method\": \"SHAPLEY\", \"game\": " + game + "}");
        assertThat((List<String>) exactBody.get("warnings")).isEmpty();
    }

    /** A game too large to enumerate is sampled under SHAPLEY when sampling options are given. */
    @Test
    void test_shapley_largeGameWithSamplingIsSampled() {
        Map<String, Object> body = ok("""
                {"method": "SHAPLEY", "game": {"type": "GLOVE", "left": 10, "right": 10},
                 "sampling": {"seed": 7, "maxSamples": 1000}}""");

        assertThat(body.get("exact")).isEqualTo(false);
        assertThat(((Map<?, ?>) body.get("sampling")).get("converged")).isEqualTo(true);
    }

    /**
     * KNN-Shapley, hand case of Jia et al. (2019) Theorem 1 with K = 1: training x = 1 (label 0), x = 2
     * (label 1), test x = 0 (label 0): s(α2) = 0, s(α1) = 0 + (1 − 0)/1 = 1 → (1, 0); leave-one-out also (1, 0).
     */
    @Test
    void test_dataValues_knnShapleyAndLeaveOneOut() {
        String data = """
                "data": {"k": 1, "training": [{"features": [1], "label": 0}, {"features": [2], "label": 1}],
                         "test": [{"features": [0], "label": 0}]}""";

        Map<String, Object> knn = ok("{\"method\": \"KNN_SHAPLEY\", " + data + "}");
        Map<String, Object> loo = ok("{\"method\": \"LEAVE_ONE_OUT\", " + data + "}");

        assertThat(array(knn.get("values"))).containsExactly(new double[]{1.0, 0.0}, within(TOLERANCE));
        assertThat(array(loo.get("values"))).containsExactly(new double[]{1.0, 0.0}, within(TOLERANCE));
        assertThat(knn).doesNotContainKey("kind");
    }

    /**
     * Truncated Monte Carlo Data Shapley on the same hand case, no truncation: every permutation's
     * marginals sum to v(N) = 1 (efficiency), and the seed fixes the figures.
     */
    @Test
    void test_dataValues_tmcShapleySeeded() {
        String body = """
                {"method": "TMC_SHAPLEY", "sampling": {"seed": 2019, "maxSamples": 200},
                 "data": {"k": 1, "training": [{"features": [1], "label": 0}, {"features": [2], "label": 1},
                          {"features": [3], "label": 0}], "test": [{"features": [0], "label": 0}]}}""";

        Map<String, Object> first = ok(body);
        Map<String, Object> second = ok(body);

        assertThat(first.get("values")).isEqualTo(second.get("values"));
        assertThat(doubles(first.get("values")).stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
        assertThat(((Number) ((Map<?, ?>) first.get("sampling")).get("seed")).longValue()).isEqualTo(2019L);
    }

    /**
     * Nucleolus of the airport cost game (1, 2, 3) on the cost side, by hand: the savings game
     * s(12) = s(13) = 1, s(23) = 2, s(N) = 3 has nucleolus y = (1/2, 5/4, 5/4) (first ε = −1/2 fixes
     * y1 = 1/2, then y2 = y3), so x = c(i) − y = (0.5, 0.75, 1.75), Σ = c(N) = 3.
     */
    @Test
    void test_nucleolus_airportCostSide() {
        Map<String, Object> body = ok("{\"method\": \"NUCLEOLUS\", \"game\": {\"type\": \"AIRPORT\", \"costs\": [1, 2, 3]}}");

        assertThat(body.get("kind")).isEqualTo("COST");
        assertThat(array(body.get("values"))).containsExactly(new double[]{0.5, 0.75, 1.75}, within(1e-7));
    }

    /**
     * Ring minimum-spanning-tree cost game (Castro, Gómez &amp; Tejada 2009, Computers &amp; OR 36(5), §4):
     * by symmetry φ_i = (K + e'(n − 1))/n, e' = min(e, K). n = 6, K = 10, e = 1 → 15/6 = 2.5 for every
     * player, both by enumeration (SHAPLEY_EXACT) and by the closed form (SHAPLEY).
     */
    @Test
    void test_shapley_mstRingClosedFormAndEnumeration() {
        String game = "{\"type\": \"MST\", \"players\": 6, \"sourceCost\": 10, \"edgeCost\": 1}";

        Map<String, Object> closed = ok("{\"method\": \"SHAPLEY\", \"game\": " + game + "}");
        Map<String, Object> enumerated = ok("{\"method\": \"SHAPLEY_EXACT\", \"game\": " + game + "}");

        double expected = (10 + 1 * (6 - 1)) / 6.0;
        assertThat(array(closed.get("values"))).hasSize(6).containsOnly(expected);
        assertThat(array(enumerated.get("values"))).containsExactly(new double[]{expected, expected, expected, expected,
                expected, expected}, within(TOLERANCE));
        assertThat(closed.get("algorithm")).isEqualTo("split.shapley.mst-ring");
        assertThat(enumerated.get("algorithm")).isEqualTo("split.shapley.exact");
        assertThat(closed.get("kind")).isEqualTo("COST");
        assertThat(closed.get("exact")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) closed.get("explanation")).get("steps");
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) steps.get(steps.size() - 1).get("result");
        assertThat(((Number) last.get("number")).doubleValue()).as("last step holds Σ φ = c(N) = K + 5e").isCloseTo(15.0, within(TOLERANCE));
    }

    /** Ring edges dearer than source edges: e' = min(e, K) = K, so n = 4, K = 3, e = 5 gives (3 + 3·3)/4 = 3 (enumerated). */
    @Test
    void test_shapleyExact_mstRingEdgesDearerThanSource() {
        Map<String, Object> body = ok("""
                {"method": "SHAPLEY_EXACT", "game": {"type": "MST", "players": 4, "sourceCost": 3, "edgeCost": 5}}""");

        assertThat(array(body.get("values"))).containsExactly(new double[]{3.0, 3.0, 3.0, 3.0}, within(TOLERANCE));
    }

    /**
     * Castro, Gómez &amp; Tejada (2009) §4: 100 players, K = 101, e = 1, every Shapley value 2. Seeded
     * antithetic sampling lands within 4.5 standard errors of 2 for every player, and each permutation's
     * marginals sum to c(N) = 200; SHAPLEY on the same game takes the closed form even with sampling given.
     */
    @Test
    void test_monteCarlo_castro2009MstRing() {
        String game = "{\"type\": \"MST\", \"players\": 100, \"sourceCost\": 101, \"edgeCost\": 1}";
        String sampling = "\"sampling\": {\"seed\": 20090601, \"maxSamples\": 2000, \"variant\": \"ANTITHETIC\"}";

        Map<String, Object> sampled = ok("{\"method\": \"SHAPLEY_MONTE_CARLO\", \"game\": " + game + ", " + sampling + "}");
        Map<String, Object> closed = ok("{\"method\": \"SHAPLEY\", \"game\": " + game + ", " + sampling + "}");

        double[] values = array(sampled.get("values"));
        double[] errors = array(sampled.get("standardErrors"));
        assertThat(values).hasSize(100);
        assertThat(sampled.get("exact")).isEqualTo(false);
        for (int i = 0; i < values.length; i++) {
            assertThat(errors[i]).as("player %d SE", i).isPositive();
            assertThat(values[i]).as("player %d", i).isCloseTo(2.0, within(4.5 * errors[i]));
        }
        assertThat(java.util.Arrays.stream(values).sum()).as("efficiency: c(N) = 200").isCloseTo(200.0, within(1e-9));
        assertThat(closed.get("exact")).isEqualTo(true);
        assertThat(array(closed.get("values"))).hasSize(100).containsOnly(2.0);
    }

    @Test
    void test_domain_mstNegativeSourceCost_is422() {
        Problem problem = problem(post("""
                {"method": "SHAPLEY", "game": {"type": "MST", "players": 5, "sourceCost": -1, "edgeCost": 1}}"""), 422);

        assertThat(problem.field()).isEqualTo("game.sourceCost");
    }

    @Test
    void test_domain_mstMissingEdgeCost_is422() {
        Problem problem = problem(post("""
                {"method": "SHAPLEY", "game": {"type": "MST", "players": 5, "sourceCost": 1}}"""), 422);

        assertThat(problem.field()).isEqualTo("game.edgeCost");
        assertThat(problem.rule()).isEqualTo("not-null");
    }

    @Test
    void test_domain_fieldOfAnotherGameTypeOnMst_is422() {
        Problem onMst = problem(post("""
                {"method": "SHAPLEY", "game": {"type": "MST", "players": 3, "sourceCost": 2, "edgeCost": 1,
                 "costs": [1, 2, 3]}}"""), 422);
        Problem mstFieldOnAirport = problem(post("""
                {"method": "SHAPLEY", "game": {"type": "AIRPORT", "costs": [1, 2, 3], "edgeCost": 1}}"""), 422);

        assertThat(onMst.field()).isEqualTo("game.costs");
        assertThat(onMst.rule()).isEqualTo("invalid-state");
        assertThat(onMst.detail()).contains("edgeCost").contains("players").contains("sourceCost");
        assertThat(mstFieldOnAirport.field()).isEqualTo("game.edgeCost");
        assertThat(mstFieldOnAirport.rule()).isEqualTo("invalid-state");
    }

    @Test
    void test_validation_missingMethodAndSeed_is400WithViolations() {
        Problem problem = problem(post("""
                {"game": {"type": "GLOVE", "left": 1, "right": 1}, "sampling": {"maxSamples": 10}}"""), 400);

        assertThat(problem.type()).isEqualTo("https://dataprice.org/problems/validation");
        assertThat(problem.violations()).extracting(Problem.Violation::field)
                .containsExactlyInAnyOrder("method", "sampling.seed");
    }

    @Test
    void test_validation_unknownGameType_is422ListingTypes() {
        Problem problem = problem(post("{\"method\": \"SHAPLEY\", \"game\": {\"type\": \"POKER\"}}"), 422);
        assertThat(problem.field()).isEqualTo("game.type");
        assertThat(problem.rule()).isEqualTo("unknown");
        assertThat(problem.detail()).contains("TABLE").endsWith("was 'POKER'");
    }

    @Test
    void test_domain_memberOutOfRange_is422WithJsonPath() {
        Problem problem = problem(post("""
                {"method": "SHAPLEY", "game": {"type": "TABLE", "players": 2,
                 "coalitions": [{"members": [0], "worth": 1}, {"members": [0, 5], "worth": 3}]}}"""), 422);

        assertThat(problem.field()).isEqualTo("game.coalitions[1].members[1]");
        assertThat(problem.rule()).isEqualTo("out-of-range");
        assertThat(problem.type()).isEqualTo("https://dataprice.org/problems/out-of-range");
    }

    @Test
    void test_domain_fieldOfAnotherGameType_is422() {
        Problem problem = problem(post("""
                {"method": "SHAPLEY", "game": {"type": "GLOVE", "left": 1, "right": 1, "costs": [1]}}"""), 422);

        assertThat(problem.field()).isEqualTo("game.costs");
        assertThat(problem.rule()).isEqualTo("invalid-state");
    }

    @Test
    void test_domain_missingGameField_is422() {
        Problem problem = problem(post("{\"method\": \"SHAPLEY\", \"game\": {\"type\": \"BANKRUPTCY\", \"estate\": 1}}"), 422);

        assertThat(problem.field()).isEqualTo("game.claims");
        assertThat(problem.rule()).isEqualTo("not-null");
    }

    @Test
    void test_domain_monteCarloWithoutSampling_is422() {
        Problem problem = problem(post("{\"method\": \"SHAPLEY_MONTE_CARLO\", \"game\": {\"type\": \"GLOVE\", \"left\": 1, \"right\": 1}}"), 422);

        assertThat(problem.field()).isEqualTo("sampling");
    }

    @Test
    void test_domain_badConfidence_is422OnSamplingPath() {
        Problem problem = problem(post("""
                {"method": "SHAPLEY_MONTE_CARLO", "game": {"type": "GLOVE", "left": 1, "right": 1},
                 "sampling": {"seed": 1, "maxSamples": 10, "confidence": 1.5}}"""), 422);

        assertThat(problem.field()).isEqualTo("sampling.confidence");
    }

    @Test
    void test_domain_allocationNotEfficient_is422OnAllocation() {
        Problem problem = problem(post("""
                {"method": "CORE_CHECK", "game": {"type": "GLOVE", "left": 1, "right": 2}, "allocation": [1, 1, 0]}"""), 422);

        assertThat(problem.field()).isEqualTo("allocation");
        assertThat(problem.rule()).isEqualTo("sum-mismatch");
    }

    @Test
    void test_domain_pointOfAnotherDimension_is422WithJsonPath() {
        Problem problem = problem(post("""
                {"method": "KNN_SHAPLEY", "data": {"k": 1, "training": [{"features": [1], "label": 0},
                 {"features": [2, 3], "label": 1}], "test": [{"features": [0], "label": 0}]}}"""), 422);

        assertThat(problem.field()).isEqualTo("data.training[1].features");
        assertThat(problem.rule()).isEqualTo("size-mismatch");
    }

    @Test
    void test_domain_truncationOutOfRange_is422() {
        Problem problem = problem(post("""
                {"method": "TMC_SHAPLEY", "sampling": {"seed": 1, "maxSamples": 10}, "truncation": 1.5,
                 "data": {"k": 1, "training": [{"features": [1], "label": 0}], "test": [{"features": [0], "label": 0}]}}"""), 422);

        assertThat(problem.field()).isEqualTo("truncation");
    }

    @Test
    void test_domain_prenucleolusOfCostGame_is422() {
        Problem problem = problem(post("{\"method\": \"PRENUCLEOLUS\", \"game\": {\"type\": \"AIRPORT\", \"costs\": [1, 2]}}"), 422);

        assertThat(problem.field()).isEqualTo("game.kind");
    }

    @Test
    void test_limit_exactShapleyTooManyPlayers_is422PointingToSampling() {
        Problem problem = problem(post("""
                {"method": "SHAPLEY_EXACT", "game": {"type": "GLOVE", "left": 8, "right": 8}}"""), 422);

        assertThat(problem.type()).isEqualTo("https://dataprice.org/problems/limit-exceeded");
        assertThat(problem.field()).isEqualTo("game.players");
        assertThat(problem.detail()).contains("15").contains("SHAPLEY_MONTE_CARLO");
    }

    @Test
    void test_limit_shapleyOfLargeGameWithoutSampling_is422() {
        Problem problem = problem(post("{\"method\": \"SHAPLEY\", \"game\": {\"type\": \"GLOVE\", \"left\": 8, \"right\": 8}}"), 422);

        assertThat(problem.rule()).isEqualTo("limit-exceeded");
        assertThat(problem.detail()).contains("sampling");
    }

    @Test
    void test_limit_samplesAboveConfiguredCap_is422() {
        Problem problem = problem(post("""
                {"method": "SHAPLEY_MONTE_CARLO", "game": {"type": "GLOVE", "left": 1, "right": 1},
                 "sampling": {"seed": 1, "maxSamples": 100001}}"""), 422);

        assertThat(problem.field()).isEqualTo("sampling.maxSamples");
        assertThat(problem.rule()).isEqualTo("limit-exceeded");
        assertThat(problem.detail()).contains("100000").contains("dataprice.split.max-samples");
    }

    @Test
    void test_limit_synergyGameTooLarge_is422() {
        Problem problem = problem(post("{\"method\": \"SHAPLEY\", \"game\": {\"type\": \"SYNERGY\", "
                + "\"additive\": [1, 2, 3, 4, 5, 6]}}"), 422);

        assertThat(problem.field()).isEqualTo("game.additive");
        assertThat(problem.rule()).isEqualTo("limit-exceeded");
    }

    @Test
    void test_limit_tooManyTrainingPoints_is422() {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            points.append(i == 0 ? "" : ",").append("{\"features\": [").append(i).append("], \"label\": 0}");
        }
        Problem problem = problem(post("{\"method\": \"KNN_SHAPLEY\", \"data\": {\"k\": 1, \"training\": [" + points
                + "], \"test\": [{\"features\": [0], \"label\": 0}]}}"), 422);

        assertThat(problem.field()).isEqualTo("data.training");
        assertThat(problem.rule()).isEqualTo("limit-exceeded");
    }

    @Test
    void test_withoutCredentials_is401() {
        Http.Response response = http.post(PATH, "{\"method\": \"SHAPLEY\"}");

        assertThat(problem(response, 401).type()).isEqualTo("https://dataprice.org/problems/unauthorized");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void test_roles_indexPublisherAndSupervisorAreForbidden(Role role) {
        String body = "{\"method\": \"SHAPLEY\", \"game\": {\"type\": \"GLOVE\", \"left\": 1, \"right\": 1}}";
        Http.Response byKey = http.post(PATH, body, "X-API-KEY", TestCredentials.key(keys, role));
        Http.Response byJwt = http.post(PATH, body, "Authorization", "Bearer " + TestCredentials.jwt(role));

        int expected = role == Role.INDEX_PUBLISHER || role == Role.SUPERVISOR ? 403 : 200;
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(expected);
        assertThat(byJwt.status()).as(byJwt.body()).isEqualTo(expected);
        if (expected == 403) {
            assertThat(byKey.problem().type()).isEqualTo("https://dataprice.org/problems/forbidden");
        }
    }
}
