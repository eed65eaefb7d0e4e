package org.dataprice.registry.signature;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonFields;
import org.dataprice.registry.json.JsonParser;

/**
 * JSON Web Signature in compact serialization (RFC 7515 §3.1, §7.1) with EdDSA over Ed25519
 * (RFC 8037 §3.1):
 * <pre>
 *   BASE64URL(UTF8(protected header)) '.' BASE64URL(payload) '.' BASE64URL(Ed25519(signing input))
 *   signing input = ASCII(BASE64URL(UTF8(protected header)) '.' BASE64URL(payload))   (RFC 7515 §5.1)
 * </pre>
 * The registry writes the header as canonical JSON {@code {"alg":"EdDSA","kid":…,"typ":…}}.
 *
 * <p>Verification ({@link #verify}) answers, in this order: malformed envelope (not three canonical
 * base64url parts, header not a JSON object) → {@link SignatureOutcome#INVALID_SIGNATURE}; {@code alg}
 * other than {@code EdDSA} (so {@code "none"} is refused, RFC 8725 §3.1), a {@code crit} header (no
 * extension is understood, RFC 7515 §4.1.11) or a {@code typ} other than the expected one →
 * INVALID_SIGNATURE; no {@code kid} or a {@code kid} not in the set → {@link SignatureOutcome#UNKNOWN_KEY};
 * a signature that does not verify over the exact bytes received → INVALID_SIGNATURE. The key's validity
 * period is checked by the caller against the signing time the payload states
 * ({@link PublishedKey#inServiceAt}). Nothing is re-serialised before checking, so any changed byte of
 * the compact text fails. Stateless and thread-safe.
 *
 * <p>Tested with RFC 8037 Appendix A.4 (the Ed25519 JWS of "Example of Ed25519 signing").
 */
public final class CompactJws {
    /** The longest compact JWS read, in characters (the JSON limit, base64-expanded, plus the header). */
    public static final int MAX_LENGTH = JsonParser.MAX_BYTES / 3 * 4 + 4096;

    private CompactJws() {
    }

    /**
     * Signs with an explicit protected header (the primitive; {@link #sign(SigningKey, String, byte[], Instant)}
     * is the registry's use of it).
     *
     * @param header  the protected header members (canonical JSON is written); not null
     * @param payload the payload bytes; not null
     * @param key     the private key; not null
     * @return the compact serialization
     */
    public static String sign(Map<String, Object> header, byte[] payload, java.security.PrivateKey key) {
        String signingInput = Base64Url.encode(CanonicalJson.bytes(header)) + "." + Base64Url.encode(payload);
        byte[] signature = Ed25519.sign(key, signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64Url.encode(signature);
    }

    /**
     * Signs a payload with the registry's header {@code {"alg":"EdDSA","kid":…,"typ":…}}.
     *
     * @param key      the signing key; must be in service at {@code signedAt}
     * @param type     the document type ({@code typ}, RFC 7515 §4.1.9); not blank
     * @param payload  the payload bytes; not null
     * @param signedAt the signing time the payload states; not null
     * @return the compact serialization
     */
    public static String sign(SigningKey key, String type, byte[] payload, Instant signedAt) {
        Require.notNull(key, "key");
        Require.notBlank(type, "type");
        Require.that(key.published().inServiceAt(Require.notNull(signedAt, "signedAt")), "signedAt", signedAt,
                Rule.INVALID_STATE, "key " + key.kid() + " is not in service at that time");
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "EdDSA");
        header.put("kid", key.kid());
        header.put("typ", type);
        return sign(header, Require.notNull(payload, "payload"), key.privateKey());
    }

    /**
     * @param compact the compact serialization as received; not null
     * @param keys    the key set to trust; not null
     * @param type    the expected {@code typ}
     * @return the outcome, with the key and payload when valid
     */
    public static SignatureCheck verify(String compact, KeySet keys, String type) {
        Require.notNull(keys, "keys");
        Require.notNull(compact, "compact");
        Require.notBlank(type, "type");
        if (compact.length() > MAX_LENGTH) {
            return SignatureCheck.failed(SignatureOutcome.INVALID_SIGNATURE, "longer than " + MAX_LENGTH + " characters");
        }
        int first = compact.indexOf('.');
        int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
        if (first < 0 || second < 0 || compact.indexOf('.', second + 1) >= 0) {
            return SignatureCheck.failed(SignatureOutcome.INVALID_SIGNATURE, "not a compact JWS of three parts (RFC 7515 §7.1)");
        }
        JsonFields header;
        byte[] payload;
        byte[] signature;
        try {
            header = JsonParser.parseObject(Base64Url.decode(compact.substring(0, first), "header"), "header");
            payload = Base64Url.decode(compact.substring(first + 1, second), "payload");
            signature = Base64Url.decode(compact.substring(second + 1), "signature");
        } catch (DatapriceException e) {
            return SignatureCheck.failed(SignatureOutcome.INVALID_SIGNATURE, "malformed: " + e.getMessage());
        }
        Object alg = header.members().get("alg");
        if (!"EdDSA".equals(alg)) {
            return SignatureCheck.failed(SignatureOutcome.INVALID_SIGNATURE, "alg must be EdDSA (RFC 8037 §3.1), was " + alg);
        }
        if (header.members().containsKey("crit")) {
            return SignatureCheck.failed(SignatureOutcome.INVALID_SIGNATURE, "crit header extensions are not understood (RFC 7515 §4.1.11)");
        }
        if (!type.equals(header.members().get("typ"))) {
            return SignatureCheck.failed(SignatureOutcome.INVALID_SIGNATURE,
                    "typ must be " + type + ", was " + header.members().get("typ"));
        }
        if (!(header.members().get("kid") instanceof String kid)) {
            return SignatureCheck.failed(SignatureOutcome.UNKNOWN_KEY, "the header names no kid");
        }
        PublishedKey key = keys.find(kid).orElse(null);
        if (key == null) {
            return SignatureCheck.failed(SignatureOutcome.UNKNOWN_KEY, "key " + kid + " is not in the key set");
        }
        byte[] signingInput = compact.substring(0, second).getBytes(StandardCharsets.US_ASCII);
        if (!Ed25519.verify(key.publicKey(), signingInput, signature)) {
            return SignatureCheck.failed(SignatureOutcome.INVALID_SIGNATURE, "the signature does not verify with key " + kid);
        }
        return new SignatureCheck(SignatureOutcome.VALID, "signed by key " + kid, key, payload);
    }

    /**
     * Reads the {@code kid} of a compact JWS <em>without verifying anything</em>: only to choose which
     * trusted key set to verify it with (an exchange's trust list), never to trust the document.
     *
     * @param compact the compact serialization; not null
     * @return the header's {@code kid}, empty when the header is malformed or names none
     */
    public static java.util.Optional<String> unverifiedKid(String compact) {
        int first = compact.indexOf('.');
        if (first < 0 || compact.length() > MAX_LENGTH) {
            return java.util.Optional.empty();
        }
        try {
            Object kid = JsonParser.parseObject(Base64Url.decode(compact.substring(0, first), "header"), "header")
                    .members().get("kid");
            return kid instanceof String s ? java.util.Optional.of(s) : java.util.Optional.empty();
        } catch (DatapriceException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Verifies a JWS whose header has no {@code kid} or {@code typ} against one public key: the primitive
     * that RFC 8037 A.4 exercises.
     *
     * @param compact the compact serialization; not null
     * @param key     the public key; not null
     * @return whether the signature over the exact signing input is valid
     */
    public static boolean verifyWith(String compact, java.security.PublicKey key) {
        int second = compact.lastIndexOf('.');
        if (second < 0) {
            return false;
        }
        try {
            byte[] signature = Base64Url.decode(compact.substring(second + 1), "signature");
            return Ed25519.verify(key, compact.substring(0, second).getBytes(StandardCharsets.US_ASCII), signature);
        } catch (DatapriceException e) {
            return false;
        }
    }
}
