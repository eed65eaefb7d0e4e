package org.dataprice.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * Accepts JWT bearer tokens signed with HS256 and the secret in {@code dataprice.security.jwt-secret}
 * (environment variable {@code DATAPRICE_JWT_SECRET}, at least 32 bytes). Without a secret no HS256
 * token validates. Tokens signed by an identity provider are accepted by configuring its JWKS
 * ({@code micronaut.security.token.jwt.signatures.jwks.<name>.url}); see {@code docs/api.md}.
 * Roles are read from the {@code roles} claim.
 */
@Factory
public class JwtSignatureFactory {
    /** Smallest secret accepted for HS256 (RFC 7518 section 3.2: key of at least 256 bits). */
    static final int MIN_SECRET_BYTES = 32;

    /**
     * @param secret the shared HS256 secret
     * @return the signature configuration validating HS256 tokens (declared as the interface: a
     *         factory bean inherits the annotations of its declared type, and {@code SecretSignature}
     *         is an {@code @EachBean} of properties this service does not use)
     */
    @Singleton
    @Named("dataprice-hs256")
    @Requires(property = "dataprice.security.jwt-secret", notEquals = "")
    SignatureConfiguration hs256Signature(@Value("${dataprice.security.jwt-secret}") String secret) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new ConfigurationException("dataprice.security.jwt-secret must be at least "
                    + MIN_SECRET_BYTES + " bytes for HS256");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("dataprice-hs256");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
