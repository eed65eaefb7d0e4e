package org.dataprice.registry.signature;

import java.security.PublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonFields;

/**
 * One public signing key as published: an RFC 8037 §2 OKP JSON Web Key ({@code "kty":"OKP",
 * "crv":"Ed25519"}, {@code x} in base64url) with its key id, {@code "use":"sig"} and {@code "alg":"EdDSA"}
 * (RFC 7517 §4.2, §4.4), and its validity: in service from {@code validFrom}, retired at {@code retiredAt}
 * (absent while in service). Validity travels in the private members {@code "dataprice_valid_from"} and
 * {@code "dataprice_retired_at"}; RFC 7517 §4 lets a reader ignore members it does not understand.
 *
 * <p>The key id is the RFC 7638 JWK thumbprint of the key: base64url(SHA-256 of the canonical JSON of
 * {@code {"crv","kty","x"}}) — so a key id cannot be re-used for another key. Rotation retires a key
 * ({@link KeySet#retire}); it stays in the set so that what it signed while in service stays verifiable.
 * A document is accepted as signed by a key only if its signing time lies in {@code [validFrom, retiredAt)}.
 *
 * @param kid       the key id: the RFC 7638 thumbprint of {@code x}
 * @param x         the raw 32-byte public key, base64url
 * @param validFrom the first instant the key signs; not null
 * @param retiredAt the instant it stopped signing, or null while in service; after {@code validFrom}
 */
public record PublishedKey(String kid, String x, Instant validFrom, Instant retiredAt) {
    /** Checks the components: {@code x} decodes to a key and {@code kid} is its thumbprint. */
    public PublishedKey {
        Require.notNull(kid, "kid");
        Ed25519.publicKey(Base64Url.decode(Require.notNull(x, "x"), "x"));
        Require.that(kid.equals(thumbprint(x)), "kid", kid, Rule.INVALID_FORMAT,
                "the RFC 7638 thumbprint of x, " + thumbprint(x));
        Require.notNull(validFrom, "validFrom");
        Require.that(retiredAt == null || retiredAt.isAfter(validFrom), "retiredAt", retiredAt, Rule.GREATER_THAN, validFrom);
    }

    /**
     * @param key       an Ed25519 public key; not null
     * @param validFrom the first instant it signs
     * @return the key, in service, with its thumbprint as id
     */
    public static PublishedKey of(PublicKey key, Instant validFrom) {
        String x = Base64Url.encode(Ed25519.raw(key));
        return new PublishedKey(thumbprint(x), x, validFrom, null);
    }

    /**
     * The RFC 7638 §3 thumbprint of an OKP Ed25519 key (the required members {@code crv, kty, x} in
     * canonical JSON, hashed with SHA-256, base64url). Tested with RFC 8037 Appendix A.3.
     *
     * @param x the raw public key, base64url
     * @return the thumbprint
     */
    public static String thumbprint(String x) {
        Map<String, Object> required = Map.of("crv", "Ed25519", "kty", "OKP", "x", x);
        return Base64Url.encode(CanonicalJson.sha256(CanonicalJson.bytes(required)));
    }

    /** @return the JDK public key */
    public PublicKey publicKey() {
        return Ed25519.publicKey(Base64Url.decode(x, "x"));
    }

    /** @return the retirement instant, empty while in service */
    public Optional<Instant> retired() {
        return Optional.ofNullable(retiredAt);
    }

    /**
     * @param at an instant; not null
     * @return whether the key signs at {@code at}: {@code validFrom ≤ at < retiredAt}
     */
    public boolean inServiceAt(Instant at) {
        return !at.isBefore(validFrom) && (retiredAt == null || at.isBefore(retiredAt));
    }

    /**
     * @param at the retirement instant; after {@code validFrom}
     * @return this key retired at {@code at}
     */
    public PublishedKey retire(Instant at) {
        Require.that(retiredAt == null, "retiredAt", retiredAt, Rule.INVALID_STATE, "the key is already retired");
        return new PublishedKey(kid, x, validFrom, at);
    }

    /** @return the JWK (RFC 7517 §4, RFC 8037 §2) as a JSON object of the canonical model */
    public Map<String, Object> toJwk() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", x);
        jwk.put("kid", kid);
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        jwk.put("dataprice_valid_from", validFrom.toString());
        if (retiredAt != null) {
            jwk.put("dataprice_retired_at", retiredAt.toString());
        }
        return jwk;
    }

    /**
     * Reads a JWK written by {@link #toJwk()}; other members are ignored (RFC 7517 §4).
     *
     * @param jwk the key's members
     * @return the key
     * @throws InvalidInputException when {@code kty}, {@code crv} or {@code alg} is not the Ed25519 one, or a
     *         member is missing or malformed
     */
    public static PublishedKey fromJwk(JsonFields jwk) {
        jwk.expect("kty", "OKP");
        jwk.expect("crv", "Ed25519");
        if (jwk.members().containsKey("alg")) {
            jwk.expect("alg", "EdDSA");
        }
        Instant retired = jwk.members().containsKey("dataprice_retired_at") ? jwk.instant("dataprice_retired_at") : null;
        try {
            return new PublishedKey(jwk.string("kid"), jwk.string("x"), jwk.instant("dataprice_valid_from"), retired);
        } catch (InvalidInputException e) {
            throw e.within(jwk.path());
        }
    }
}
