package org.dataprice.api.problem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 400/422 for a body that cannot be read names the field by its JSON path and the rule, in
 * words, without Java internals: wrong JSON type, enum value, integer out of range, fraction for a
 * whole number, not a number, missing vs null, unknown property, malformed JSON, on representative
 * endpoints (finance NPV, Monte Carlo options, API keys, entropy quality weights, contributions).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyErrorsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String key;

    @BeforeAll
    void setUp() {
        http = new Http(server.getURL(), json);
        key = TestCredentials.key(keys, Role.ADMIN, Role.APPRAISER, Role.READER);
    }

    private Problem post(String path, String body, int status, String type) {
        Http.Response response = http.post(path, body, "X-API-KEY", key, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.body()).doesNotContainPattern("java\\.|javax\\.|io\\.micronaut|com\\.fasterxml|org\\.dataprice"
                + "|Exception|START_|VALUE_|`");
        Problem problem = response.problem();
        assertThat(problem.type()).isEqualTo(ProblemType.BASE + type);
        return problem;
    }

    private static final String MC = "{\"spot\":100,\"rate\":0.05,\"volatility\":0.2,\"expiry\":1,"
            + "\"payoff\":{\"kind\":\"EUROPEAN\",\"type\":\"CALL\",\"strike\":100},\"paths\":1000,\"seed\":%s}";

    @Test
    void test_wrongJsonType_objectForNumber_namesElementPath() {
        Problem problem = post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,{}]}", 400, "invalid-value");
        assertThat(problem.field()).isEqualTo("amounts[1]");
        assertThat(problem.rule()).isEqualTo("invalid-format");
        assertThat(problem.detail()).isEqualTo("amounts[1] must be in the format a number, was an object");
    }

    @Test
    void test_wrongJsonType_stringForList_namesList() {
        Problem problem = post("/v1/api-keys", "{\"name\":\"x\",\"roles\":\"READER\"}", 400, "invalid-value");
        assertThat(problem.field()).isEqualTo("roles");
        assertThat(problem.detail()).isEqualTo("roles must be an array, was a string");
    }

    @Test
    void test_wrongJsonType_booleanAndTextForNumber() {
        Problem bool = post("/v1/finance/npv", "{\"rate\":true,\"amounts\":[1]}", 400, "invalid-value");
        assertThat(bool.field()).isEqualTo("rate");
        assertThat(bool.detail()).contains("rate must be in the format of a decimal number").endsWith("was true");
        Problem text = post("/v1/appraisal/quality/entropy", "{\"values\":[[1,2],[3,\"x\"]]}", 400, "invalid-value");
        assertThat(text.field()).isEqualTo("values[1][1]");
    }

    @Test
    void test_wrongEnumValue_is422ListingAllowedValues() {
        Problem problem = post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,2],\"compounding\":{\"kind\":\"WEEKLY\"}}",
                422, "unknown");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.field()).isEqualTo("compounding.kind");
        assertThat(problem.rule()).isEqualTo("unknown");
        assertThat(problem.detail()).isEqualTo("compounding.kind must be one of [ANNUAL, PERIODIC, CONTINUOUS], was 'WEEKLY'");
        Problem role = post("/v1/api-keys", "{\"name\":\"x\",\"roles\":[\"READER\",\"GOD\"]}", 422, "unknown");
        assertThat(role.field()).isEqualTo("roles[1]");
        assertThat(role.rule()).isEqualTo("unknown");
        Problem lower = post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,2],\"compounding\":{\"kind\":\"annual\"}}",
                422, "unknown");
        assertThat(lower.detail()).as("matching is exact").endsWith("was 'annual'");
    }

    @Test
    void test_wrongEnumValue_deepInABody_is422() {
        Problem option = post("/v1/options/monte-carlo", MC.formatted("1").replace("\"EUROPEAN\"", "\"EUROPAEN\""),
                422, "unknown");
        assertThat(option.field()).isEqualTo("payoff.kind");
        assertThat(option.detail()).contains("EUROPEAN").endsWith("was 'EUROPAEN'");
        Problem type = post("/v1/options/monte-carlo", MC.formatted("1").replace("\"CALL\"", "\"CAL\""), 422, "unknown");
        assertThat(type.field()).isEqualTo("payoff.type");
        assertThat(type.detail()).contains("[CALL, PUT]");
    }

    @Test
    void test_wrongJsonType_forAnEnum_staysA400() {
        Problem object = post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,2],\"compounding\":{\"kind\":{}}}",
                400, "invalid-value");
        assertThat(object.field()).isEqualTo("compounding.kind");
        assertThat(object.rule()).isEqualTo("invalid-format");
    }

    @Test
    void test_integerOutOfRange_seedTwoToThe63() {
        Problem problem = post("/v1/options/monte-carlo", MC.formatted("9223372036854775808"), 400, "invalid-value");
        assertThat(problem.field()).isEqualTo("seed");
        assertThat(problem.rule()).isEqualTo("out-of-range");
        assertThat(problem.detail()).contains("seed must be in [-9223372036854775808, 9223372036854775807]");
    }

    @Test
    void test_integerOutOfRange_intField() {
        Problem problem = post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,2],\"periodsPerYear\":99999999999}",
                400, "invalid-value");
        assertThat(problem.field()).isEqualTo("periodsPerYear");
        assertThat(problem.rule()).isEqualTo("out-of-range");
    }

    @Test
    void test_fractionForWholeNumber_isRejectedNotTruncated() {
        Problem problem = post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,2],\"periodsPerYear\":1.5}",
                400, "invalid-value");
        assertThat(problem.field()).isEqualTo("periodsPerYear");
        assertThat(problem.detail()).contains("a whole number");
    }

    @Test
    void test_missingVsNull_number() {
        Problem missing = post("/v1/finance/npv", "{\"amounts\":[1,2]}", 400, "validation");
        assertThat(missing.violations()).containsExactly(new Problem.Violation("rate", "is missing; it is required"));
        Problem isNull = post("/v1/finance/npv", "{\"rate\":null,\"amounts\":[1,2]}", 400, "invalid-value");
        assertThat(isNull.field()).isEqualTo("rate");
        assertThat(isNull.rule()).isEqualTo("not-null");
        assertThat(isNull.detail()).contains("not allowed").endsWith("was null");
    }

    @Test
    void test_missingVsNull_numberInList() {
        Problem isNull = post("/v1/finance/npv", "{\"rate\":0.1,\"amounts\":[1,null]}", 400, "invalid-value");
        assertThat(isNull.field()).isEqualTo("amounts[1]");
        assertThat(isNull.rule()).isEqualTo("not-null");
    }

    private static final String CLASSIFICATION = "{\"name\":\"d\",\"intendedUse\":\"INTERNAL_USE\",\"acquisition\":\"SELF_DEVELOPED\","
            + "\"recognitionCriteriaMet\":true,\"developmentCriteria\":{\"technicalFeasibility\":true,\"intentionToComplete\":true,"
            + "\"wayToGenerateBenefits\":true,\"adequateResources\":true,\"reliableMeasurement\":true},"
            + "\"costs\":[{\"description\":\"staff\",\"category\":\"STAFF_COSTS\",\"phase\":\"DEVELOPMENT\","
            + "\"incurredOn\":\"2024-03-01\",\"amount\":100}]}";

    /**
     * A required value of every JSON type, at the top and nested: absent from the body is "missing" (rule
     * {@code missing}), sent as {@code null} is "not allowed … was null" (rule {@code not-null}); exact, not
     * one of two readings. Arguments: endpoint, valid body, the property's text in it (removed or replaced
     * by {@code null}), the JSON path.
     */
    static Stream<Arguments> requiredValues() {
        String key = "{\"name\":\"x\",\"roles\":[\"READER\"]}";
        String mc = MC.formatted("1");
        return Stream.of(
                Arguments.of("string", "/v1/api-keys", key, "\"name\":\"x\"", "name"),
                Arguments.of("array", "/v1/api-keys", key, "\"roles\":[\"READER\"]", "roles"),
                Arguments.of("enum, nested", "/v1/options/monte-carlo", mc, "\"type\":\"CALL\"", "payoff.type"),
                Arguments.of("object", "/v1/options/monte-carlo", mc, "\"payoff\":{\"kind\":\"EUROPEAN\",\"type\":\"CALL\",\"strike\":100}",
                        "payoff"),
                Arguments.of("boolean", "/v1/accounting/classification", CLASSIFICATION, "\"recognitionCriteriaMet\":true",
                        "recognitionCriteriaMet"),
                Arguments.of("boolean, nested", "/v1/accounting/classification", CLASSIFICATION,
                        "\"technicalFeasibility\":true", "developmentCriteria.technicalFeasibility"),
                Arguments.of("enum", "/v1/accounting/classification", CLASSIFICATION, "\"intendedUse\":\"INTERNAL_USE\"",
                        "intendedUse"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("requiredValues")
    void test_missingVsNull_everyJsonType(String kind, String path, String body, String property, String field) {
        assertThat(body).contains(property);
        String name = property.substring(0, property.indexOf(':'));
        String absent = body.replace("," + property, "").replace(property + ",", "");
        String isNull = body.replace(property, name + ":null");

        Problem missing = post(path, absent, 400, "validation");
        assertThat(missing.violations()).as(kind).containsExactly(new Problem.Violation(field, "is missing; it is required"));
        assertThat(missing.field()).isEqualTo(field);
        assertThat(missing.rule()).isEqualTo("missing");
        assertThat(missing.detail()).isEqualTo(field + " is missing; it is required");

        if (kind.startsWith("boolean")) {
            // booleans, like numbers, are refused while reading: null is never taken for missing
            Problem nulled = post(path, isNull, 400, "invalid-value");
            assertThat(nulled.field()).isEqualTo(field);
            assertThat(nulled.rule()).isEqualTo("not-null");
            assertThat(nulled.detail()).isEqualTo(field + " must not be null (null is not allowed here), was null");
        } else {
            Problem nulled = post(path, isNull, 400, "validation");
            assertThat(nulled.violations()).as(kind).containsExactly(new Problem.Violation(field, "must not be null, was null"));
            assertThat(nulled.field()).isEqualTo(field);
            assertThat(nulled.rule()).isEqualTo("not-null");
        }
    }

    /** A body that arrives in several reads (here 300 kB of padding) still tells missing from null. */
    @Test
    void test_missingVsNull_largeBody() {
        String pad = " ".repeat(300_000);
        Problem missing = post("/v1/api-keys", "{\"roles\":[\"READER\"]}" + pad, 400, "validation");
        assertThat(missing.violations()).containsExactly(new Problem.Violation("name", "is missing; it is required"));
        Problem isNull = post("/v1/api-keys", "{\"name\":null,\"roles\":[\"READER\"]}" + pad, 400, "validation");
        assertThat(isNull.violations()).containsExactly(new Problem.Violation("name", "must not be null, was null"));
    }

    @Test
    void test_missingVsNull_listElement() {
        Problem element = post("/v1/api-keys", "{\"name\":\"x\",\"roles\":[\"READER\",null]}", 400, "validation");
        assertThat(element.violations()).containsExactly(new Problem.Violation("roles[1]", "must not be null, was null"));
        assertThat(element.rule()).isEqualTo("not-null");
    }

    @Test
    void test_unknownProperty_nestedFullPath() {
        Problem problem = post("/v1/options/monte-carlo",
                MC.formatted("1").replace("\"strike\":100", "\"strike\":100,\"strik\":1"), 400, "unknown-property");
        assertThat(problem.field()).isEqualTo("payoff.strik");
    }

    @Test
    void test_unreadableDate_namesFieldAndFormat() {
        Problem problem = post("/v1/finance/npv", "{\"rate\":0.1,\"flows\":[{\"date\":\"2020-13-01\",\"amount\":1}]}",
                400, "invalid-value");
        assertThat(problem.field()).isEqualTo("flows[0].date");
        assertThat(problem.detail()).contains("a date (yyyy-MM-dd)");
    }

    @Test
    void test_malformedJson_namesWhereParserStopped() {
        Problem problem = post("/v1/appraisal/quality/entropy", "{\"values\":[[1,2],[3,4]],}", 400, "malformed-json");
        assertThat(problem.detail()).contains("line 1, column 25");
        assertThat(problem.detail()).doesNotContain("Source");
    }

    @Test
    void test_bodyOfWrongShape_arrayForObject() {
        Problem problem = post("/v1/finance/npv", "[1,2]", 400, "invalid-value");
        assertThat(problem.detail()).isEqualTo("the request body must be an object, was an array");
    }
}
