package org.dataprice.api.index;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * How index values are written in a read ({@code ?precision=} of {@code GET /v1/indices/{id}/observations}).
 *
 * <ul>
 *   <li>{@link #PUBLISHED} (default): rounded half-up to the index's published decimals (at most 6), the
 *       figure the index publishes and everyone quotes;</li>
 *   <li>{@link #FULL}: the library's stored {@code double}, unrounded, written as its shortest round-trip
 *       decimal (the fewest significant digits, 1 to 17, whose nearest {@code double} is the stored one;
 *       plain notation, no exponent), so that {@code Double.parseDouble(text)} gives back exactly the value
 *       the release computed. For users who recompute changes or chain the index themselves. It is not a
 *       more accurate index: its digits beyond the published decimals carry floating-point noise.</li>
 * </ul>
 */
public enum ValuePrecision {
    /** Rounded to the published decimals. */
    PUBLISHED,
    /** The stored double, unrounded (shortest round-trip decimal). */
    FULL;

    /** The accepted parameter values, as listed in errors. */
    static final List<String> NAMES = List.of("published", "full");

    /**
     * @param text the parameter as given; null for the default
     * @return the precision
     * @throws InvalidInputException {@link Rule#UNKNOWN} on {@code precision}, listing {@link #NAMES}
     */
    public static ValuePrecision parse(String text) {
        if (text == null) {
            return PUBLISHED;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "published" -> PUBLISHED;
            case "full" -> FULL;
            default -> throw new InvalidInputException("precision", text, Rule.UNKNOWN, NAMES);
        };
    }

    /**
     * @param value    a stored value, finite
     * @param decimals the index's published decimals
     * @return the value as text at this precision
     */
    public String format(double value, int decimals) {
        return this == FULL ? shortest(value) : IndexReadService.format(value, decimals);
    }

    /**
     * The shortest decimal that reads back as {@code value}: the exact binary value rounded half-even to
     * 1, 2, ... significant digits, the first that round-trips (17 always does). Nearest at each length,
     * so the first that lies in the value's rounding interval is the shortest one.
     *
     * @param value a finite double
     * @return its shortest round-trip decimal in plain notation
     */
    static String shortest(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal d = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (d.doubleValue() == value) {
                return d.stripTrailingZeros().toPlainString();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }
}
