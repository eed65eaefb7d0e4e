package org.dataprice.api.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import org.dataprice.api.json.JsonPaths;
import org.dataprice.api.json.JsonReadLimits;
import org.dataprice.api.json.JsonValueException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.DecimalParser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a request body (or parameter) that could not be read into a problem naming the field by its
 * JSON path and the broken rule, in words a client can act on and without Java internals (no class
 * names, no library exception text beyond the JSON parser's own description of a syntax error).
 *
 * <table>
 *   <caption>what a failure to read a request becomes</caption>
 *   <tr><th>failure</th><th>status, type</th><th>rule</th></tr>
 *   <tr><td>number beyond the digit/exponent/length limits</td><td>422 {@code number-limits}</td><td>number-limits</td></tr>
 *   <tr><td>string longer, or nesting deeper, than {@link JsonReadLimits}</td><td>422 {@code limit-exceeded}</td><td>limit-exceeded</td></tr>
 *   <tr><td>not JSON (syntax)</td><td>400 {@code malformed-json}</td><td>-</td></tr>
 *   <tr><td>property the type does not have</td><td>400 {@code unknown-property}</td><td>-</td></tr>
 *   <tr><td>wrong JSON type, not a number, fraction for a whole number, unreadable date</td>
 *       <td>400 {@code invalid-value}</td><td>invalid-format</td></tr>
 *   <tr><td>whole number beyond its type</td><td>400 {@code invalid-value}</td><td>out-of-range</td></tr>
 *   <tr><td>enum value not allowed, in the body, query or path (the allowed values listed)</td>
 *       <td>422 {@code unknown}</td><td>unknown</td></tr>
 *   <tr><td>null where not allowed</td><td>400 {@code invalid-value}</td><td>not-null</td></tr>
 *   <tr><td>required value (of a primitive) missing</td><td>400 {@code invalid-value}</td><td>missing</td></tr>
 * </table>
 * Stateless.
 */
final class BodyProblems {
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]{1,200})]");
    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("Duplicate property \\[([^\\]]{1,200})]");
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile("Unexpected token (\\w+), expected (\\w+)");
    private static final Pattern ENUM = Pattern.compile("Expected one of \\[([^\\]]{0,2000})] but was");
    private static final Pattern REQUIRED = Pattern.compile("Required (?:constructor parameter|property) \\[(?:[^\\]\\s]+ )?(\\w{1,200})]");
    private static final Pattern DECODING_PROPERTY = Pattern.compile("Error decoding property \\[(\\S+) \\w{1,200}]");
    private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:java|javax|jakarta|org|io|com|sun)\\.[\\w.$]+`?");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(?:start marker at )?\\[Source: .*$");
    private static final int MAX_DETAIL = 300;

    private BodyProblems() {
    }

    /**
     * @param cause    the failure; may be null
     * @param instance the request path
     * @return the problem, or null when the failure is not about reading the request
     */
    @Nullable
    static Problem of(@Nullable Throwable cause, String instance) {
        JsonValueException value = find(cause, JsonValueException.class);
        if (value != null) {
            return valueProblem(value, instance);
        }
        StreamConstraintsException limit = find(cause, StreamConstraintsException.class);
        if (limit != null) {
            return limitProblem(limit, cause, instance);
        }
        SerdeException serde = deepestPath(cause);
        if (serde != null) {
            return serdeProblem(serde, instance);
        }
        JsonProcessingException json = find(cause, JsonProcessingException.class);
        if (json != null) {
            return syntaxProblem(json, instance);
        }
        ConversionErrorException conversion = find(cause, ConversionErrorException.class);
        if (conversion != null) {
            String field = conversion.getArgument().getName();
            Class<?> type = conversion.getArgument().getType();
            if (type.isEnum()) {
                // a query or path option: the same rule, status and listing as an enum in the body
                return unknownOption(field, java.util.Arrays.toString(type.getEnumConstants()),
                        conversion.getConversionError().getOriginalValue().orElse(""), instance);
            }
            return invalid(field, Rule.INVALID_FORMAT, field + " could not be read as " + noun(conversion.getArgument().getType())
                    + reason(conversion.getConversionError().getCause()), instance);
        }
        return null;
    }

    private static Problem valueProblem(JsonValueException e, String instance) {
        String field = JsonPaths.of(e);
        String name = field.isEmpty() ? "the request body" : field;
        if (e.rule() == Rule.NUMBER_LIMITS) {
            return unprocessable(field, new InvalidInputException(name, e.shown(), e.rule(), e.bounds()), instance);
        }
        String detail = e.rule() == Rule.NOT_NULL
                ? name + " must not be null (null is not allowed here), was null"
                : name + " " + e.rule().describe(e.bounds()) + ", was " + e.shown();
        return invalid(field, e.rule(), detail, instance);
    }

    private static Problem limitProblem(StreamConstraintsException e, @Nullable Throwable cause, String instance) {
        // the parser's constraints do not know the parser; the deserializers around it know the path
        SerdeException located = deepestPath(cause);
        String field = located != null ? JsonPaths.of(located)
                : JsonPaths.of(e.getProcessor() instanceof JsonParser p ? p : null);
        String name = field.isEmpty() ? "the request body" : field;
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Number value length")) {
            return unprocessable(field, new InvalidInputException(name,
                    "a number of more than " + JsonReadLimits.MAX_NUMBER_LENGTH + " characters", Rule.NUMBER_LIMITS,
                    DecimalParser.MAX_SIGNIFICANT_DIGITS, DecimalParser.MIN_EXPONENT, DecimalParser.MAX_EXPONENT), instance);
        }
        String bound = message.contains("nesting depth")
                ? JsonReadLimits.MAX_NESTING_DEPTH + " levels of nested arrays and objects"
                : JsonReadLimits.MAX_STRING_LENGTH + " characters";
        String was = message.contains("nesting depth") ? "nested deeper" : "longer";
        return unprocessable(field, new InvalidInputException(name, was, Rule.LIMIT_EXCEEDED, bound), instance);
    }

    /** A 422 like every domain limit; no {@code field} when the whole body is concerned. */
    private static Problem unprocessable(String field, InvalidInputException e, String instance) {
        Problem problem = DomainProblemHandler.toProblem(e, instance);
        return field.isEmpty() ? new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                instance, null, problem.rule(), null) : problem;
    }

    private static Problem serdeProblem(SerdeException e, String instance) {
        String path = JsonPaths.of(e);
        String message = String.valueOf(e.getMessage());
        Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            String field = path.isEmpty() ? unknown.group(1) : path;
            ProblemType type = ProblemType.UNKNOWN_PROPERTY;
            return new Problem(type.uri(), type.title(), type.status().getCode(),
                    "Unknown property '" + DecimalParser.show(field) + "' in the request body; check its spelling against the API",
                    instance, field, null, null);
        }
        String name = path.isEmpty() ? "the request body" : path;
        Matcher duplicate = DUPLICATE_PROPERTY.matcher(message);
        if (duplicate.find()) {
            return invalid(path, Rule.DUPLICATE, name + " must appear once in its object", instance);
        }
        Matcher enumeration = ENUM.matcher(message);
        if (enumeration.find()) {
            Object was = e instanceof InvalidFormatException f ? f.getOriginalValue() : find(e, InvalidFormatException.class) == null
                    ? "" : find(e, InvalidFormatException.class).getOriginalValue();
            return unknownOption(name, "[" + enumeration.group(1) + "]", was, instance);
        }
        Matcher token = UNEXPECTED_TOKEN.matcher(message);
        if (token.find()) {
            if (token.group(1).equals("VALUE_NULL")) {
                // null for a primitive (a boolean): not allowed, told apart from a missing value
                return invalid(path, Rule.NOT_NULL, name + " must not be null (null is not allowed here), was null", instance);
            }
            // a list that did not start records its (first) index: the list itself is the offender
            String field = token.group(2).equals("START_ARRAY") ? path.replaceFirst("\\[\\d+]$", "") : path;
            return invalid(field, Rule.INVALID_FORMAT, (field.isEmpty() ? "the request body" : field) + " must be "
                    + kind(token.group(2)) + ", was " + kind(token.group(1)), instance);
        }
        Matcher required = REQUIRED.matcher(message);
        if (required.find()) {
            // a null never gets here (JsonNumbers and the token check above report it): the property was absent
            String field = JsonPaths.join(path, required.group(1));
            return invalid(field, Rule.MISSING, field + " " + Rule.MISSING.describe(), instance);
        }
        Matcher decoding = DECODING_PROPERTY.matcher(message);
        String noun = decoding.find() ? noun(decoding.group(1)) : "a value of the documented type";
        return invalid(path, Rule.INVALID_FORMAT, name + " could not be read as " + noun + reason(e.getCause()), instance);
    }

    /**
     * A value that is not one of an option's allowed values (a misspelt enum, in the body, the query or
     * the path): a well-formed request that names nothing known, so 422 {@link Rule#UNKNOWN} like every
     * unknown reference, listing the allowed values; the value is shown as sent, shortened.
     */
    private static Problem unknownOption(String field, String allowed, @Nullable Object was, String instance) {
        String shown = "'" + DecimalParser.show(String.valueOf(was == null ? "" : was)) + "'";
        return unprocessable(field.equals("the request body") ? "" : field,
                new InvalidInputException(field, shown, Rule.UNKNOWN, allowed), instance);
    }

    private static Problem syntaxProblem(JsonProcessingException json, String instance) {
        String field = JsonPaths.of(json.getProcessor() instanceof JsonParser p ? p : null);
        String where = json.getLocation() == null ? ""
                : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        ProblemType type = ProblemType.MALFORMED_JSON;
        return new Problem(type.uri(), type.title(), type.status().getCode(),
                bounded("The request body is not well-formed JSON" + where + (field.isEmpty() ? "" : " at " + field) + ": "
                        + clean(firstLine(json.getOriginalMessage()))), instance, field.isEmpty() ? null : field, null, null);
    }

    private static Problem invalid(String field, Rule rule, String detail, String instance) {
        ProblemType type = ProblemType.INVALID_VALUE;
        return new Problem(type.uri(), type.title(), type.status().getCode(), bounded(detail), instance,
                field.isEmpty() ? null : field, rule.id(), null);
    }

    /** The SerdeException of the chain with the longest path: the one the outermost object completed. */
    @Nullable
    private static SerdeException deepestPath(@Nullable Throwable cause) {
        SerdeException best = null;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerdeException s && (best == null || s.getPath().size() > best.getPath().size())) {
                best = s;
            }
        }
        return best;
    }

    @Nullable
    static <T extends Throwable> T find(@Nullable Throwable cause, Class<T> kind) {
        int depth = 0;
        for (Throwable t = cause; t != null && depth < 50; t = t.getCause(), depth++) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    private static String kind(String token) {
        return switch (token) {
            case "START_OBJECT", "END_OBJECT" -> "an object";
            case "START_ARRAY", "END_ARRAY" -> "an array";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> "a JSON value";
        };
    }

    private static String noun(Class<?> type) {
        return noun(type.getSimpleName());
    }

    private static String noun(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return switch (simple) {
            case "LocalDate" -> "a date (yyyy-MM-dd)";
            case "YearMonth" -> "a month (yyyy-MM)";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "a timestamp (ISO 8601, e.g. 2026-01-31T12:00:00Z)";
            case "LocalDateTime" -> "a date and time (yyyy-MM-ddTHH:mm:ss)";
            case "Duration" -> "a duration (ISO 8601, e.g. PT30S)";
            case "UUID" -> "a UUID";
            case "Currency" -> "an ISO 4217 currency code";
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> "a value of the documented type";
        };
    }

    /** The reason of a value-level failure (e.g. a date's), when it is free of Java internals. */
    private static String reason(@Nullable Throwable cause) {
        if (cause == null || cause.getMessage() == null || cause instanceof SerdeException) {
            return "";
        }
        String text = clean(firstLine(cause.getMessage()));
        return text.isEmpty() ? "" : ": " + text;
    }

    private static String clean(String text) {
        String cleaned = SOURCE.matcher(text).replaceAll("");
        cleaned = JAVA_NAME.matcher(cleaned).replaceAll("value").strip();
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }

    private static String bounded(String text) {
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
    }

    static String firstLine(@Nullable String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
