package org.dataprice.api.apikey;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates, parses and hashes API key texts. A key reads {@code dpk_<id>_<secret>}: {@code id} is
 * 16 hex digits naming the stored row, {@code secret} is 32 random bytes in unpadded base64url
 * (256 bits). Stored: a 16-byte random salt and {@code SHA-256(salt || secret)}; a fast hash is
 * enough because the secret has full entropy (no dictionary to attack). Verification compares
 * digests with {@link MessageDigest#isEqual}, which takes time independent of where they differ.
 *
 * <p>Thread-safe.
 */
final class ApiKeySecrets {
    static final String PREFIX = "dpk_";
    private static final int ID_BYTES = 8;
    private static final int SECRET_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int MAX_KEY_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private ApiKeySecrets() {
    }

    /** A freshly generated key: its id, the full text to hand out once, and what to store. */
    record Generated(String id, String text, String salt, String hash) {
    }

    /** A key text split into its parts. */
    record Parsed(String id, String secret) {
    }

    static Generated generate() {
        String id = HEX.formatHex(randomBytes(ID_BYTES));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES));
        byte[] salt = randomBytes(SALT_BYTES);
        return new Generated(id, PREFIX + id + "_" + secret, HEX.formatHex(salt), HEX.formatHex(digest(salt, secret)));
    }

    @Nullable
    static Parsed parse(@Nullable String text) {
        if (text == null || text.length() > MAX_KEY_LENGTH || !text.startsWith(PREFIX)) {
            return null;
        }
        int sep = text.indexOf('_', PREFIX.length());
        if (sep != PREFIX.length() + 2 * ID_BYTES) {
            return null;
        }
        String id = text.substring(PREFIX.length(), sep);
        for (int i = 0; i < id.length(); i++) {
            if (Character.digit(id.charAt(i), 16) < 0) {
                return null;
            }
        }
        return new Parsed(id, text.substring(sep + 1));
    }

    /**
     * @return whether {@code secret} hashes with {@code saltHex} to {@code hashHex}; constant time
     *         in the position of the first differing byte
     */
    static boolean matches(String secret, String saltHex, String hashHex) {
        byte[] expected;
        byte[] salt;
        try {
            expected = HEX.parseHex(hashHex);
            salt = HEX.parseHex(saltHex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(digest(salt, secret), expected);
    }

    private static byte[] digest(byte[] salt, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(secret.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
