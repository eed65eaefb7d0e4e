package org.dataprice.api.finance;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * {@code /v1/finance/npv}, {@code /irr}, {@code /xirr}: published reference values (Excel help
 * examples, Apache POI's IRR vectors), validation 400s, domain 422s with the JSON path in {@code field}.
 */
@MicronautTest(transactional = false)
class FinanceApiTest {
    /** Excel's XIRR is accurate to 1e-8 (XIRR help); NPV figures as printed by Excel help. */
    private static final double EXCEL_TOLERANCE = 1e-8;
    /** POI's IRR vectors are given to 17 digits; the core solves to 1e-15. */
    private static final double POI_TOLERANCE = 1e-14;

    static final String EXCEL_DATED = "[{\"date\":\"2008-01-01\",\"amount\":-10000},"
            + "{\"date\":\"2008-03-01\",\"amount\":2750},{\"date\":\"2008-10-30\",\"amount\":4250},"
            + "{\"date\":\"2009-02-15\",\"amount\":3250},{\"date\":\"2009-04-01\",\"amount\":2750}]";

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

    static void assertLastStepIsResult(Map<String, Object> body, String figure) {
        @SuppressWarnings("unchecked")
        Map<String, Object> explanation = (Map<String, Object>) body.get("explanation");
        assertThat(explanation).containsKeys("methodId", "inputHash", "steps");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) explanation.get("steps");
        assertThat(steps).isNotEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) steps.get(steps.size() - 1).get("result");
        assertThat(((Number) result.get("number")).doubleValue())
                .isCloseTo(((Number) body.get(figure)).doubleValue(), offset(1e-9 * Math.max(1, Math.abs(
                        ((Number) body.get(figure)).doubleValue()))));
    }

    static void assertProblem(Http.Response r, int status, String type, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        Problem p = r.problem();
        assertThat(p.type()).isEqualTo("https://dataprice.org/problems/" + type);
        if (status == 400 && "validation".equals(type)) {
            assertThat(p.violations()).extracting(Problem.Violation::field).contains(field);
        } else {
            assertThat(p.field()).isEqualTo(field);
        }
    }

    // Excel NPV help: NPV(10%, -10000, 3000, 4200, 6800) = 1188.44 (Excel discounts its first value: prepend 0)
    @Test
    void test_npv_excelHelpPeriodic() {
        Http.Response r = post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[0,-10000,3000,4200,6800]}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.read(NpvResponse.class).npv()).isCloseTo(1188.44, offset(0.005));
        assertLastStepIsResult(r.map(), "npv");
    }

    // Excel XNPV help: XNPV(0.09, ...) = 2086.647602
    @Test
    void test_npv_excelXnpvHelpDated() {
        Http.Response r = post("/v1/finance/npv", "{\"rate\":0.09,\"flows\":" + EXCEL_DATED + "}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.read(NpvResponse.class).npv()).isCloseTo(2086.647602, offset(1e-6));
    }

    // Hand-computed: 100 e^{-0.05·2} = 90.48374180359595 (continuous); 100 (1 + 0.05/12)^{-24} = 90.50805...
    @Test
    void test_npv_compounding() {
        Http.Response cont = post("/v1/finance/npv",
                "{\"rate\":0.05,\"amounts\":[0,0,100],\"compounding\":{\"kind\":\"CONTINUOUS\"}}");
        Http.Response monthly = post("/v1/finance/npv",
                "{\"rate\":0.05,\"amounts\":[0,0,100],\"compounding\":{\"kind\":\"PERIODIC\",\"periodsPerYear\":12}}");

        assertThat(cont.read(NpvResponse.class).npv()).isCloseTo(100 * Math.exp(-0.1), offset(1e-12));
        assertThat(monthly.read(NpvResponse.class).npv()).isCloseTo(100 * Math.pow(1 + 0.05 / 12, -24), offset(1e-12));
    }

    @Test
    void test_npv_missingRate_is400() {
        assertProblem(post("/v1/finance/npv", "{\"amounts\":[1,2]}"), 400, "validation", "rate");
    }

    @Test
    void test_npv_nullAmount_is400() {
        assertProblem(post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,null]}"), 400, "invalid-value", "amounts[1]");
    }

    @Test
    void test_npv_unknownProperty_is400() {
        assertProblem(post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1],\"rat\":1}"), 400, "unknown-property", "rat");
    }

    @Test
    void test_npv_domainErrors_name422Field() {
        assertProblem(post("/v1/finance/npv", "{\"rate\":-1,\"amounts\":[1,2]}"), 422, "greater-than", "rate");
        assertProblem(post("/v1/finance/npv", "{\"rate\":0.1}"), 422, "invalid-state", "amounts");
        assertProblem(post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1],\"flows\":" + EXCEL_DATED + "}"),
                422, "invalid-state", "flows");
        assertProblem(post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,2,1e300]}"), 422, "out-of-range",
                "amounts[2]");
        assertProblem(post("/v1/finance/npv", "{\"rate\":0.1,\"flows\":[{\"date\":\"2024-01-01\",\"amount\":-1},"
                + "{\"date\":\"2023-01-01\",\"amount\":2}]}"), 422, "at-least", "flows[1].date");
        assertProblem(post("/v1/finance/npv",
                "{\"rate\":0.1,\"amounts\":[1],\"compounding\":{\"kind\":\"PERIODIC\"}}"), 422, "not-null",
                "compounding.periodsPerYear");
        assertProblem(post("/v1/finance/npv",
                "{\"rate\":0.1,\"amounts\":[1],\"compounding\":{\"kind\":\"PERIODIC\",\"periodsPerYear\":400}}"),
                422, "out-of-range", "compounding.periodsPerYear");
    }

    // Apache POI TestIrr.testMicrosoftExample (Excel IRR help)
    @Test
    void test_irr_poiMicrosoftExamples() {
        IrrResponse four = post("/v1/finance/irr", "{\"amounts\":[-70000,12000,15000,18000,21000]}")
                .read(IrrResponse.class);
        IrrResponse five = post("/v1/finance/irr", "{\"amounts\":[-70000,12000,15000,18000,21000,26000]}")
                .read(IrrResponse.class);

        assertThat(four.rate()).isCloseTo(-0.02124484827341093, offset(POI_TOLERANCE));
        assertThat(five.rate()).isCloseTo(0.08663094803653162, offset(POI_TOLERANCE));
        assertThat(five.unique()).isTrue();
        assertThat(five.uniqueBy()).isEqualTo("DESCARTES_ONE_SIGN_CHANGE");
        assertThat(five.warnings()).isEmpty();
        assertThat(five.signChanges()).isEqualTo(1);
    }

    // POI TestIrr: IRR(-70000, 12000, 15000) with guess -0.1 = -0.44350694133474067
    @Test
    void test_irr_poiWithGuess() {
        Http.Response r = post("/v1/finance/irr", "{\"amounts\":[-70000,12000,15000],\"guess\":-0.1}");

        assertThat(r.read(IrrResponse.class).rate()).isCloseTo(-0.44350694133474067, offset(POI_TOLERANCE));
        assertLastStepIsResult(r.map(), "rate");
    }

    // (-1, 5, -6): NPV = -(1 - 2v)(1 - 3v) with v = 1/(1+r): roots r = 100 % and 200 % (hand-computed)
    @Test
    void test_irr_reportsAllRoots() {
        IrrResponse r = post("/v1/finance/irr", "{\"amounts\":[-1,5,-6]}").read(IrrResponse.class);

        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(1.0, offset(1e-12));
        assertThat(r.roots().get(1)).isCloseTo(2.0, offset(1e-12));
        assertThat(r.unique()).isFalse();
        assertThat(r.signChanges()).isEqualTo(2);
    }

    // issue 11: (-1, 300, -20000) = -(1 - 100v)(1 - 200v): roots 99 and 199, the second above r = 100
    @Test
    void test_irr_twoRootsAbove100_notUnique() {
        Http.Response http = post("/v1/finance/irr", "{\"amounts\":[-1,300,-20000]}");
        IrrResponse r = http.read(IrrResponse.class);

        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(99, offset(1e-11));
        assertThat(r.roots().get(1)).isCloseTo(199, offset(1e-11));
        assertThat(r.unique()).isFalse();
        assertThat(r.uniqueBy()).isEqualTo("NOT_PROVEN");
        assertThat(r.scanLow()).isCloseTo(-0.99, offset(1e-12)); // the root bound 1 + r >= 20000/301 needs no extension below
        assertThat(r.scanHigh()).isGreaterThan(199);
        assertThat(r.warnings()).anyMatch(w -> w.contains("2 rates make NPV zero"));
        assertThat(http.body()).contains("\"warnings\":[").contains("cashflow.uniqueness").contains("cashflow.scan");
        assertLastStepIsResult(http.map(), "rate");
    }

    // issue 11: -1 + 1.105/(1+r) - 0.0055/(1+r)^2 = 0 at 1 + r = 1.1 and 0.005
    @Test
    void test_irr_rootNearMinusOneFound() {
        IrrResponse r = post("/v1/finance/irr", "{\"amounts\":[-1,1.105,-0.0055]}").read(IrrResponse.class);

        assertThat(r.roots()).hasSize(2);
        assertThat(r.roots().get(0)).isCloseTo(-0.995, offset(1e-12));
        assertThat(r.roots().get(1)).isCloseTo(0.1, offset(1e-12));
        assertThat(r.unique()).isFalse();
    }

    // issue 11: (-1, 2, -1) = -(1 - v)^2, a double root at r = 0: found, with a tangent warning
    @Test
    void test_irr_tangentRoot_foundWithWarning() {
        IrrResponse r = post("/v1/finance/irr", "{\"amounts\":[-1,2,-1]}").read(IrrResponse.class);

        assertThat(r.roots()).hasSize(1);
        assertThat(r.rate()).isCloseTo(0, offset(1e-7));
        assertThat(r.unique()).isFalse();
        assertThat(r.warnings()).anyMatch(w -> w.contains("touches zero without changing sign"));
    }

    // issue 11: all-zero flows: NPV is zero at every rate, a 422 naming the field, not "never zero"
    @Test
    void test_irrAndXirr_allZeroFlows_is422() {
        Http.Response irr = post("/v1/finance/irr", "{\"amounts\":[0,0,0]}");
        assertProblem(irr, 422, "invalid-state", "amounts");
        assertThat(irr.body()).contains("NPV is zero at every rate");
        assertProblem(post("/v1/finance/xirr", "{\"flows\":[{\"date\":\"2024-01-01\",\"amount\":0},"
                + "{\"date\":\"2025-01-01\",\"amount\":0}]}"), 422, "invalid-state", "flows");
    }

    // issue 11: 100,000 alternating flows: 99,999 sign changes, so unique can never be true
    @Test
    void test_irr_alternatingMaxFlows_neverUnique() {
        String amounts = "[-1" + ",1.5,-1".repeat(49_999) + ",1.5]";
        IrrResponse r = post("/v1/finance/irr", "{\"amounts\":" + amounts + "}").read(IrrResponse.class);

        assertThat(r.signChanges()).isEqualTo(99_999);
        assertThat(r.unique()).isFalse();
        assertThat(r.warnings()).isNotEmpty();
    }

    @Test
    void test_irr_noRealRoot_is422OnAmounts() {
        // one-signed flows: no sign change
        assertProblem(post("/v1/finance/irr", "{\"amounts\":[100,50]}"), 422, "no-solution", "amounts");
        // 1 - v + v² > 0 for every v: two sign changes, yet no real root
        assertProblem(post("/v1/finance/irr", "{\"amounts\":[1,-1,1]}"), 422, "no-solution", "amounts");
    }

    @Test
    void test_irr_validation() {
        assertProblem(post("/v1/finance/irr", "{\"amounts\":[]}"), 400, "validation", "amounts");
        assertProblem(post("/v1/finance/irr", "{\"amounts\":[-1,2],\"periodsPerYear\":0}"), 422, "at-least",
                "periodsPerYear");
    }

    @Test
    void test_irrAndNpv_aboveMaxFlows_isLimitExceeded() {
        String amounts = "[-1" + ",1".repeat(100_000) + "]"; // 100,001 flows > CashFlows.MAX_FLOWS, about 200 KB

        assertProblem(post("/v1/finance/irr", "{\"amounts\":" + amounts + "}"), 422, "limit-exceeded", "amounts");
        assertProblem(post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":" + amounts + "}"), 422, "limit-exceeded",
                "amounts");
    }

    // Excel XIRR help: 0.373362535
    @Test
    void test_xirr_excelHelp() {
        Http.Response r = post("/v1/finance/xirr", "{\"flows\":" + EXCEL_DATED + "}");
        assertThat(r.body()).contains("\"warnings\":[]").contains("\"unique\":true");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.read(IrrResponse.class).rate()).isCloseTo(0.373362535, offset(EXCEL_TOLERANCE));
        assertThat(r.read(IrrResponse.class).unique()).isTrue();
        assertThat(r.read(IrrResponse.class).warnings()).isEmpty();
        assertLastStepIsResult(r.map(), "rate");
    }

    @Test
    void test_xirr_errors() {
        assertProblem(post("/v1/finance/xirr", "{\"flows\":[{\"date\":\"2024-01-01\"}]}"), 400, "validation",
                "flows[0].amount");
        assertProblem(post("/v1/finance/xirr", "{\"flows\":[{\"date\":\"2024-01-01\",\"amount\":1},"
                + "{\"date\":\"2025-01-01\",\"amount\":2}]}"), 422, "no-solution", "flows");
        assertProblem(post("/v1/finance/xirr", "{\"flows\":[{\"date\":\"2024-13-01\",\"amount\":1}]}"), 400,
                "invalid-value", "flows[0].date");
    }
}
