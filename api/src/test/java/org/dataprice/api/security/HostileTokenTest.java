package org.dataprice.api.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataprice.api.security.HostileTokens.claims;
import static org.dataprice.api.security.HostileTokens.hs256;
import static org.dataprice.api.security.HostileTokens.token;

/**
 * Tokens an attacker would send, against a service with the HS256 secret of the tests and against one
 * with no secret and no JWKS (where every JWT must be refused, above all the unsigned {@code alg:none}
 * ADMIN token of issue 10). Each hostile token asks for ADMIN on {@code GET /v1/api-keys}; the control
 * tokens prove that the same harness does get 200 when the token is good, so a 401 is the validator's
 * doing and not a broken request. Time rules use the defaults: lifetime at most 1 h, skew 60 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTokenTest {
    private static final String SECRET = TestCredentials.JWT_SECRET;
    private static final String OTHER = "another-secret-of-at-least-thirty-two-bytes-xx";
    private static final String ADMIN = "[\"ADMIN\"]";
    private static final String PATH = "/v1/api-keys";

    private EmbeddedServer withSecret;
    private EmbeddedServer withoutSecret;
    private Http secured;
    private Http open;

    @BeforeAll
    void start() {
        withSecret = ApplicationContext.run(EmbeddedServer.class, TestDatabases.h2("hostile-secret"), "test");
        Map<String, Object> none = new HashMap<>(TestDatabases.h2("hostile-none"));
        none.put("dataprice.security.jwt-secret", "");
        withoutSecret = ApplicationContext.run(EmbeddedServer.class, none, "test");
        JsonMapper json = withSecret.getApplicationContext().getBean(JsonMapper.class);
        secured = new Http(withSecret.getURL(), json);
        open = new Http(withoutSecret.getURL(), json);
    }

    @AfterAll
    void stop() {
        if (withSecret != null) {
            withSecret.getApplicationContext().close();
        }
        if (withoutSecret != null) {
            withoutSecret.getApplicationContext().close();
        }
    }

    private static Instant now() {
        return Instant.now();
    }

    static Stream<Arguments> hostile() {
        Instant now = now();
        Instant inHalfAnHour = now.plusSeconds(1800);
        return Stream.of(
                Arguments.of("alg none, empty signature", token("{\"alg\":\"none\"}", claims(inHalfAnHour, ADMIN), null, null)),
                Arguments.of("alg None", token("{\"alg\":\"None\"}", claims(inHalfAnHour, ADMIN), null, null)),
                Arguments.of("alg none with an HS256 signature", token("{\"alg\":\"none\"}", claims(inHalfAnHour, ADMIN),
                        "HmacSHA256", SECRET)),
                Arguments.of("HS256 signed with another key", hs256("HS256", claims(inHalfAnHour, ADMIN), OTHER)),
                Arguments.of("header HS512, HMAC-SHA512 with the secret", token("{\"alg\":\"HS512\"}",
                        claims(inHalfAnHour, ADMIN), "HmacSHA512", SECRET)),
                Arguments.of("header HS384, HMAC-SHA384 with the secret", token("{\"alg\":\"HS384\"}",
                        claims(inHalfAnHour, ADMIN), "HmacSHA384", SECRET)),
                Arguments.of("header RS256, HMAC-SHA256 with the secret", hs256("RS256", claims(inHalfAnHour, ADMIN), SECRET)),
                Arguments.of("header ES256, HMAC-SHA256 with the secret", hs256("ES256", claims(inHalfAnHour, ADMIN), SECRET)),
                Arguments.of("unknown critical header", token("{\"alg\":\"HS256\",\"crit\":[\"x-extra\"],\"x-extra\":1}",
                        claims(inHalfAnHour, ADMIN), "HmacSHA256", SECRET)),
                Arguments.of("missing exp", hs256("HS256", claims("mallory", now, null, null, ADMIN), SECRET)),
                Arguments.of("expired an hour ago", hs256("HS256", claims("mallory", now.minusSeconds(3000), null,
                        now.minusSeconds(3600), ADMIN), SECRET)),
                Arguments.of("expired beyond the skew", hs256("HS256", claims("mallory", now.minusSeconds(600), null,
                        now.minusSeconds(90), ADMIN), SECRET)),
                Arguments.of("exp as a string", hs256("HS256", "{\"sub\":\"m\",\"exp\":\"" + inHalfAnHour.getEpochSecond()
                        + "\",\"roles\":" + ADMIN + "}", SECRET)),
                Arguments.of("nbf in the future", hs256("HS256", claims("mallory", now, now.plusSeconds(600),
                        inHalfAnHour, ADMIN), SECRET)),
                Arguments.of("iat in the future beyond the skew", hs256("HS256", claims("mallory", now.plusSeconds(600),
                        null, now.plusSeconds(1200), ADMIN), SECRET)),
                Arguments.of("lifetime 2 h (exp - iat) above the 1 h maximum", hs256("HS256", claims("mallory", now, null,
                        now.plusSeconds(7200), ADMIN), SECRET)),
                Arguments.of("no iat and exp 2 h away", hs256("HS256", claims("mallory", null, null,
                        now.plusSeconds(7200), ADMIN), SECRET)),
                Arguments.of("roles a string", hs256("HS256", claims(inHalfAnHour, "\"ADMIN\""), SECRET)),
                Arguments.of("roles an object", hs256("HS256", claims(inHalfAnHour, "{\"ADMIN\":true}"), SECRET)),
                Arguments.of("roles holding a number", hs256("HS256", claims(inHalfAnHour, "[\"ADMIN\",1]"), SECRET)),
                Arguments.of("no sub", hs256("HS256", "{\"exp\":" + inHalfAnHour.getEpochSecond() + ",\"roles\":" + ADMIN + "}",
                        SECRET)),
                Arguments.of("sub with a control character", hs256("HS256", claims("mal\\u0000lory", now, null,
                        inHalfAnHour, ADMIN), SECRET)),
                Arguments.of("claims not JSON", HostileTokens.b64("{\"alg\":\"HS256\"}") + "." + HostileTokens.b64("nope")
                        + ".c2ln"),
                Arguments.of("two segments", HostileTokens.b64("{\"alg\":\"HS256\"}") + "." + HostileTokens.b64("{}")),
                Arguments.of("malformed base64", "@@@.###.$$$"),
                Arguments.of("five segments (JWE shape)", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aaaa.bbbb.cccc"),
                Arguments.of("not a JWT", "not.a.jwt"),
                Arguments.of("8 KiB of segment", "a".repeat(4000) + "." + "b".repeat(3000) + ".c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void test_hostileToken_is401_withSecret(String name, String token) {
        assertUnauthorized(secured.get(PATH, "Authorization", "Bearer " + token), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void test_hostileToken_is401_withoutSecret(String name, String token) {
        assertUnauthorized(open.get(PATH, "Authorization", "Bearer " + token), name);
    }

    @Test
    void test_withoutSecretOrJwks_everyJwtIs401_evenOneSignedWithTheTestSecret() {
        for (String token : List.of(TestCredentials.jwt(Role.ADMIN),
                hs256("HS256", claims(now().plusSeconds(600), ADMIN), OTHER),
                token("{\"alg\":\"none\"}", claims(now().plusSeconds(600), ADMIN), null, null))) {
            assertUnauthorized(open.get(PATH, "Authorization", "Bearer " + token), token);
            assertUnauthorized(open.get("/prometheus", "Authorization", "Bearer " + token), token);
            assertUnauthorized(open.post(PATH, "{\"name\":\"x\",\"roles\":[\"ADMIN\"]}", "Authorization", "Bearer " + token,
                    "Idempotency-Key", TestCredentials.idempotencyKey()), token);
        }
    }

    @Test
    void test_withoutSecret_apiKeysStillWork() {
        String key = TestCredentials.key(withoutSecret.getApplicationContext().getBean(ApiKeyService.class), Role.ADMIN);

        assertThat(open.get(PATH, "X-API-KEY", key).status()).isEqualTo(200);
    }

    @Test
    void test_controls_goodTokensAreAccepted() {
        Instant now = now();
        assertThat(status(TestCredentials.jwt(Role.ADMIN))).as("a good token").isEqualTo(200);
        assertThat(status(hs256("HS256", claims("ok", now.minusSeconds(900), null, now.minusSeconds(30), ADMIN), SECRET)))
                .as("expired 30 s ago: within the 60 s skew").isEqualTo(200);
        assertThat(status(hs256("HS256", claims("ok", now, now.plusSeconds(30), now.plusSeconds(600), ADMIN), SECRET)))
                .as("nbf 30 s ahead: within the skew").isEqualTo(200);
        assertThat(status(hs256("HS256", claims("ok", null, null, now.plusSeconds(3000), ADMIN), SECRET)))
                .as("no iat, exp 50 min away").isEqualTo(200);
        assertThat(status(hs256("HS256", claims("ok", now, null, now.plusSeconds(600), "[\"ADMIN\",\"SOMETHING_ELSE\"]"),
                SECRET))).as("unknown role names grant nothing and break nothing").isEqualTo(200);
    }

    @Test
    void test_subjectNamingAnApiKey_isAJwtPrincipalWithoutRoles_403() {
        String token = hs256("HS256", claims("apikey:0123456789abcdef", now(), null, now().plusSeconds(600), null), SECRET);

        Http.Response response = secured.get(PATH, "Authorization", "Bearer " + token);

        assertThat(response.status()).as("authenticated (a valid JWT) but no role").isEqualTo(403);
    }

    @Test
    void test_hugeBearerHeader_is4xxNot500() {
        String huge = "Bearer " + "a".repeat(1 << 20);
        int status;
        try {
            status = secured.get(PATH, "Authorization", huge).status();
        } catch (UncheckedIOException e) {
            status = -1;
        }
        assertThat(status).as("1 MiB Authorization header").isBetween(400, 499);
        assertThat(secured.get("/health/liveness").status()).as("still serving").isEqualTo(200);
    }

    private int status(String token) {
        return secured.get(PATH, "Authorization", "Bearer " + token).status();
    }

    private static void assertUnauthorized(Http.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/unauthorized");
    }
}
