package org.dataprice.api.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.exceptions.SerdeException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.DecimalParser;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads every number of a request body (fields of type {@link BigDecimal}, {@code double},
 * {@code long}, {@code int} and their boxes, alone or in lists) through {@link DecimalParser}, the one
 * bounded parser: the number's text as written (a JSON number, or a JSON string holding a number) is
 * checked for length, significant digits and exponent before anything is computed from it.
 *
 * <p>Rules, each reported with the field's JSON path by {@code ProblemErrorResponseProcessor}:
 * <ul>
 *   <li>a JSON number or a string holding one: accepted within the limits, else 422 {@code number-limits};</li>
 *   <li>other text, {@code true}/{@code false}: 400 {@code invalid-value} (rule {@code invalid-format});</li>
 *   <li>an object or an array: 400 {@code invalid-value} (rule {@code invalid-format});</li>
 *   <li>a whole-number field: a fraction is {@code invalid-format}, beyond the Java type {@code out-of-range};</li>
 *   <li>{@code null} where the field is a primitive or marked {@code @NotNull}: 400 {@code invalid-value}
 *       (rule {@code not-null}); a missing field is reported by bean validation instead.</li>
 * </ul>
 * Stateless.
 */
public final class JsonNumbers {
    private static final String NOT_NULL = "jakarta.validation.constraints.NotNull";
    private static final String NOT_NULL_LIST = NOT_NULL + "$List";

    private JsonNumbers() {
    }

    /**
     * @param decoder the decoder positioned at the value
     * @return the value's text: a number as written, a string's content, or {@code true}/{@code false}
     * @throws JsonValueException for an object or array
     */
    static String text(Decoder decoder) throws IOException {
        try {
            return decoder.decodeString();
        } catch (JsonValueException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            // the parser's outer guard (JsonReadLimits) stopped a number token longer than the text limit
            throw new JsonValueException(Rule.NUMBER_LIMITS, "a number of more than " + JsonReadLimits.MAX_NUMBER_LENGTH
                    + " characters", DecimalParser.MAX_SIGNIFICANT_DIGITS, DecimalParser.MIN_EXPONENT,
                    DecimalParser.MAX_EXPONENT);
        } catch (SerdeException e) {
            String message = String.valueOf(e.getMessage());
            String kind = message.contains("START_ARRAY") || message.contains("array") ? "an array"
                    : message.contains("START_OBJECT") ? "an object" : "not a number";
            throw new JsonValueException(Rule.INVALID_FORMAT, kind, "a number");
        }
    }

    /**
     * Reads null: the caller returns null when this is true.
     *
     * @param decoder the decoder
     * @param type    the field's type, with its annotations
     * @return true when the value is null and null is allowed
     * @throws JsonValueException when the value is null and the field is a primitive or {@code @NotNull}
     */
    static boolean isAllowedNull(Decoder decoder, Argument<?> type) throws IOException {
        if (!decoder.decodeNull()) {
            return false;
        }
        var annotations = type.getAnnotationMetadata();
        if (type.isPrimitive() || annotations.hasAnnotation(NOT_NULL) || annotations.hasAnnotation(NOT_NULL_LIST)) {
            throw new JsonValueException(Rule.NOT_NULL, "null");
        }
        return true;
    }

    /**
     * @param text the number's text
     * @return the decimal, within the limits
     */
    static BigDecimal decimal(String text) throws JsonValueException {
        try {
            return DecimalParser.decimal(text, "value");
        } catch (InvalidInputException e) {
            throw rethrow(e);
        }
    }

    /**
     * @param text the number's text
     * @return the double, finite
     */
    static double toDouble(String text) throws JsonValueException {
        try {
            return DecimalParser.toDouble(text, "value");
        } catch (InvalidInputException e) {
            throw rethrow(e);
        }
    }

    /**
     * @param text the number's text
     * @param min  the smallest value of the field's type
     * @param max  the largest value of the field's type
     * @return the whole number
     */
    static long toLong(String text, long min, long max) throws JsonValueException {
        try {
            return DecimalParser.toLong(text, "value", min, max);
        } catch (InvalidInputException e) {
            throw rethrow(e);
        }
    }

    private static JsonValueException rethrow(InvalidInputException e) {
        return new JsonValueException(e.rule(), String.valueOf(e.value()), e.bounds());
    }
}
