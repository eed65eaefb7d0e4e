package org.dataprice.api.problem;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error is an RFC 9457 problem: framework errors, validation, domain exceptions, faults. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "1MB")
class ProblemResponsesTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String admin;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        admin = TestCredentials.key(keys, Role.ADMIN);
    }

    private static Problem assertProblem(Http.Response response, int status, String typeId) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        Problem problem = response.problem();
        assertThat(problem.type()).isEqualTo("https://dataprice.org/problems/" + typeId);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at io.");
        return problem;
    }

    @Test
    void test_unauthorized_is401Problem() {
        assertProblem(http.get("/v1/api-keys"), 401, "unauthorized");
    }

    @Test
    void test_forbidden_is403Problem() {
        assertProblem(http.get("/v1/api-keys", "X-API-KEY", TestCredentials.key(keys, Role.READER)), 403, "forbidden");
    }

    @Test
    void test_unknownPath_is404Problem() {
        Problem problem = assertProblem(http.get("/v1/no-such-thing", "X-API-KEY", admin), 404, "not-found");
        assertThat(problem.instance()).isEqualTo("/v1/no-such-thing");
    }

    @Test
    void test_wrongMethod_is405Problem() {
        Http.Response response = http.send("PUT", "/v1/api-keys", "{}", "X-API-KEY", admin);
        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void test_bodyTooLarge_is413Problem() {
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"roles\":[\"READER\"]}";
        Http.Response response = http.post("/v1/api-keys", big, "X-API-KEY", admin, "Idempotency-Key", "big");
        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void test_wrongMediaType_is415Problem() {
        Http.Response response = http.send("POST", "/v1/api-keys", "name=x", "X-API-KEY", admin,
                "Idempotency-Key", "k415", "Content-Type", "text/plain");
        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void test_malformedJson_is400Problem() {
        Http.Response response = http.post("/v1/api-keys", "{\"name\": \"x\", roles", "X-API-KEY", admin,
                "Idempotency-Key", TestCredentials.idempotencyKey());
        Problem problem = assertProblem(response, 400, "malformed-json");
        assertThat(problem.detail()).contains("line 1");
    }

    @Test
    void test_nonFiniteNumberInJson_is400Problem() {
        assertProblem(http.post("/test/problems/order", "{\"total\": NaN, \"items\": [{\"price\": 1}]}"),
                400, "malformed-json");
    }

    @Test
    void test_unknownProperty_is400ProblemNamingIt() {
        Http.Response response = http.post("/v1/api-keys", "{\"name\":\"x\",\"roles\":[\"READER\"],\"role\":\"ADMIN\"}",
                "X-API-KEY", admin, "Idempotency-Key", TestCredentials.idempotencyKey());
        Problem problem = assertProblem(response, 400, "unknown-property");
        assertThat(problem.field()).isEqualTo("role");
    }

    @Test
    void test_beanValidation_listsViolationsWithNestedPaths() {
        Http.Response response = http.post("/test/problems/order", "{\"items\": [{\"price\": 1}, {\"price\": -2}]}");
        Problem problem = assertProblem(response, 400, "validation");
        assertThat(problem.violations()).extracting(Problem.Violation::field)
                .containsExactly("items[1].price", "total");
        assertThat(problem.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    @Test
    void test_invalidInputException_is422WithRuleTypeFieldAndRule() {
        Problem problem = assertProblem(http.get("/test/problems/invalid"), 422, Rule.GREATER_THAN.id());
        assertThat(problem.type()).isEqualTo(Rule.GREATER_THAN.typeUri());
        assertThat(problem.title()).isEqualTo(Rule.GREATER_THAN.title());
        assertThat(problem.field()).isEqualTo("discountRate");
        assertThat(problem.rule()).isEqualTo("greater-than");
        assertThat(problem.detail()).isEqualTo("discountRate must be > -1, was -1.5");
        assertThat(problem.instance()).isEqualTo("/test/problems/invalid");
    }

    @Test
    void test_limitExceededException_is422() {
        Problem problem = assertProblem(http.get("/test/problems/limit"), 422, Rule.LIMIT_EXCEEDED.id());
        assertThat(problem.field()).isEqualTo("players");
        assertThat(problem.detail()).contains("30").contains("20").contains("MonteCarloShapley");
    }

    @Test
    void test_calculationException_is422() {
        Problem problem = assertProblem(http.get("/test/problems/calculation"), 422, Rule.NO_CONVERGENCE.id());
        assertThat(problem.field()).isEqualTo("irr");
        assertThat(problem.rule()).isEqualTo("no-convergence");
    }

    @Test
    void test_nestedDomainField_keepsItsPath() {
        Problem problem = assertProblem(http.get("/test/problems/nested"), 422, Rule.GREATER_THAN.id());
        assertThat(problem.field()).isEqualTo("comparables[2].price");
    }

    @Test
    void test_unexpectedFault_is500WithoutInternals() {
        Http.Response response = http.get("/test/problems/crash");
        Problem problem = assertProblem(response, 500, "internal");
        assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("IllegalState");
        assertThat(problem.detail()).contains("logged");
    }

    @Test
    void test_nonFiniteResult_isNeverWrittenAsJson() {
        Http.Response response = http.get("/test/problems/nan");
        assertThat(response.body()).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(response.status()).isEqualTo(500);
    }

    @Test
    void test_negativeZero_isWrittenAsZero() {
        Http.Response response = http.get("/test/problems/negative-zero");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"value\":0.0}");
    }
}
