package org.dataprice.registry.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.DecimalParser;

/**
 * Typed, path-aware access to the members of a parsed JSON object: every missing or mistyped member is
 * refused naming its path ({@code bundle.registrations[2].rights.PRODUCT_OPERATION[0].share}) and the rule
 * ({@link Rule#MISSING}, {@link Rule#INVALID_FORMAT}). Decimals are read from strings through the one
 * decimal parser ({@link DecimalParser}, bounded digits); instants and dates as ISO-8601 text. Immutable.
 *
 * @param members the object's members; not null
 * @param path    the object's path, used as the prefix of every member's field name
 */
public record JsonFields(Map<String, Object> members, String path) {
    /** Checks the components. */
    public JsonFields {
        members = Map.copyOf(members);
    }

    /**
     * @param value a parsed value that must be an object
     * @param path  its path
     * @return its fields
     */
    @SuppressWarnings("unchecked")
    public static JsonFields of(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidInputException(path, kind(value), Rule.INVALID_FORMAT, "a JSON object");
        }
        return new JsonFields((Map<String, Object>) map, path);
    }

    /**
     * @param name a member name
     * @return the member's path
     */
    public String pathOf(String name) {
        return path + "." + name;
    }

    /**
     * @param name a required member
     * @return its raw value
     */
    public Object get(String name) {
        Object value = members.get(name);
        if (value == null) {
            throw new InvalidInputException(pathOf(name), null, Rule.MISSING);
        }
        return value;
    }

    /**
     * @param name a required string member
     * @return its text
     */
    public String string(String name) {
        Object value = get(name);
        if (!(value instanceof String s)) {
            throw new InvalidInputException(pathOf(name), kind(value), Rule.INVALID_FORMAT, "a JSON string");
        }
        return s;
    }

    /**
     * @param name an optional string member
     * @return its text, empty when absent
     */
    public Optional<String> optionalString(String name) {
        return members.containsKey(name) ? Optional.of(string(name)) : Optional.empty();
    }

    /**
     * Requires a member to hold one fixed value (a format name, a version, a key type): anything else is
     * refused as {@link Rule#UNKNOWN} naming the one value understood, never guessed at.
     *
     * @param name     a required member
     * @param expected the one value understood ({@code String}, {@code Long} or {@code Boolean})
     */
    public void expect(String name, Object expected) {
        Object value = get(name);
        if (!expected.equals(value)) {
            throw new InvalidInputException(pathOf(name), value, Rule.UNKNOWN, "[" + expected + "]");
        }
    }

    /**
     * @param name a required integer member
     * @return its value
     */
    public long integer(String name) {
        Object value = get(name);
        if (!(value instanceof Long n)) {
            throw new InvalidInputException(pathOf(name), kind(value), Rule.INVALID_FORMAT, "a JSON integer");
        }
        return n;
    }

    /**
     * @param name a required boolean member
     * @return its value
     */
    public boolean bool(String name) {
        Object value = get(name);
        if (!(value instanceof Boolean b)) {
            throw new InvalidInputException(pathOf(name), kind(value), Rule.INVALID_FORMAT, "true or false");
        }
        return b;
    }

    /**
     * @param name a required decimal member, written as a JSON string ({@code "0.25"})
     * @return its exact value
     */
    public BigDecimal decimal(String name) {
        return DecimalParser.decimal(string(name), pathOf(name));
    }

    /**
     * @param name a required ISO-8601 instant member ({@code "2026-12-05T06:00:00Z"})
     * @return its value
     */
    public Instant instant(String name) {
        String text = string(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(pathOf(name), text, Rule.INVALID_FORMAT, "an ISO-8601 instant");
        }
    }

    /**
     * @param name a required ISO-8601 date member ({@code "2026-12-05"})
     * @return its value
     */
    public LocalDate date(String name) {
        String text = string(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(pathOf(name), text, Rule.INVALID_FORMAT, "an ISO-8601 date");
        }
    }

    /**
     * @param name a required object member
     * @return its fields
     */
    public JsonFields object(String name) {
        return of(get(name), pathOf(name));
    }

    /**
     * @param name a required array member whose elements are objects
     * @return the elements' fields, each with its indexed path
     */
    public List<JsonFields> objects(String name) {
        Object value = get(name);
        if (!(value instanceof List<?> list)) {
            throw new InvalidInputException(pathOf(name), kind(value), Rule.INVALID_FORMAT, "a JSON array");
        }
        List<JsonFields> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(of(list.get(i), pathOf(name) + "[" + i + "]"));
        }
        return out;
    }

    /**
     * @param name  a required string member naming an enum constant
     * @param type  the enum
     * @param <E>   the enum type
     * @return the constant
     */
    public <E extends Enum<E>> E constant(String name, Class<E> type) {
        String text = string(name);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw new InvalidInputException(pathOf(name), text, Rule.UNKNOWN, java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static String kind(Object value) {
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long) {
            return "integer";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "null";
    }
}
