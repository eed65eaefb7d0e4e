package org.dataprice.registry.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A strict, bounded reader of the JSON that {@link CanonicalJson} writes: RFC 8259 syntax under the I-JSON
 * restrictions of RFC 7493 (UTF-8 only, no duplicate member names §2.3, integers within ±(2^53 − 1) §2.2,
 * no lone surrogates §2.1), returning the value model of {@link CanonicalJson} (objects as unmodifiable
 * insertion-ordered maps, arrays as unmodifiable lists, integers as {@code Long}).
 *
 * <p>Refused, each with {@link Rule#INVALID_FORMAT} naming the byte offset: malformed syntax, a number
 * with a fraction or exponent (decimals travel as strings), invalid UTF-8, a control character inside a
 * string, trailing content. Limits, checked before the work they bound: {@link #MAX_BYTES} of input,
 * nesting depth {@link #MAX_DEPTH} ({@link LimitExceededException}). Whitespace between tokens is
 * accepted, so a document need not be canonical to be read; a signature check compares the signed bytes,
 * not a re-serialisation. Stateless and thread-safe.
 */
public final class JsonParser {
    /** The largest document read, in bytes (8 MiB: an export bundle of {@code 1000} registrations). */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 32;
    /** 2^53 − 1, the largest integer exchanged exactly (RFC 7493 §2.2). */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private final String text;
    private final String field;
    private int pos;

    private JsonParser(String text, String field) {
        this.text = text;
        this.field = field;
    }

    /**
     * @param utf8  the document; not null, at most {@link #MAX_BYTES}
     * @param field the name of the input, for messages (e.g. {@code "bundle"})
     * @return the value: a {@code Map}, {@code List}, {@code String}, {@code Long}, {@code Boolean} or
     *         {@link JsonNull#NULL}
     */
    public static Object parse(byte[] utf8, String field) {
        Require.notNull(utf8, field);
        Require.withinLimit(utf8.length, MAX_BYTES, field, "split the document");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, "bytes", Rule.INVALID_FORMAT, "UTF-8 (RFC 8259 §8.1)");
        }
        JsonParser parser = new JsonParser(text, field);
        parser.skipSpace();
        Object value = parser.value(0);
        parser.skipSpace();
        if (parser.pos != text.length()) {
            throw parser.error("end of document");
        }
        return value;
    }

    /**
     * Parses a document that must be an object.
     *
     * @param utf8  the document; not null
     * @param field the name of the input, for messages
     * @return its members, read through {@link JsonFields}
     */
    public static JsonFields parseObject(byte[] utf8, String field) {
        return JsonFields.of(parse(utf8, field), field);
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new LimitExceededException(field + ".depth", depth, MAX_DEPTH, "");
        }
        if (pos >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", JsonNull.NULL);
            default:
                return number();
        }
    }

    private Map<String, Object> object(int depth) {
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("a member name");
            }
            int at = pos;
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (members.put(name, value(depth + 1)) != null) {
                throw new InvalidInputException(field, "member \"" + name + "\" at offset " + at, Rule.DUPLICATE,
                        "member names in an object, RFC 7493 §2.3");
            }
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                return Collections.unmodifiableMap(members);
            }
        }
    }

    private List<Object> array(int depth) {
        pos++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            skipSpace();
            items.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                return Collections.unmodifiableList(items);
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("a closing quote");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw error("no control character inside a string (escape it)");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("an escape");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(hex4());
                default -> {
                    pos--;
                    throw error("a valid escape");
                }
            }
        }
        String s = out.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error("well-formed Unicode (no lone surrogate, RFC 7493 §2.1)");
            }
        }
        return s;
    }

    private char hex4() {
        if (pos + 4 > text.length()) {
            throw error("four hex digits");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0) {
                throw error("four hex digits");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private Long number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        int count = pos - digits;
        if (count == 0) {
            pos = start;
            throw error("a value");
        }
        if (count > 1 && text.charAt(digits) == '0') {
            pos = digits;
            throw error("no leading zero");
        }
        if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            throw error("an integer (decimals are written as strings)");
        }
        if (count > 16) {
            pos = start;
            throw error("an integer within ±(2^53-1) (RFC 7493 §2.2)");
        }
        long n = Long.parseLong(text.substring(start, pos));
        if (Math.abs(n) > MAX_SAFE_INTEGER) {
            pos = start;
            throw error("an integer within ±(2^53-1) (RFC 7493 §2.2)");
        }
        return n;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private InvalidInputException error(String expected) {
        return new InvalidInputException(field, "character offset " + pos, Rule.INVALID_FORMAT,
                "JSON (RFC 8259, I-JSON RFC 7493): expected " + expected);
    }
}
