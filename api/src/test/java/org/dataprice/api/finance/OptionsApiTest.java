package org.dataprice.api.finance;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.dataprice.api.finance.FinanceApiTest.assertLastStepIsResult;
import static org.dataprice.api.finance.FinanceApiTest.assertProblem;

/**
 * {@code /v1/options/black-scholes}, {@code /binomial}, {@code /monte-carlo}: Haug's values as tabulated in
 * QuantLib's {@code europeanoption.cpp}, Hull's binomial Example 21.1, Monte Carlo against the closed form
 * and reproducible by seed; validation, domain and limit errors.
 */
@MicronautTest(transactional = false)
class OptionsApiTest {
    /** QuantLib europeanoption.cpp checks Haug's 4-decimal figures to 1e-4. */
    private static final double HAUG_TOLERANCE = 1e-4;
    /** Hull prints the 5-step tree value to 2 decimals. */
    private static final double HULL_TOLERANCE = 5e-3;

    /** Haug (1998) p. 2, QuantLib europeanoption.cpp first case: call S=60, K=65, r=8%, q=0, T=0.25, σ=30% → 2.1334. */
    static final String HAUG = "{\"type\":\"CALL\",\"spot\":60,\"strike\":65,\"rate\":0.08,\"dividendYield\":0,"
            + "\"volatility\":0.30,\"expiry\":0.25}";
    /** Hull, OFOD 9th ed. (2015), Example 21.1: American put S=K=50, r=10%, σ=40%, T=5/12, 5 steps → 4.49. */
    static final String HULL = "{\"type\":\"PUT\",\"exercise\":\"AMERICAN\",\"spot\":50,\"strike\":50,\"rate\":0.10,"
            + "\"volatility\":0.40,\"expiry\":0.4166666666666667,\"steps\":5}";
    static final String MC = "{\"spot\":100,\"rate\":0.05,\"volatility\":0.2,\"expiry\":1,"
            + "\"payoff\":{\"kind\":\"EUROPEAN\",\"type\":\"CALL\",\"strike\":100},\"paths\":200000,\"seed\":42,"
            + "\"antithetic\":true,\"controlVariate\":\"TERMINAL_VALUE\"}";

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

    private Http.Response post(String path, String body) {
        return http.post(path, body, "X-API-KEY", appraiser);
    }

    @Test
    void test_blackScholes_haug() {
        Http.Response r = post("/v1/options/black-scholes", HAUG);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        BlackScholesResponse body = r.read(BlackScholesResponse.class);
        assertThat(body.price()).isCloseTo(2.1334, offset(HAUG_TOLERANCE));
        assertThat(body.volatility()).isEqualTo(0.30);
        assertThat(body.impliedVolatility()).isNull();
        assertThat(body.vega()).isPositive();
        assertLastStepIsResult(r.map(), "price");
    }

    // Hull 9th ed. Example 15.6: S=42, K=40, r=10%, σ=20%, T=0.5: call 4.76, put 0.81 — and back to σ from the price
    @Test
    void test_blackScholes_impliedVolatilityRoundTrip() {
        BlackScholesResponse priced = post("/v1/options/black-scholes", "{\"type\":\"CALL\",\"spot\":42,\"strike\":40,"
                + "\"rate\":0.1,\"volatility\":0.2,\"expiry\":0.5}").read(BlackScholesResponse.class);
        assertThat(priced.price()).isCloseTo(4.76, offset(5e-3));

        Http.Response r = post("/v1/options/black-scholes", "{\"type\":\"CALL\",\"spot\":42,\"strike\":40,"
                + "\"rate\":0.1,\"marketPrice\":" + priced.price() + ",\"expiry\":0.5}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        BlackScholesResponse implied = r.read(BlackScholesResponse.class);
        assertThat(implied.impliedVolatility().volatility()).isCloseTo(0.2, offset(1e-9));
        assertThat(implied.impliedVolatility().explanation().steps()).isNotEmpty();
        assertThat(implied.price()).isCloseTo(priced.price(), offset(1e-9));
    }

    @Test
    void test_blackScholes_errors() {
        assertProblem(post("/v1/options/black-scholes", HAUG.replace("\"type\":\"CALL\",", "")), 400, "validation",
                "type");
        assertProblem(post("/v1/options/black-scholes", HAUG.replace("\"CALL\"", "\"CALLL\"")), 422, "unknown",
                "type"); // an unknown enum constant names the field and lists the allowed values
        assertProblem(post("/v1/options/black-scholes", HAUG.replace("\"spot\":60", "\"spot\":-60")), 422,
                "greater-than", "spot");
        assertProblem(post("/v1/options/black-scholes", HAUG.replace("\"volatility\":0.30,", "")), 422,
                "invalid-state", "volatility");
        assertProblem(post("/v1/options/black-scholes", HAUG.replace("\"volatility\":0.30", "\"marketPrice\":2")
                .replace("\"expiry\"", "\"volatility\":0.3,\"expiry\"")), 422, "invalid-state", "marketPrice");
        // a call is worth less than the spot: 70 is above the no-arbitrage bound
        assertProblem(post("/v1/options/black-scholes", HAUG.replace("\"volatility\":0.30", "\"marketPrice\":70")),
                422, "out-of-range", "marketPrice");
    }

    @Test
    void test_binomial_hullExample21_1() {
        Http.Response r = post("/v1/options/binomial", HULL);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        BinomialResponse body = r.read(BinomialResponse.class);
        assertThat(body.model()).isEqualTo("VANILLA");
        assertThat(body.price()).isCloseTo(4.49, offset(HULL_TOLERANCE));
        assertThat(body.up()).isCloseTo(1.1224, offset(5e-5));
        assertThat(body.probability()).isCloseTo(0.5073, offset(5e-5));
        assertLastStepIsResult(r.map(), "price");
    }

    // Hull 9th ed. p. 459: 30, 50, 100 steps give 4.263, 4.272, 4.278; averaging 50 and 51 lies near the limit
    @Test
    void test_binomial_driftAdjustedAndOddEven() {
        double p50 = post("/v1/options/binomial", HULL.replace("\"steps\":5", "\"steps\":50"))
                .read(BinomialResponse.class).price();
        BinomialResponse avg = post("/v1/options/binomial", HULL.replace("\"steps\":5",
                "\"steps\":50,\"oddEvenAveraging\":true,\"probability\":\"DRIFT_ADJUSTED\"")).read(BinomialResponse.class);

        assertThat(p50).isCloseTo(4.272, offset(5e-4));
        assertThat(avg.price()).isCloseTo(4.28, offset(0.01));
    }

    // A deferral option is an American call on V with strike I; without leakage it equals the BSM call (Haug 2.1334)
    @Test
    void test_binomial_realOptionDefer_equalsEuropeanCall() {
        Http.Response r = post("/v1/options/binomial", "{\"spot\":60,\"rate\":0.08,\"volatility\":0.30,"
                + "\"expiry\":0.25,\"steps\":2000,\"realOptions\":[{\"kind\":\"DEFER\",\"investmentCost\":65}]}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        BinomialResponse body = r.read(BinomialResponse.class);
        assertThat(body.model()).isEqualTo("REAL_OPTION");
        assertThat(body.expandedValue()).isCloseTo(2.1334, offset(2e-3));
        assertThat(body.optionPremium()).isCloseTo(body.expandedValue() - body.staticValue(), offset(1e-12));
        assertLastStepIsResult(r.map(), "expandedValue");
    }

    // Abandonment for salvage A is an American put on V with strike A (held with V): on Hull's Example 21.1 tree
    // (V0 = A = 50, r = 10 %, σ = 40 %, T = 5/12, 5 steps) the premium is the put's 4.49
    @Test
    void test_binomial_realOptionAbandon_equalsHullAmericanPut() {
        BinomialResponse body = post("/v1/options/binomial", "{\"spot\":50,\"rate\":0.10,\"volatility\":0.40,"
                + "\"expiry\":0.4166666666666667,\"steps\":5,\"realOptions\":[{\"kind\":\"ABANDON\",\"salvage\":50}]}")
                .read(BinomialResponse.class);

        assertThat(body.staticValue()).isEqualTo(50.0);
        assertThat(body.optionPremium()).isCloseTo(4.49, offset(HULL_TOLERANCE));
    }

    @Test
    void test_binomial_realOptionsCombined() {
        Http.Response r = post("/v1/options/binomial", "{\"spot\":100,\"rate\":0.05,\"dividendYield\":0.02,"
                + "\"volatility\":0.3,\"expiry\":2,\"steps\":200,\"realOptions\":[{\"kind\":\"EXPAND\",\"factor\":0.3,"
                + "\"cost\":20},{\"kind\":\"ABANDON\",\"salvage\":80},{\"kind\":\"SWITCH\",\"ratio\":0.9,\"cost\":0}]}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        BinomialResponse body = r.read(BinomialResponse.class);
        assertThat(body.staticValue()).isEqualTo(100.0);
        assertThat(body.optionPremium()).isPositive();
    }

    @Test
    void test_binomial_errors() {
        assertProblem(post("/v1/options/binomial", HULL.replace(",\"steps\":5", "")), 400, "validation", "steps");
        assertProblem(post("/v1/options/binomial", HULL.replace("\"exercise\":\"AMERICAN\",", "")), 422, "not-null",
                "exercise");
        assertProblem(post("/v1/options/binomial", HULL.replace("\"steps\":5", "\"steps\":1")), 422, "at-least",
                "steps");
        assertProblem(post("/v1/options/binomial", "{\"spot\":60,\"rate\":0.08,\"volatility\":0.30,\"expiry\":0.25,"
                + "\"steps\":20,\"realOptions\":[{\"kind\":\"DEFER\"}]}"), 422, "not-null",
                "realOptions[0].investmentCost");
        assertProblem(post("/v1/options/binomial", "{\"spot\":60,\"rate\":0.08,\"volatility\":0.30,\"expiry\":0.25,"
                + "\"steps\":20,\"realOptions\":[{\"kind\":\"DEFER\",\"investmentCost\":1},{\"kind\":\"ABANDON\","
                + "\"salvage\":1}]}"), 422, "invalid-state", "realOptions");
        assertProblem(post("/v1/options/binomial", "{\"type\":\"CALL\",\"spot\":60,\"rate\":0.08,\"volatility\":0.3,"
                + "\"expiry\":0.25,\"steps\":20,\"realOptions\":[{\"kind\":\"ABANDON\",\"salvage\":1}]}"), 422,
                "invalid-state", "type");
        assertProblem(post("/v1/options/binomial", "{\"spot\":60,\"rate\":0.08,\"volatility\":0.30,\"expiry\":0.25,"
                + "\"steps\":20,\"realOptions\":[{\"kind\":\"EXPAND\",\"factor\":-1}]}"), 422, "greater-than",
                "realOptions[0].factor");
        assertProblem(post("/v1/options/binomial", "{\"spot\":60,\"rate\":0.08,\"volatility\":0.30,\"expiry\":0.25,"
                + "\"steps\":20,\"realOptions\":[{\"kind\":\"ABANDON\",\"salvage\":1,\"factor\":2}]}"), 422,
                "invalid-state", "realOptions[0].factor");
    }

    @Test
    void test_binomial_aboveMaxSteps_isLimitExceeded() {
        assertProblem(post("/v1/options/binomial", HULL.replace("\"steps\":5", "\"steps\":100001")), 422,
                "limit-exceeded", "steps");
        assertProblem(post("/v1/options/binomial", HULL.replace("\"steps\":5", "\"steps\":100000,"
                + "\"oddEvenAveraging\":true")), 422, "limit-exceeded", "steps");
    }

    // BSM S=K=100, r=5%, σ=20%, T=1: call 10.450583572185565 (closed form); MC within 4 standard errors
    @Test
    void test_monteCarlo_europeanWithinFourSe() {
        Http.Response r = post("/v1/options/monte-carlo", MC);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        MonteCarloResponse body = r.read(MonteCarloResponse.class);
        assertThat(body.price()).isCloseTo(10.450583572185565, offset(4 * body.standardError()));
        assertThat(body.seed()).isEqualTo(42);
        assertThat(body.paths()).isEqualTo(200_000);
        assertThat(body.lower95()).isLessThan(body.price());
        assertLastStepIsResult(r.map(), "price");
    }

    /** Issue 11: 10^6 paths, S = K = 100, r = 5 %, plain; σ and T as in the issue. */
    private static String highVol(double vol, double t, String control) {
        return "{\"spot\":100,\"rate\":0.05,\"volatility\":" + vol + ",\"expiry\":" + t
                + ",\"payoff\":{\"kind\":\"EUROPEAN\",\"type\":\"CALL\",\"strike\":100},\"paths\":1000000,"
                + "\"seed\":42,\"controlVariate\":\"" + control + "\"}";
    }

    @SuppressWarnings("unchecked")
    private static List<String> explainedWarnings(Http.Response r) {
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) r.map().get("explanation"))
                .get("steps");
        return steps.stream().filter(s -> "montecarlo.diagnostics".equals(s.get("id")))
                .flatMap(s -> ((List<Map<String, Object>>) s.get("inputs")).stream())
                .filter(q -> String.valueOf(q.get("name")).startsWith("warning"))
                .map(q -> String.valueOf(q.get("text"))).toList();
    }

    // issue 11: σ = 2, T = 10 gave 18.36 ± 16.02 with no word of doubt; Black-Scholes 99.8784
    @Test
    void test_monteCarlo_issue11_sigma2T10_warnsAndOffersBlackScholes() {
        Http.Response r = post("/v1/options/monte-carlo", highVol(2, 10, "NONE"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        MonteCarloResponse body = r.read(MonteCarloResponse.class);
        assertThat(body.warnings()).anyMatch(w -> w.startsWith("unreliable: sigma^2 T = 40 is beyond the heavy-tail bound"))
                .anyMatch(w -> w.contains("largest single sample"))
                .anyMatch(w -> w.contains("reaches below 0, the lower no-arbitrage bound"))
                .anyMatch(w -> w.equals("use the closed form: Black-Scholes value 99.8784"));
        assertThat(body.diagnostics().closedForm()).isCloseTo(99.8784, offset(1e-4));
        assertThat(body.diagnostics().largestShare()).isGreaterThan(0.01);
        assertThat(body.lower95()).isLessThan(0);
        assertThat(explainedWarnings(r)).isEqualTo(body.warnings());
        assertLastStepIsResult(r.map(), "price");
    }

    // issue 11: σ = 3, T = 10 gave 0.0019 ± 0.0019 plain and 96.9014 ± 0.000009 with the control (true ≈ 100)
    @Test
    void test_monteCarlo_issue11_sigma3T10_controlCheckFails() {
        Http.Response plain = post("/v1/options/monte-carlo", highVol(3, 10, "NONE"));
        Http.Response control = post("/v1/options/monte-carlo", highVol(3, 10, "TERMINAL_VALUE"));

        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(control.status()).as(control.body()).isEqualTo(200);
        MonteCarloResponse p = plain.read(MonteCarloResponse.class);
        MonteCarloResponse c = control.read(MonteCarloResponse.class);
        assertThat(p.warnings()).anyMatch(w -> w.contains("heavy-tail bound")).anyMatch(w -> w.contains("Black-Scholes"));
        assertThat(c.warnings()).anyMatch(w -> w.startsWith("unreliable: control check z = -"))
                .anyMatch(w -> w.contains("heavy-tail bound"));
        assertThat(c.diagnostics().controlZ()).isLessThan(-4);
        assertThat(explainedWarnings(control)).isEqualTo(c.warnings());
    }

    // issue 11: σ = 10, T = 100 gave 0 ± 0
    @Test
    void test_monteCarlo_issue11_sigma10T100_everyPayoffZero() {
        Http.Response r = post("/v1/options/monte-carlo", highVol(10, 100, "NONE"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        MonteCarloResponse body = r.read(MonteCarloResponse.class);
        assertThat(body.price()).isZero();
        assertThat(body.diagnostics().zeroShare()).isEqualTo(1);
        assertThat(body.diagnostics().effectiveSampleSize()).isZero();
        assertThat(body.warnings()).anyMatch(w -> w.startsWith("unreliable: every payoff was zero"))
                .anyMatch(w -> w.contains("heavy-tail bound")).anyMatch(w -> w.startsWith("use the closed form"));
    }

    // σ = 0.2, T = 1, the same 10^6 paths: no warning, empty list in JSON
    @Test
    void test_monteCarlo_normalInputs_noWarning() {
        Http.Response r = post("/v1/options/monte-carlo", highVol(0.2, 1, "NONE"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.map().get("warnings")).isEqualTo(List.of());
        MonteCarloResponse body = r.read(MonteCarloResponse.class);
        assertThat(Math.abs(body.diagnostics().controlZ())).isLessThan(4);
        assertThat(body.diagnostics().closedForm()).isCloseTo(10.450583572185565, offset(1e-12));
        assertThat(body.price()).isCloseTo(10.450583572185565, offset(4 * body.standardError()));
        assertThat(explainedWarnings(r)).isEmpty();
    }

    @Test
    void test_monteCarlo_sameSeed_sameFigures() {
        String asian = MC.replace("\"kind\":\"EUROPEAN\"", "\"kind\":\"ARITHMETIC_ASIAN\",\"fixings\":12")
                .replace("TERMINAL_VALUE", "GEOMETRIC_ASIAN").replace("200000", "20000");

        Http.Response first = post("/v1/options/monte-carlo", asian);
        Http.Response second = post("/v1/options/monte-carlo", asian);
        Http.Response otherSeed = post("/v1/options/monte-carlo", asian.replace("\"seed\":42", "\"seed\":43"));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(otherSeed.read(MonteCarloResponse.class).price())
                .isNotEqualTo(first.read(MonteCarloResponse.class).price());
    }

    @Test
    void test_monteCarlo_barrier() {
        String upOut = MC.replace("\"kind\":\"EUROPEAN\"", "\"kind\":\"BARRIER\",\"barrier\":130,"
                + "\"barrierKind\":\"UP_AND_OUT\",\"fixings\":50").replace("200000", "20000");
        String upIn = upOut.replace("UP_AND_OUT", "UP_AND_IN");

        MonteCarloResponse out = post("/v1/options/monte-carlo", upOut).read(MonteCarloResponse.class);
        MonteCarloResponse in = post("/v1/options/monte-carlo", upIn).read(MonteCarloResponse.class);

        // in + out = vanilla, within the sampling error of the two estimates
        assertThat(out.price() + in.price()).isCloseTo(10.450583572185565,
                offset(4 * (out.standardError() + in.standardError())));
    }

    @Test
    void test_monteCarlo_missingSeed_is400NamingSeed() {
        Http.Response r = post("/v1/options/monte-carlo", MC.replace("\"seed\":42,", ""));

        assertProblem(r, 400, "validation", "seed");
    }

    @Test
    void test_monteCarlo_errors() {
        assertProblem(post("/v1/options/monte-carlo", MC.replace("\"paths\":200000", "\"paths\":99")), 422,
                "at-least", "paths");
        assertProblem(post("/v1/options/monte-carlo", MC.replace("\"paths\":200000", "\"paths\":1001")), 422,
                "invalid-state", "paths");
        assertProblem(post("/v1/options/monte-carlo", MC.replace("\"kind\":\"EUROPEAN\"",
                "\"kind\":\"ARITHMETIC_ASIAN\"")), 422, "not-null", "payoff.fixings");
        assertProblem(post("/v1/options/monte-carlo", MC.replace("\"kind\":\"EUROPEAN\"",
                "\"kind\":\"EUROPEAN\",\"fixings\":3")), 422, "invalid-state", "payoff.fixings");
        assertProblem(post("/v1/options/monte-carlo", MC.replace("\"strike\":100", "\"strike\":0")), 422,
                "greater-than", "payoff.strike");
        assertProblem(post("/v1/options/monte-carlo", MC.replace("\"payoff\":{", "\"payoff\":{\"x\":1,")), 400,
                "unknown-property", "payoff.x");
    }

    @Test
    void test_monteCarlo_aboveLimits_isLimitExceeded() {
        assertProblem(post("/v1/options/monte-carlo", MC.replace("\"paths\":200000", "\"paths\":100000002")), 422,
                "limit-exceeded", "paths");
        // 10^6 paths × 10,000 fixings = 10^10 simulated steps > 10^9
        assertProblem(post("/v1/options/monte-carlo", MC.replace("\"kind\":\"EUROPEAN\"",
                "\"kind\":\"ARITHMETIC_ASIAN\",\"fixings\":10000").replace("\"paths\":200000", "\"paths\":1000000")),
                422, "limit-exceeded", "paths");
    }
}
