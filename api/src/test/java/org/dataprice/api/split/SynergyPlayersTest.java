package org.dataprice.api.split;

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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A SYNERGY game takes every player up to the documented {@code dataprice.split.max-synergy-players}
 * (1,000 by default, docs/revenue-split.md), not only indices below 62 (the width of a coalition
 * bitmask). Values are the closed form φ<sub>i</sub> = a<sub>i</sub> + ½ Σ<sub>j</sub> b<sub>ij</sub>
 * (Shapley 1953), checked exactly on the players that hold synergies.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynergyPlayersTest {
    private static final double TOLERANCE = 1e-12;

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

    private static String game(int players, String synergies) {
        StringBuilder additive = new StringBuilder();
        for (int i = 0; i < players; i++) {
            additive.append(i == 0 ? "" : ",").append(i % 7);
        }
        return "{\"method\": \"SHAPLEY\", \"game\": {\"type\": \"SYNERGY\", \"additive\": [" + additive
                + "], \"synergies\": [" + synergies + "]}}";
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_shapley_thousandPlayersWithSynergiesAboveIndex62() {
        Http.Response response = http.post("/v1/contributions", game(1_000,
                "{\"members\": [0, 999], \"worth\": 10}, {\"members\": [62, 63], \"worth\": 4},"
                        + "{\"members\": [998, 500], \"worth\": 2}, {\"members\": [999, 500], \"worth\": 6}"),
                "X-API-KEY", reader);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<Number> values = (List<Number>) response.map().get("values");
        assertThat(values).hasSize(1_000);
        assertThat(values.get(0).doubleValue()).isCloseTo(0 + 5.0, within(TOLERANCE));
        assertThat(values.get(62).doubleValue()).isCloseTo(62 % 7 + 2.0, within(TOLERANCE));
        assertThat(values.get(63).doubleValue()).isCloseTo(63 % 7 + 2.0, within(TOLERANCE));
        assertThat(values.get(500).doubleValue()).isCloseTo(500 % 7 + 1.0 + 3.0, within(TOLERANCE));
        assertThat(values.get(998).doubleValue()).isCloseTo(998 % 7 + 1.0, within(TOLERANCE));
        assertThat(values.get(999).doubleValue()).isCloseTo(999 % 7 + 5.0 + 3.0, within(TOLERANCE));
        assertThat(values.get(1).doubleValue()).isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void test_limit_oneThousandAndOnePlayers_is422OnAdditive() {
        Http.Response response = http.post("/v1/contributions", game(1_001, ""), "X-API-KEY", reader);

        Problem problem = problem(response);
        assertThat(problem.field()).isEqualTo("game.additive");
        assertThat(problem.rule()).isEqualTo("limit-exceeded");
        assertThat(problem.detail()).contains("1000");
    }

    @Test
    void test_memberEqualToPlayerCount_is422OutOfRange() {
        Http.Response response = http.post("/v1/contributions", game(1_000, "{\"members\": [3, 1000], \"worth\": 1}"),
                "X-API-KEY", reader);

        Problem problem = problem(response);
        assertThat(problem.field()).isEqualTo("game.synergies[0].members[1]");
        assertThat(problem.rule()).isEqualTo("out-of-range");
        assertThat(problem.detail()).contains("[0, 999]");
    }

    @Test
    void test_pairOfOnePlayer_is422Duplicate() {
        Http.Response response = http.post("/v1/contributions", game(100, "{\"members\": [70, 70], \"worth\": 1}"),
                "X-API-KEY", reader);

        Problem problem = problem(response);
        assertThat(problem.field()).isEqualTo("game.synergies[0].members[1]");
        assertThat(problem.rule()).isEqualTo("duplicate");
    }

    private static Problem problem(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        Map<String, Object> body = response.map();
        assertThat(body).containsKey("field");
        return response.problem();
    }
}
