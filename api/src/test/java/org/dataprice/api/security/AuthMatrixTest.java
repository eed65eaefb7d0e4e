package org.dataprice.api.security;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix of the whole service, generated from the OpenAPI document compiled into
 * the jar ({@code META-INF/swagger/dataprice-0.1.0.yml}) and checked against the table this test owns
 * ({@code operation-roles.txt}): every operation is called with no credentials, a forged API key, a
 * forged JWT (401 unless public), and with each role by API key and by JWT (403 for a role not
 * allowed; for an allowed role anything but 401, 403 or 5xx: a 400 for the minimal body proves the
 * caller got past authorisation). {@link #test_table_coversEveryOperationOfTheSpec} fails when the
 * spec gains an operation the table does not list, so a new endpoint cannot be left out.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class AuthMatrixTest {
    private static final String SPEC = "/META-INF/swagger/dataprice-0.1.0.yml";
    private static final String TABLE = "/org/dataprice/api/security/operation-roles.txt";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String FORGED_KEY = "dpk_0123456789abcdef_" + "A".repeat(43);
    private static final String FORGED_JWT = HostileTokens.hs256("HS256",
            HostileTokens.claims(Instant.now().plusSeconds(1800), "[\"ADMIN\",\"READER\",\"APPRAISER\","
                    + "\"INDEX_PUBLISHER\",\"SETTLEMENT\"]"), "forged-secret-of-at-least-thirty-two-bytes!!");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    private Http http;
    private final Map<Role, String> roleKeys = new EnumMap<>(Role.class);
    private final Map<Role, String> roleTokens = new EnumMap<>(Role.class);

    /**
     * One row of the table.
     *
     * @param method HTTP method, upper case
     * @param path   the path template
     * @param who    PUBLIC, AUTHENTICATED or roles
     * @param roles  the roles allowed (all for AUTHENTICATED, none for PUBLIC)
     * @param extra  whether the operation is absent from the OpenAPI document
     */
    public record Operation(String method, String path, String who, Set<Role> roles, boolean extra) {
        public boolean isPublic() {
            return who.equals("PUBLIC");
        }

        public String key() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return key() + " [" + who + "]";
        }
    }

    @BeforeAll
    void credentials() {
        http = new Http(server.getURL(), json);
        for (Role role : Role.values()) {
            roleKeys.put(role, TestCredentials.key(keys, role));
            roleTokens.put(role, TestCredentials.jwt(role));
        }
    }

    /** @return the rows of operation-roles.txt, in file order (also used by OpenApiExamplesTest) */
    public static List<Operation> table() {
        List<Operation> out = new ArrayList<>();
        for (String line : read(TABLE).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (f[2].equals("AUTHENTICATED")) {
                roles = EnumSet.allOf(Role.class);
            } else if (!f[2].equals("PUBLIC")) {
                for (String r : f[2].split(",")) {
                    roles.add(Role.valueOf(r));
                }
            }
            out.add(new Operation(f[0], f[1], f[2], roles, f.length > 3 && f[3].equals("extra")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Set<String> specOperations() {
        Map<String, Object> spec = new Yaml().load(read(SPEC));
        Set<String> out = new TreeSet<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains)
                .forEach(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = AuthMatrixTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void test_table_coversEveryOperationOfTheSpec() {
        Set<String> spec = specOperations();
        Map<String, Operation> table = new LinkedHashMap<>();
        for (Operation op : table()) {
            assertThat(table.put(op.key(), op)).as("listed twice: " + op.key()).isNull();
        }
        Set<String> missing = new TreeSet<>(spec);
        missing.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>();
        table.values().stream().filter(op -> !op.extra() && !spec.contains(op.key())).forEach(op -> stale.add(op.key()));

        assertThat(spec).as("the OpenAPI document lists operations").hasSizeGreaterThan(50);
        assertThat(missing).as("operations of the OpenAPI document without a row in " + TABLE
                + ": write down who may call them").isEmpty();
        assertThat(stale).as("rows of " + TABLE + " that the OpenAPI document no longer has").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void test_operation_authorisationMatrix(Operation op) {
        SoftAssertions soft = new SoftAssertions();
        if (op.isPublic()) {
            for (String[] credentials : List.of(new String[0], new String[]{"X-API-KEY", FORGED_KEY},
                    new String[]{"Authorization", "Bearer " + FORGED_JWT})) {
                Http.Response r = call(op, credentials);
                soft.assertThat(r.status()).as(op + " public, " + describe(credentials) + ": " + r.body())
                        .isNotIn(401, 403).isLessThan(500);
            }
        } else {
            expectUnauthorized(soft, op, "no credentials", call(op));
            expectUnauthorized(soft, op, "forged API key", call(op, "X-API-KEY", FORGED_KEY));
            expectUnauthorized(soft, op, "forged JWT", call(op, "Authorization", "Bearer " + FORGED_JWT));
        }
        for (Role role : Role.values()) {
            check(soft, op, role, "API key", call(op, "X-API-KEY", roleKeys.get(role)));
            check(soft, op, role, "JWT", call(op, "Authorization", "Bearer " + roleTokens.get(role)));
        }
        soft.assertAll();
    }

    private void check(SoftAssertions soft, Operation op, Role role, String how, Http.Response r) {
        String what = op + " as " + role + " by " + how + ": " + r.body();
        if (op.isPublic() || op.roles().contains(role)) {
            soft.assertThat(r.status()).as(what).isNotIn(401, 403).isLessThan(500);
        } else {
            soft.assertThat(r.status()).as(what).isEqualTo(403);
            if (r.status() == 403) {
                soft.assertThat(r.problem().type()).as(what).isEqualTo("https://dataprice.org/problems/forbidden");
            }
        }
    }

    private static void expectUnauthorized(SoftAssertions soft, Operation op, String how, Http.Response r) {
        soft.assertThat(r.status()).as(op + " with " + how + ": " + r.body()).isEqualTo(401);
        if (r.status() == 401) {
            soft.assertThat(r.contentType()).as(op + " with " + how).isEqualTo("application/problem+json");
            soft.assertThat(r.problem().type()).as(op + " with " + how)
                    .isEqualTo("https://dataprice.org/problems/unauthorized");
        }
    }

    private static String describe(String[] credentials) {
        return credentials.length == 0 ? "no credentials" : "forged " + credentials[0];
    }

    /** Calls with path parameters filled in, a minimal JSON body for writes and a fresh Idempotency-Key. */
    private Http.Response call(Operation op, String... credentials) {
        String path = op.path().replace("{party}", "p").replaceAll("\\{[^}]+}", "0000000000000000");
        String body = op.method().equals("POST") || op.method().equals("PUT") || op.method().equals("PATCH") ? "{}" : null;
        String[] headers = new String[credentials.length + 2];
        System.arraycopy(credentials, 0, headers, 0, credentials.length);
        headers[credentials.length] = "Idempotency-Key";
        headers[credentials.length + 1] = TestCredentials.idempotencyKey();
        return http.send(op.method(), path, body, headers);
    }
}
