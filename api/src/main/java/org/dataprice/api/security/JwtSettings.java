package org.dataprice.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JWT policy of the service, read and checked when the application context starts (a
 * {@link Context} bean): a bad value stops start-up with a one-line reason instead of leaving a
 * service that answers 500.
 *
 * <table>
 * <caption>Configuration</caption>
 * <tr><th>key (environment variable)</th><th>default</th><th>rule</th></tr>
 * <tr><td>{@code dataprice.security.jwt-secret} ({@code DATAPRICE_JWT_SECRET})</td><td>unset: no HS256</td>
 *     <td>at least {@value #MIN_SECRET_BYTES} UTF-8 bytes (RFC 7518 section 3.2), no leading or trailing
 *     white space</td></tr>
 * <tr><td>{@code dataprice.security.jwt-max-lifetime} ({@code DATAPRICE_JWT_MAX_LIFETIME})</td><td>1h</td>
 *     <td>longest accepted {@code exp - iat} (or {@code exp - now} without {@code iat}); 1s to 24h</td></tr>
 * <tr><td>{@code dataprice.security.jwt-clock-skew} ({@code DATAPRICE_JWT_CLOCK_SKEW})</td><td>60s</td>
 *     <td>tolerance for {@code exp}, {@code nbf} and {@code iat} against this host's clock; 0 to 5m</td></tr>
 * <tr><td>{@code dataprice.security.jwt-jwks-algorithms} ({@code DATAPRICE_JWT_JWKS_ALGORITHMS})</td>
 *     <td>RS256,ES256</td><td>the asymmetric JWS algorithms accepted from a JWKS; never {@code none}
 *     nor an HMAC algorithm</td></tr>
 * </table>
 *
 * <p>Durations are read by {@link DurationSetting}. The claims rules are in {@link #claimsViolation(JWTClaimsSet, Instant)}. Thread-safe
 * (immutable).
 */
@Context
public class JwtSettings {
    /** Smallest secret accepted for HS256 (RFC 7518 section 3.2: a key of at least 256 bits). */
    public static final int MIN_SECRET_BYTES = 32;
    /** The asymmetric algorithms a JWKS may be configured to accept. */
    static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);
    private static final Logger LOG = LoggerFactory.getLogger(JwtSettings.class);
    private static final Duration MAX_MAX_LIFETIME = Duration.ofHours(24);
    private static final Duration MAX_SKEW = Duration.ofMinutes(5);

    @Nullable
    private final byte[] secret;
    private final Duration maxLifetime;
    private final Duration clockSkew;
    private final Set<JWSAlgorithm> jwksAlgorithms;

    /**
     * @param secret         the HS256 secret; empty for none
     * @param maxLifetime    the longest token lifetime accepted
     * @param clockSkew      the clock tolerance
     * @param jwksAlgorithms comma-separated JWS algorithm names accepted from a JWKS
     * @throws ConfigurationException with a one-line reason when a value is malformed or out of range
     */
    public JwtSettings(@Value("${dataprice.security.jwt-secret:}") String secret,
                       @Value("${dataprice.security.jwt-max-lifetime:1h}") String maxLifetime,
                       @Value("${dataprice.security.jwt-clock-skew:60s}") String clockSkew,
                       @Value("${dataprice.security.jwt-jwks-algorithms:RS256,ES256}") String jwksAlgorithms) {
        try {
            this.secret = secret(secret);
            this.maxLifetime = DurationSetting.parse("dataprice.security.jwt-max-lifetime", maxLifetime,
                    Duration.ofSeconds(1), MAX_MAX_LIFETIME);
            this.clockSkew = DurationSetting.parse("dataprice.security.jwt-clock-skew", clockSkew, Duration.ZERO, MAX_SKEW);
            this.jwksAlgorithms = algorithms(jwksAlgorithms);
        } catch (ConfigurationException e) {
            LOG.error("Refusing to start: {}", e.getMessage());
            throw e;
        }
    }

    /** @return whether an HS256 secret is configured */
    public boolean hasSecret() {
        return secret != null;
    }

    /** @return a copy of the HS256 secret bytes; empty when none is configured */
    byte[] secret() {
        return secret == null ? new byte[0] : secret.clone();
    }

    /** @return the longest accepted token lifetime */
    public Duration maxLifetime() {
        return maxLifetime;
    }

    /** @return the clock tolerance */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** @return the algorithms accepted from a JWKS */
    public Set<JWSAlgorithm> jwksAlgorithms() {
        return jwksAlgorithms;
    }

    /**
     * The time rules of a token, {@code s} being the clock skew and {@code L} the maximum lifetime:
     * <ul>
     * <li>{@code exp} is present and {@code now < exp + s};</li>
     * <li>{@code nbf}, when present, satisfies {@code nbf <= now + s};</li>
     * <li>{@code iat}, when present, satisfies {@code iat <= now + s};</li>
     * <li>{@code exp - iat <= L}, or {@code exp - now <= L} when {@code iat} is absent.</li>
     * </ul>
     *
     * @param claims the claims of a token whose signature has been verified; not null
     * @param now    the current time; not null
     * @return the first rule broken, as a short sentence for the debug log; empty when none is
     */
    public Optional<String> claimsViolation(JWTClaimsSet claims, Instant now) {
        Instant exp = instant(claims.getExpirationTime());
        if (exp == null) {
            return Optional.of("no exp claim");
        }
        if (!now.isBefore(exp.plus(clockSkew))) {
            return Optional.of("expired at " + exp);
        }
        Instant nbf = instant(claims.getNotBeforeTime());
        if (nbf != null && nbf.isAfter(now.plus(clockSkew))) {
            return Optional.of("not valid before " + nbf);
        }
        Instant iat = instant(claims.getIssueTime());
        if (iat != null && iat.isAfter(now.plus(clockSkew))) {
            return Optional.of("issued in the future, at " + iat);
        }
        Instant start = iat == null ? now : iat;
        if (Duration.between(start, exp).compareTo(maxLifetime) > 0) {
            return Optional.of("lifetime " + Duration.between(start, exp) + " above the maximum " + maxLifetime);
        }
        return Optional.empty();
    }

    @Nullable
    private static Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

    @Nullable
    private static byte[] secret(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!text.equals(text.strip())) {
            throw new ConfigurationException("dataprice.security.jwt-secret (DATAPRICE_JWT_SECRET) has leading or "
                    + "trailing white space; remove it (a newline from a file?)");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new ConfigurationException("dataprice.security.jwt-secret (DATAPRICE_JWT_SECRET) is " + bytes.length
                    + " bytes; HS256 needs at least " + MIN_SECRET_BYTES + " (or leave it unset to turn HS256 off)");
        }
        return bytes;
    }

    private static Set<JWSAlgorithm> algorithms(String text) {
        Set<JWSAlgorithm> out = new LinkedHashSet<>();
        for (String name : List.of((text == null ? "" : text).split(","))) {
            String n = name.strip();
            JWSAlgorithm alg = ASYMMETRIC.stream().filter(a -> a.getName().equals(n)).findFirst().orElse(null);
            if (alg == null) {
                throw new ConfigurationException("dataprice.security.jwt-jwks-algorithms holds '" + n
                        + "'; allowed: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA");
            }
            out.add(alg);
        }
        return Set.copyOf(out);
    }
}
