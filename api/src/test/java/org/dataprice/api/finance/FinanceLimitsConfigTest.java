package org.dataprice.api.finance;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code dataprice.finance.*} limits are read from configuration and enforced with 422 limit-exceeded. */
@MicronautTest(transactional = false)
@Property(name = "dataprice.finance.max-tree-steps", value = "50")
@Property(name = "dataprice.finance.max-monte-carlo-paths", value = "10000")
@Property(name = "dataprice.finance.max-monte-carlo-path-steps", value = "50000")
@Property(name = "dataprice.finance.monte-carlo-threads", value = "2")
@Property(name = "dataprice.finance.max-valuation-draws", value = "500")
class FinanceLimitsConfigTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    FinanceLimits limits;

    Http http;
    String reader;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        reader = TestCredentials.key(keys, Role.READER);
    }

    private Problem limitProblem(String path, String body) {
        Http.Response r = http.post(path, body, "X-API-KEY", reader);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        Problem p = r.problem();
        assertThat(p.type()).isEqualTo("https://dataprice.org/problems/limit-exceeded");
        return p;
    }

    @Test
    void test_limits_readFromConfiguration() {
        assertThat(limits.getMaxTreeSteps()).isEqualTo(50);
        assertThat(limits.getMaxMonteCarloPaths()).isEqualTo(10_000);
        assertThat(limits.getMaxMonteCarloPathSteps()).isEqualTo(50_000);
        assertThat(limits.getMonteCarloThreads()).isEqualTo(2);
        assertThat(limits.getMaxValuationDraws()).isEqualTo(500);
    }

    @Test
    void test_treeSteps_configuredLimit() {
        assertThat(http.post("/v1/options/binomial", OptionsApiTest.HULL.replace("\"steps\":5", "\"steps\":50"),
                "X-API-KEY", reader).status()).isEqualTo(200);
        assertThat(limitProblem("/v1/options/binomial", OptionsApiTest.HULL.replace("\"steps\":5", "\"steps\":51"))
                .field()).isEqualTo("steps");
        assertThat(limitProblem("/v1/options/binomial", "{\"spot\":60,\"rate\":0.08,\"volatility\":0.30,"
                + "\"expiry\":0.25,\"steps\":51,\"realOptions\":[{\"kind\":\"DEFER\",\"investmentCost\":65}]}")
                .field()).isEqualTo("steps");
    }

    @Test
    void test_monteCarlo_configuredLimits() {
        assertThat(limitProblem("/v1/options/monte-carlo", OptionsApiTest.MC.replace("200000", "10002")).field())
                .isEqualTo("paths");
        // 10,000 paths × 12 fixings = 120,000 > 50,000
        Problem p = limitProblem("/v1/options/monte-carlo", OptionsApiTest.MC.replace("200000", "10000")
                .replace("\"kind\":\"EUROPEAN\"", "\"kind\":\"GEOMETRIC_ASIAN\",\"fixings\":12"));
        assertThat(p.field()).isEqualTo("paths");
        assertThat(p.detail()).contains("fixings");
    }

    // Two worker threads give the same figures as one (the default): the core merges fixed chunks in order
    @Test
    void test_monteCarlo_threadsDoNotChangeFigures() {
        MonteCarloResponse r = http.post("/v1/options/monte-carlo", OptionsApiTest.MC.replace("200000", "10000"),
                "X-API-KEY", reader).read(MonteCarloResponse.class);
        var single = org.dataprice.finance.montecarlo.MonteCarloOptionPricer.DEFAULT.price(
                OptionMapper.toMonteCarloInputs(new MonteCarloRequest(100.0, 0.05, null, 0.2, 1.0,
                        new PayoffRequest(PayoffRequest.Kind.EUROPEAN, org.dataprice.finance.option.OptionType.CALL,
                                100.0, null, null, null), 10_000L, 42L, true,
                        org.dataprice.finance.montecarlo.ControlVariate.TERMINAL_VALUE), 1));

        assertThat(r.price()).isEqualTo(single.price());
        assertThat(r.standardError()).isEqualTo(single.standardError());
    }

    @Test
    void test_valuationDraws_configuredLimit() {
        Problem p = limitProblem("/v1/pledge/loan-limit", "{\"appraisedValue\":1000000,\"collateral\":"
                + "\"COST_APPROACH_ONLY\",\"exchangeRegistered\":true,\"qualityScore\":80,\"largestCustomerShare\":0.2,"
                + "\"remainingLifeMonths\":36,\"requestedTermMonths\":12,\"stress\":{\"percentile\":0.05,\"seed\":1,"
                + "\"draws\":501,\"value\":{\"kind\":\"UNIFORM\",\"min\":500000,\"max\":1500000}}}");
        assertThat(p.field()).isEqualTo("stress.draws");
    }
}
