package org.dataprice.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A named figure in an explanation: a number with its unit, or a text (a method name, a choice, a
 * seed given as text). Numbers are held as {@link BigDecimal}; doubles are converted by their
 * shortest decimal representation ({@link BigDecimal#valueOf(double)}), which reads back to the same
 * double, so an explanation reproduces the model's figures exactly.
 *
 * @param name   what the figure is, e.g. {@code "discountRate"}; not blank
 * @param number the numeric value; null for a text quantity
 * @param text   the text value; null for a numeric quantity
 * @param unit   the unit, e.g. {@code "CNY"}, {@code "1/year"}, {@code "%"}; empty when dimensionless
 */
public record Quantity(String name, BigDecimal number, String text, String unit) {
    /** Validates that exactly one of number and text is given. */
    public Quantity {
        Require.notBlank(name, "name");
        Require.notNull(unit, "unit");
        if ((number == null) == (text == null)) {
            throw new InvalidInputException(name, text, Rule.INVALID_STATE, "exactly one of number and text must be given");
        }
    }

    /**
     * @param name  the name; not blank
     * @param value a finite number
     * @param unit  the unit; empty when dimensionless
     * @return the quantity
     */
    public static Quantity of(String name, double value, String unit) {
        return new Quantity(name, BigDecimal.valueOf(Require.finite(value, name)), null, unit);
    }

    /**
     * @param name  the name; not blank
     * @param value a whole number (a count, a seed, a period)
     * @return the dimensionless quantity
     */
    public static Quantity count(String name, long value) {
        return new Quantity(name, BigDecimal.valueOf(value), null, "");
    }

    /**
     * @param name  the name; not blank
     * @param value the number; not null
     * @param unit  the unit
     * @return the quantity
     */
    public static Quantity of(String name, BigDecimal value, String unit) {
        return new Quantity(name, Require.notNull(value, name), null, unit);
    }

    /**
     * @param name  the name; not blank
     * @param money the amount; its currency code becomes the unit
     * @return the quantity
     */
    public static Quantity of(String name, Money money) {
        Require.notNull(money, name);
        return new Quantity(name, money.amount(), null, money.currency().getCurrencyCode());
    }

    /**
     * @param name the name; not blank
     * @param text the text; not null
     * @return a text quantity
     */
    public static Quantity text(String name, String text) {
        return new Quantity(name, null, Require.notNull(text, name), "");
    }

    /** @return true when this quantity is a number */
    public boolean isNumeric() {
        return number != null;
    }

    /** @return the number as a double; throws when this is a text quantity */
    public double doubleValue() {
        if (number == null) {
            throw new InvalidInputException(name, text, Rule.INVALID_STATE, "a text quantity has no numeric value");
        }
        return number.doubleValue();
    }

    /** Significant digits a figure keeps when shown to a person ({@link #toDisplayString()}). */
    public static final int DISPLAY_DIGITS = 12;

    private static final MathContext DISPLAY = new MathContext(DISPLAY_DIGITS, RoundingMode.HALF_EVEN);

    /**
     * The figure as a person reads it: a number written with at most two decimals (an amount in yuan and
     * fen, a count, a rate typed by a person) is shown exactly; any other number is rounded half-even to
     * {@value #DISPLAY_DIGITS} significant digits, with trailing zeros dropped, so the binary noise of a
     * double computation ({@code 0.35000000000000003}, {@code 99.99999999999999}) reads as {@code 0.35} and
     * {@code 100}. Twelve digits keep every figure a double carries to its fifteenth digit within
     * 5·10<sup>−12</sup> relative, far below any rounding an appraisal report or an index release shows.
     * The exact figure stays in {@link #number()} (and in the JSON explanation).
     *
     * @return e.g. {@code "weight = 0.333333333333"}
     */
    public String toDisplayString() {
        return name + " = " + displayValue();
    }

    /**
     * @return the value and unit as {@link #toDisplayString()} shows them, without the name, e.g.
     *         {@code "0.35 1/year"}
     */
    public String displayValue() {
        String value = text;
        if (number != null) {
            if (number.scale() <= 2) {
                value = number.toPlainString();
            } else {
                BigDecimal rounded = number.round(DISPLAY).stripTrailingZeros();
                value = rounded.signum() == 0 ? "0" : rounded.toPlainString();
            }
        }
        return value + (unit.isEmpty() ? "" : " " + unit);
    }

    /** @return e.g. {@code "discountRate = 0.12 1/year"}, the exact figure */
    @Override
    public String toString() {
        String value = number != null ? number.toPlainString() : text;
        return name + " = " + value + (unit.isEmpty() ? "" : " " + unit);
    }
}
