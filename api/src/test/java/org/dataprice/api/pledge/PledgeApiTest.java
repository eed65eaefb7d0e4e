package org.dataprice.api.pledge;

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
 * {@code /v1/pledge/loan-limit}: the observed deals of the defaults (docs/risk-accounting-pledge.md §5),
 * policy overrides, a seeded stressed limit reproducible by seed, and the error paths.
 */
@MicronautTest(transactional = false)
class PledgeApiTest {
    /** The stressed percentile is a 20,000-draw estimate: its relative sampling error is well below 2 %. */
    private static final double PERCENTILE_TOLERANCE = 0.02;

    /** 山东港通 (日照银行烟台分行, 2025): appraisal 1001.94万, loan 500万; default LTV 0.50, no haircut. */
    static final String GANGTONG = "{\"appraisedValue\":\"10019400.00\",\"collateral\":\"INCOME_WITH_CONTRACT_REVENUE\","
            + "\"exchangeRegistered\":true,\"qualityScore\":85,\"largestCustomerShare\":0.3,"
            + "\"remainingLifeMonths\":60,\"requestedTermMonths\":12}";
    static final String STRESS = ",\"stress\":{\"percentile\":0.05,\"seed\":17,\"draws\":20000,"
            + "\"value\":{\"kind\":\"LOGNORMAL\",\"mean\":10000000,\"standardDeviation\":2000000}}}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String appraiser;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        appraiser = TestCredentials.key(keys, Role.APPRAISER);
    }

    private Http.Response post(String body) {
        return http.post("/v1/pledge/loan-limit", body, "X-API-KEY", appraiser);
    }

    private static String withSuffix(String suffix) {
        return GANGTONG.substring(0, GANGTONG.length() - 1) + suffix;
    }

    private static void assertProblem(Http.Response r, int status, String type, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        Problem p = r.problem();
        assertThat(p.type()).isEqualTo("https://dataprice.org/problems/" + type);
        if ("validation".equals(type)) {
            assertThat(p.violations()).extracting(Problem.Violation::field).contains(field);
        } else {
            assertThat(p.field()).isEqualTo(field);
        }
    }

    @Test
    void test_loanLimit_observedDealWithDefaults() {
        Http.Response r = post(GANGTONG);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        LoanLimitResponse body = r.read(LoanLimitResponse.class);
        assertThat(body.loanLimit()).isEqualByComparingTo("5009700.00");
        assertThat(body.haircuts()).isEmpty();
        assertThat(body.stressedLimit()).isNull();
        assertThat(body.policy().incomeBaseLtv()).isEqualTo(0.50);
        assertThat(body.policy().ticketCap()).isEqualByComparingTo("10000000.00");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) r.map().get("explanation"))
                .get("steps");
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) steps.get(steps.size() - 1).get("result");
        assertThat(new java.math.BigDecimal(last.get("number").toString())).isEqualByComparingTo("5009700.00");
    }

    // Overrides: base LTV 0.55 (泗洪城投's observed 55.75 % rounded down), no registration × 0.8, 6-month term cap
    @Test
    void test_loanLimit_policyOverrides() {
        LoanLimitResponse body = post(GANGTONG.replace("\"exchangeRegistered\":true", "\"exchangeRegistered\":false")
                .replace("}", ",\"policy\":{\"incomeBaseLtv\":0.55,\"maxTermMonths\":6}}")).read(LoanLimitResponse.class);

        assertThat(body.policy().incomeBaseLtv()).isEqualTo(0.55);
        assertThat(body.policy().costBaseLtv()).isEqualTo(0.25);
        assertThat(body.effectiveLtv()).isCloseTo(0.55 * 0.8, offset(1e-15));
        assertThat(body.approvedTermMonths()).isEqualTo(6);
        // 10,019,400 × 0.44 = 4,408,536.00
        assertThat(body.loanLimit()).isEqualByComparingTo("4408536.00");
    }

    // LogNormal with mean m = 10^7 and sd s = 2·10^6: σ² = ln(1 + s²/m²), μ = ln m − σ²/2, Q_0.05 = exp(μ − 1.6448536σ)
    @Test
    void test_loanLimit_stressedFromSeededMonteCarlo() {
        Http.Response r = post(withSuffix(STRESS));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        LoanLimitResponse body = r.read(LoanLimitResponse.class);
        double s2 = Math.log1p(0.04);
        double q05 = Math.exp(Math.log(1e7) - s2 / 2 - 1.6448536269514722 * Math.sqrt(s2));
        assertThat(body.stress().stressedValue().doubleValue()).isCloseTo(q05, offset(PERCENTILE_TOLERANCE * q05));
        assertThat(body.stressedLimit().doubleValue()).isCloseTo(0.5 * body.stress().stressedValue().doubleValue(),
                offset(0.01));
        assertThat(body.loanLimit()).isEqualByComparingTo(body.stressedLimit());
        assertThat(body.stress().seed()).isEqualTo(17);
        assertThat(body.stress().explanation().steps()).isNotEmpty();
    }

    @Test
    void test_loanLimit_sameSeed_sameFigures() {
        Http.Response first = post(withSuffix(STRESS));
        Http.Response second = post(withSuffix(STRESS));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void test_loanLimit_errors() {
        assertProblem(post(GANGTONG.replace("\"collateral\":\"INCOME_WITH_CONTRACT_REVENUE\",", "")), 400,
                "validation", "collateral");
        assertProblem(post(withSuffix(STRESS.replace("\"seed\":17,", ""))), 400, "validation", "stress.seed");
        assertProblem(post(GANGTONG.replace("\"qualityScore\":85", "\"qualityScore\":101")), 422, "out-of-range",
                "qualityScore");
        assertProblem(post(GANGTONG.replace("10019400.00", "-1")), 422, "greater-than", "appraisedValue");
        assertProblem(post(withSuffix(",\"policy\":{\"maxLtv\":1.5}}")), 422, "at-most", "policy.maxLtv");
        assertProblem(post(withSuffix(",\"currency\":\"USD\"}")), 422, "not-null", "policy.ticketCap");
        assertProblem(post(withSuffix(STRESS.replace("\"mean\":10000000,", ""))), 422, "not-null",
                "stress.value.mean");
        assertProblem(post(withSuffix(STRESS.replace("\"percentile\":0.05", "\"percentile\":1"))), 422,
                "out-of-range", "stress.percentile");
    }

    @Test
    void test_loanLimit_tooManyDraws_isLimitExceeded() {
        assertProblem(post(withSuffix(STRESS.replace("\"draws\":20000", "\"draws\":1000001"))), 422,
                "limit-exceeded", "stress.draws");
    }
}
