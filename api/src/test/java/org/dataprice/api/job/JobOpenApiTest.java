package org.dataprice.api.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The job API in the published OpenAPI document ({@code META-INF/swagger/dataprice-0.1.0.yml}): every {@code 202}
 * answer is the Job resource with a named example (Swagger UI shows it) and documents its {@code Location}; the Job
 * schema's state is a required string enum. And the source never again gives micronaut-openapi an
 * {@code allowableValues} without a {@code type}: it then parses each value as JSON at compile time and warns
 * "Can't convert FAILED to null" (the warning seen in the build logs, from {@link JobResponse#state()}).
 */
class JobOpenApiTest {
    private static final String SPEC = "/META-INF/swagger/dataprice-0.1.0.yml";
    private static final Pattern SCHEMA = Pattern.compile("@Schema\\(([^()]|\\([^()]*\\))*\\)");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec() throws IOException {
        try (InputStream in = JobOpenApiTest.class.getResourceAsStream(SPEC)) {
            assertThat(in).as(SPEC).isNotNull();
            return new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_every202_isTheJobWithAnExampleAndLocation() throws IOException {
        Map<String, Object> paths = (Map<String, Object>) spec().get("paths");
        List<String> accepted = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
            if (!(op instanceof Map<?, ?> operation) || !(operation.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            Object r = responses.get("202");
            if (r == null || method.equals("delete")) {
                return; // DELETE /v1/jobs/{id}'s 202 is the job itself still stopping, not a new job
            }
            String where = method.toUpperCase() + " " + path;
            accepted.add(where);
            Map<String, Object> response = (Map<String, Object>) r;
            Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) response.get("content")).get("application/json");
            assertThat(json).as("%s 202 content", where).isNotNull();
            assertThat(((Map<String, Object>) json.get("schema")).get("$ref")).as(where).isEqualTo("#/components/schemas/Job");
            assertThat((Map<String, Object>) json.get("examples")).as("%s 202 examples", where).isNotEmpty();
            for (Object e : ((Map<String, Object>) json.get("examples")).values()) {
                assertThat(String.valueOf(((Map<String, Object>) e).get("value"))).as(where).contains("QUEUED").contains("/v1/jobs/");
            }
            assertThat((Map<String, Object>) response.get("headers")).as("%s 202 headers", where).containsKey("Location");
        }));
        assertThat(accepted).as("the operations that start jobs").contains("POST /v1/settlements",
                "POST /v1/valuations/{id}/monte-carlo", "POST /v1/valuations/{id}/sensitivity", "POST /v1/contributions");
    }

    @Test
    @SuppressWarnings("unchecked")
    void test_jobSchema_stateIsARequiredStringEnum() throws IOException {
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec().get("components"))
                .get("schemas")).get("Job");
        Map<String, Object> state = (Map<String, Object>) ((Map<String, Object>) job.get("properties")).get("state");
        assertThat(state.get("type")).isEqualTo("string");
        assertThat((List<Object>) state.get("enum")).containsExactly("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED");
        assertThat((List<Object>) job.get("required")).contains("state");
    }

    @Test
    void test_sources_allowableValuesAlwaysNameTheirType() throws IOException {
        List<String> untyped = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = SCHEMA.matcher(Files.readString(f));
                while (m.find()) {
                    String annotation = m.group();
                    if (annotation.contains("allowableValues") && !annotation.matches("(?s).*\\btype\\s*=.*")) {
                        untyped.add(f + ": " + annotation);
                    }
                }
            }
        }
        assertThat(untyped).as("@Schema(allowableValues) without type = \"string\" (micronaut-openapi warns "
                + "\"Can't convert X to null\")").isEmpty();
    }
}
