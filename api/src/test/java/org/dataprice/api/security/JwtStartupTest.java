package org.dataprice.api.security;

import io.micronaut.context.ApplicationContext;
import org.dataprice.api.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A bad security setting stops start-up with a one-line reason naming the key, instead of a running
 * service that answers 500 to everything (issue 10: a 31-byte secret did exactly that).
 */
class JwtStartupTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "dataprice.security.jwt-secret|short-secret-of-31-bytes-012345|dataprice.security.jwt-secret (DATAPRICE_JWT_SECRET) is 31 bytes; HS256 needs at least 32 (or leave it unset to turn HS256 off)",
        "dataprice.security.jwt-secret|' padded-secret-of-at-least-thirty-two-bytes '|dataprice.security.jwt-secret (DATAPRICE_JWT_SECRET) has leading or trailing white space; remove it (a newline from a file?)",
        "dataprice.security.jwt-max-lifetime|forever|dataprice.security.jwt-max-lifetime is 'forever', not a duration (write e.g. 90s, 5m, 1h, 1500ms or PT1H)",
        "dataprice.security.jwt-max-lifetime|48h|dataprice.security.jwt-max-lifetime is 48h; it must be between PT1S and PT24H",
        "dataprice.security.jwt-clock-skew|1h|dataprice.security.jwt-clock-skew is 1h; it must be between PT0S and PT5M",
        "dataprice.security.jwt-jwks-algorithms|RS256,HS256|dataprice.security.jwt-jwks-algorithms holds 'HS256'; allowed: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA",
        "dataprice.security.jwt-jwks-algorithms|none|dataprice.security.jwt-jwks-algorithms holds 'none'; allowed: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA",
        "dataprice.security.api-key-cache-ttl|-5s|dataprice.security.api-key-cache-ttl is '-5s', not a duration (write e.g. 90s, 5m, 1h, 1500ms or PT1H)",
    })
    void test_start_badSetting_failsWithOneLineReason(String key, String value, String reason) {
        Map<String, Object> props = new HashMap<>(TestDatabases.h2("startup-" + key));
        props.put(key, value);

        Throwable failure = catchThrowable(() -> ApplicationContext.run(props, "test").close());

        assertThat(failure).as("start-up must fail").isNotNull();
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root.getMessage()).isEqualTo(reason).doesNotContain("\n");
    }
}
