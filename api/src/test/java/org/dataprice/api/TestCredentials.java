package org.dataprice.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.security.Role;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** Keys and tokens for the tests. */
public final class TestCredentials {
    /** The HS256 secret of application-test.yml. */
    public static final String JWT_SECRET = "test-secret-of-at-least-thirty-two-bytes-0123456789";

    private TestCredentials() {
    }

    /**
     * @param keys  the key service
     * @param roles the roles
     * @return a new key text holding those roles
     */
    public static String key(ApiKeyService keys, Role... roles) {
        EnumSet<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return keys.create("test-" + UUID.randomUUID(), set, null, "test").text();
    }

    /**
     * @param subject the subject
     * @param expiry  the expiry
     * @param secret  the HS256 secret
     * @param roles   the roles claim
     * @return a signed JWT
     */
    public static String jwt(String subject, Instant expiry, String secret, Role... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issueTime(new Date())
                    .expirationTime(Date.from(expiry))
                    .claim("roles", java.util.Arrays.stream(roles).map(Role::name).toList())
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param roles the roles claim
     * @return a valid JWT for one hour signed with the test secret
     */
    public static String jwt(Role... roles) {
        return jwt("user-" + UUID.randomUUID(), Instant.now().plusSeconds(3600), JWT_SECRET, roles);
    }

    /** @return a fresh idempotency key */
    public static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }

    /** @return the roles as a list */
    public static List<Role> all() {
        return List.of(Role.values());
    }
}
