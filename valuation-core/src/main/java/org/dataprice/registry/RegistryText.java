package org.dataprice.registry;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The text rules of the registry: identifiers ({@link #id}) and bounded free text ({@link #text}). An
 * identifier is 1 to {@value #MAX_ID_LENGTH} characters of {@code A–Z a–z 0–9 . _ : -}, so that it can
 * stand in a URL path, a file name and a QR code unescaped. Stateless.
 */
public final class RegistryText {
    /** The longest identifier. */
    public static final int MAX_ID_LENGTH = 64;
    /** The longest reason or scope. */
    public static final int MAX_SHORT_TEXT = 500;
    /** The longest description. */
    public static final int MAX_LONG_TEXT = 4000;

    private RegistryText() {
    }

    /**
     * @param value an identifier; not null
     * @param field the field name
     * @return {@code value}
     */
    public static String id(String value, String field) {
        Require.notBlank(value, field);
        boolean ok = value.length() <= MAX_ID_LENGTH;
        for (int i = 0; ok && i < value.length(); i++) {
            char c = value.charAt(i);
            ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == ':' || c == '-';
        }
        if (!ok) {
            throw new InvalidInputException(field, value, Rule.INVALID_FORMAT,
                    "an identifier of 1 to " + MAX_ID_LENGTH + " characters A-Z a-z 0-9 . _ : -");
        }
        return value;
    }

    /**
     * @param value free text; not blank
     * @param max   the most characters
     * @param field the field name
     * @return {@code value}
     */
    public static String text(String value, int max, String field) {
        Require.notBlank(value, field);
        Require.withinLimit(value.length(), max, field, "");
        return value;
    }
}
