package org.dataprice.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.signature.ReactiveSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.NotBeforeJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies bearer JWTs and fails closed. It replaces Micronaut's JWT validator, which accepts an
 * unsigned ({@code alg: none}) token whenever no signature is configured (micronaut-security-jwt
 * 4.15.1, {@code AbstractJsonWebTokenValidator.validateSignature(PlainJWT)} returns true when there
 * are no signature configurations) and verifies any HMAC algorithm with an HS256 secret.
 *
 * <p>A token authenticates only when every rule holds, otherwise it authenticates nothing (401):
 * <ol>
 * <li>it is at most {@value #MAX_TOKEN_CHARS} characters and parses as a JWS (never a plain or
 *     encrypted JWT);</li>
 * <li>its header {@code alg} is HS256 and {@code dataprice.security.jwt-secret} is set, and the
 *     signature verifies with that secret; or its {@code alg} is one of
 *     {@code dataprice.security.jwt-jwks-algorithms}, a JWKS is configured
 *     ({@code micronaut.security.token.jwt.signatures.jwks.*}) and a key of it verifies the signature.
 *     With neither a secret nor a JWKS no token authenticates;</li>
 * <li>the time rules of {@link JwtSettings#claimsViolation} hold ({@code exp} required, bounded
 *     lifetime, {@code nbf}/{@code iat} within the clock skew), as do Micronaut's other configured
 *     claim validators (issuer, audience; its expiry and not-before checks are superseded);</li>
 * <li>{@code sub} is 1 to {@value #MAX_SUBJECT_CHARS} characters without control characters;</li>
 * <li>{@code roles} is absent or an array of strings; names that are no {@link Role} grant nothing.</li>
 * </ol>
 * The principal name is {@code jwt:<sub>} ({@link AuthenticationMethod#JWT}), so a token cannot
 * claim the identity of an API key. Time is the system UTC clock, as for API-key expiry.
 */
@Singleton
@Replaces(ReactiveJsonWebTokenValidator.class)
public class FailClosedJwtValidator implements TokenValidator<HttpRequest<?>> {
    private final Clock clock;
    /** Longest token accepted; longer ones are refused before parsing. */
    public static final int MAX_TOKEN_CHARS = 8192;
    /** Longest subject accepted. */
    public static final int MAX_SUBJECT_CHARS = 255;
    /** The claim holding the role names. */
    public static final String ROLES_CLAIM = "roles";
    private static final Logger LOG = LoggerFactory.getLogger(FailClosedJwtValidator.class);

    private final JwtSettings settings;
    private final List<ReactiveSignatureConfiguration<SignedJWT>> keySets;
    @SuppressWarnings("rawtypes")
    private final List<GenericJwtClaimsValidator> claimsValidators;

    /**
     * @param settings          the JWT policy
     * @param keySets           the configured JWKS (reactive signature configurations)
     * @param staticKeySets     other signature configurations (e.g. a static JWKS)
     * @param claimsValidators  Micronaut's configured claim validators
     * @param clock the service clock
     */
    @SuppressWarnings("rawtypes")
    public FailClosedJwtValidator(JwtSettings settings,
                                  List<ReactiveSignatureConfiguration<SignedJWT>> keySets,
                                  List<SignatureConfiguration> staticKeySets,
                                  List<GenericJwtClaimsValidator> claimsValidators, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        List<ReactiveSignatureConfiguration<SignedJWT>> all = new ArrayList<>(keySets);
        for (SignatureConfiguration s : staticKeySets) {
            all.add(jwt -> Mono.fromCallable(() -> s.verify(jwt)).onErrorReturn(false));
        }
        this.keySets = List.copyOf(all);
        // exp and nbf are checked by JwtSettings, with the clock skew; Micronaut's own checks have none
        this.claimsValidators = claimsValidators.stream()
                .filter(v -> !(v instanceof ExpirationJwtClaimsValidator) && !(v instanceof NotBeforeJwtClaimsValidator))
                .toList();
    }

    /** @return whether any token can authenticate: a secret or a JWKS is configured */
    public boolean enabled() {
        return settings.hasSecret() || !keySets.isEmpty();
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
        return Mono.defer(() -> {
            SignedJWT jwt = parse(token);
            if (jwt == null) {
                return Mono.empty();
            }
            return verifySignature(jwt)
                    .filter(Boolean::booleanValue)
                    .flatMap(ok -> Mono.justOrEmpty(authentication(jwt, request)));
        });
    }

    @Nullable
    private SignedJWT parse(@Nullable String token) {
        if (token == null || token.length() > MAX_TOKEN_CHARS || !enabled()) {
            return null;
        }
        try {
            JWT jwt = JWTParser.parse(token);
            return jwt instanceof SignedJWT signed ? signed : null;
        } catch (ParseException | RuntimeException e) {
            LOG.debug("Bearer token refused: not a JWS ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    private Mono<Boolean> verifySignature(SignedJWT jwt) {
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (JWSAlgorithm.HS256.equals(alg) && settings.hasSecret()) {
            return Mono.just(verifyHmac(jwt));
        }
        if (settings.jwksAlgorithms().contains(alg) && !keySets.isEmpty()) {
            return Flux.fromIterable(keySets)
                    .concatMap(k -> Mono.from(k.verify(jwt)).onErrorReturn(false))
                    .any(Boolean::booleanValue);
        }
        LOG.debug("Bearer token refused: algorithm {} not accepted", alg);
        return Mono.just(false);
    }

    private boolean verifyHmac(SignedJWT jwt) {
        try {
            return jwt.verify(new MACVerifier(settings.secret()));
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<Authentication> authentication(SignedJWT jwt, @Nullable HttpRequest<?> request) {
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return refuse("claims are not a valid JSON object");
        }
        Optional<String> violation = settings.claimsViolation(claims, clock.instant());
        if (violation.isPresent()) {
            return refuse(violation.get());
        }
        JwtClaimsSetAdapter adapter = new JwtClaimsSetAdapter(claims);
        for (GenericJwtClaimsValidator<HttpRequest<?>> v : (List<GenericJwtClaimsValidator<HttpRequest<?>>>) (List<?>) claimsValidators) {
            if (!v.validate(adapter, request)) {
                return refuse("claim validator " + v.getClass().getSimpleName());
            }
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_CHARS
                || subject.chars().anyMatch(Character::isISOControl)) {
            return refuse("sub missing, too long or with control characters");
        }
        Object rolesClaim = claims.getClaim(ROLES_CLAIM);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (rolesClaim != null) {
            if (!(rolesClaim instanceof List<?> list)) {
                return refuse("roles is not an array");
            }
            for (Object r : list) {
                if (!(r instanceof String name)) {
                    return refuse("roles holds a non-string");
                }
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return Optional.of(Authentication.build(AuthenticationMethod.JWT.principal(subject),
                roles.stream().map(Role::name).toList(),
                Map.of(AuthenticationMethod.ATTRIBUTE, AuthenticationMethod.JWT.id(), "sub", subject)));
    }

    private static Optional<Authentication> refuse(String reason) {
        LOG.debug("Bearer token refused: {}", reason);
        return Optional.empty();
    }
}
