package org.dataprice.explain;

import java.math.BigDecimal;
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

    /** @return e.g. {@code "discountRate = 0.12 1/year"} */
    @Override
    public String toString() {
        String value = number != null ? number.toPlainString() : text;
        return name + " = " + value + (unit.isEmpty() ? "" : " " + unit);
    }
}
