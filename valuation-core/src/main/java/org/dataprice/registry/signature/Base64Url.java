package org.dataprice.registry.signature;

import java.util.Base64;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

/**
 * base64url without padding (RFC 4648 §5, as RFC 7515 §2 uses it), decoded strictly: only the alphabet
 * {@code A–Z a–z 0–9 - _}, no padding, no line breaks, and the text must be the canonical encoding of
 * the bytes it decodes to (RFC 4648 §3.5: unused trailing bits zero). Without that last check two texts
 * differing in one character would decode to the same signature, and a changed byte would go unnoticed.
 * Stateless and thread-safe.
 */
public final class Base64Url {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Base64Url() {
    }

    /**
     * @param bytes any bytes; not null
     * @return their base64url text without padding
     */
    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /**
     * @param text  base64url text; not null
     * @param field the field name for the error
     * @return the bytes
     * @throws InvalidInputException ({@link Rule#INVALID_FORMAT}) when the text is not canonical base64url
     */
    public static byte[] decode(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                throw new InvalidInputException(field, "character " + i, Rule.INVALID_FORMAT, "base64url without padding (RFC 4648 §5)");
            }
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "length " + text.length(), Rule.INVALID_FORMAT, "base64url without padding (RFC 4648 §5)");
        }
        if (!encode(bytes).equals(text)) {
            throw new InvalidInputException(field, "trailing bits", Rule.INVALID_FORMAT, "canonical base64url (RFC 4648 §3.5)");
        }
        return bytes;
    }
}
