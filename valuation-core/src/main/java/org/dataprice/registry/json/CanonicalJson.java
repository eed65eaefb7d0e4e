package org.dataprice.registry.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

/**
 * 规范化 JSON — the RFC 8785 JSON Canonicalization Scheme (JCS), for the value subset the registry signs.
 *
 * <p>Value model (what {@link #write} accepts and {@link JsonParser} returns):
 * <table>
 *   <caption>Java values and their canonical JSON</caption>
 *   <tr><th>Java</th><th>JSON</th><th>rule (RFC 8785 section)</th></tr>
 *   <tr><td>{@code Map<String, ?>}</td><td>object</td><td>members sorted by the UTF-16 code units of their
 *       names ({@link String#compareTo}), no whitespace (§3.2.3, §3.2.1)</td></tr>
 *   <tr><td>{@code List<?>}</td><td>array</td><td>elements in order (§3.2.1)</td></tr>
 *   <tr><td>{@code String}</td><td>string</td><td>{@code "} and {@code \} escaped; U+0008, U+0009, U+000A,
 *       U+000C, U+000D as {@code \b \t \n \f \r}; other controls below U+0020 as a backslash, {@code u} and four
 *       lower-case hex digits; everything else literal; a lone surrogate is refused (§3.2.2.2)</td></tr>
 *   <tr><td>{@code Long}, {@code Integer}</td><td>number</td><td>decimal integer, |n| at most 2^53 − 1 (the
 *       I-JSON range, RFC 7493 §2.2); the ECMAScript form of §3.2.2.3 equals the plain decimal there</td></tr>
 *   <tr><td>{@code BigDecimal}</td><td>string</td><td>{@link BigDecimal#toPlainString()} as given: exact
 *       decimals travel as strings, never as binary floating point (the reason RFC 8785 §3.2.2.3 and
 *       Appendix D give for strings)</td></tr>
 *   <tr><td>{@code Boolean}, {@link JsonNull}</td><td>{@code true false null}</td><td>§3.2.2.1</td></tr>
 * </table>
 * Output is UTF-8 (§3.2.4). Anything else (a double, a non-string key, a Java null) is refused with
 * {@link Rule#INVALID_FORMAT}: a fractional number has no single canonical decimal form without the
 * ECMAScript double formatter, which this subset does not need. Depth is limited to
 * {@link JsonParser#MAX_DEPTH}. Stateless and thread-safe.
 *
 * <p>Tested against RFC 8785's examples: §3.2.2 (literals and the string escapes), §3.2.3 (sorting) and
 * §3.2.4 (the UTF-8 bytes of A followed by U+030A).
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /**
     * @param value a value of the model above; not null
     * @return its canonical text
     * @throws InvalidInputException ({@link Rule#INVALID_FORMAT}) for a value outside the model
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        append(out, value, "$", 0);
        return out.toString();
    }

    /**
     * @param value a value of the model above; not null
     * @return the UTF-8 bytes of its canonical text: the bytes that are hashed and signed
     */
    public static byte[] bytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param bytes any bytes; not null
     * @return the lower-case hex SHA-256 (FIPS 180-4) of {@code bytes}, 64 characters
     */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }

    /**
     * @param bytes any bytes; not null
     * @return the SHA-256 digest of {@code bytes}, 32 bytes
     */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void append(StringBuilder out, Object value, String path, int depth) {
        if (depth > JsonParser.MAX_DEPTH) {
            throw new InvalidInputException(path, "depth " + depth, Rule.AT_MOST, JsonParser.MAX_DEPTH);
        }
        if (value instanceof String s) {
            appendString(out, s, path);
        } else if (value instanceof Long || value instanceof Integer) {
            long n = ((Number) value).longValue();
            if (Math.abs(n) > JsonParser.MAX_SAFE_INTEGER) {
                throw new InvalidInputException(path, n, Rule.OUT_OF_RANGE, "[-(2^53-1), 2^53-1] (RFC 7493 §2.2)");
            }
            out.append(n);
        } else if (value instanceof BigDecimal d) {
            appendString(out, d.toPlainString(), path);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value == JsonNull.NULL) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map, path, depth);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i), path + "[" + i + "]", depth + 1);
            }
            out.append(']');
        } else {
            throw new InvalidInputException(path, value == null ? "null" : value.getClass().getSimpleName(),
                    Rule.INVALID_FORMAT, "a JSON value of the canonical subset (object, array, string, integer, "
                            + "boolean, JsonNull; decimals as BigDecimal)");
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map, String path, int depth) {
        List<String> names = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                throw new InvalidInputException(path, key, Rule.INVALID_FORMAT, "an object with string member names");
            }
            names.add(name);
        }
        names.sort(null); // String.compareTo: UTF-16 code units, as RFC 8785 §3.2.3 requires
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String name = names.get(i);
            appendString(out, name, path);
            out.append(':');
            append(out, map.get(name), path + "." + name, depth + 1);
        }
        out.append('}');
    }

    private static void appendString(StringBuilder out, String s, String path) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new InvalidInputException(path, String.format("U+%04X at index %d", (int) c, i),
                                Rule.INVALID_FORMAT, "well-formed Unicode (no lone surrogate, RFC 8785 §3.2.2.2)");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
