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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: no malformed body makes any POST endpoint of the OpenAPI spec (generated at compile time,
 * so a new endpoint cannot be missed) answer 5xx, and every 4xx is problem+json without Java type names.
 * The bodies are a fixed set of known attacks plus a seeded set of random JSON-like token soups.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedBodiesTest {
    private static final long SEED = 20261205L;
    private static final Pattern PATH = Pattern.compile("^  (/\\S+):\\s*$");
    private static final Pattern JAVA = Pattern.compile("java\\.|javax\\.|io\\.micronaut|com\\.fasterxml|org\\.dataprice"
            + "|Exception|START_OBJECT|VALUE_NUMBER|\\bclass ");
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"a\"", "\"amount\"", "\"currency\"",
        "\"CNY\"", "1", "-0", "1e-999999999", "1e999999999", "\"1e-999999999\"", "9223372036854775808", "true", "null",
        "\"\"", "0.5", "\"x\"", "NaN", "\"\\u0000\"", "[]", "{}", "\"players\"", "\"seed\""};

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
        key = TestCredentials.key(keys, Role.values());
    }

    /** The POST paths of the generated spec, path variables filled with "x". */
    static List<String> postPaths() throws IOException {
        List<String> paths = new ArrayList<>();
        try (InputStream in = MalformedBodiesTest.class.getResourceAsStream("/META-INF/swagger/dataprice-0.1.0.yml")) {
            assertThat(in).as("the generated OpenAPI spec").isNotNull();
            String current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = PATH.matcher(line);
                if (m.matches()) {
                    current = m.group(1);
                } else if (current != null && line.equals("    post:")) {
                    paths.add(current.replaceAll("\\{[^}]+}", "x"));
                }
            }
        }
        return paths;
    }

    static List<String> bodies() {
        List<String> bodies = new ArrayList<>(List.of("", "{", "[]", "null", "\"x\"", "1e-999999999", "{}",
                "{\"amount\":1e-999999999}", "{\"a\":1e999999999}", "[" .repeat(500) + "]".repeat(500),
                "{\"x\":" + "9".repeat(2_000) + "}", "{\"name\":\"" + "y".repeat(10_000) + "\"}", "{\"a\":1,\"a\":2}",
                "{\"seed\":9223372036854775808}", "{\"currency\":{\"amount\":[]}}"));
        Random random = new Random(SEED);
        for (int i = 0; i < 12; i++) {
            StringBuilder soup = new StringBuilder(random.nextBoolean() ? "{" : "[");
            for (int t = random.nextInt(30); t > 0; t--) {
                soup.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            bodies.add(soup.toString());
        }
        return bodies;
    }

    @Test
    void test_everyPostEndpoint_malformedBodies_neverFiveHundredAlwaysProblemJson() throws IOException {
        List<String> paths = postPaths();
        assertThat(paths).as("POST operations in the spec").hasSizeGreaterThan(30);
        List<String> bodies = bodies();
        for (String path : paths) {
            for (String body : bodies) {
                Http.Response response = http.post(path, body, "X-API-KEY", key,
                        "Idempotency-Key", TestCredentials.idempotencyKey());
                String what = "POST " + path + " " + body.substring(0, Math.min(80, body.length())) + " -> "
                        + response.body().substring(0, Math.min(300, response.body().length()));
                assertThat(response.status()).as(what).isLessThan(500);
                if (response.status() >= 400) {
                    assertThat(response.contentType()).as(what).isEqualTo(Problem.MEDIA_TYPE);
                    assertThat(JAVA.matcher(response.body()).find()).as(what).isFalse();
                    assertThat(response.body().length()).as(what).isLessThan(3_000);
                }
            }
        }
    }
}
