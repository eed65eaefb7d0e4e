package org.dataprice.error;

import java.util.Arrays;

/**
 * An input value breaks a rule. The message names the field, the rule and the value, for example
 * {@code "discountRate must be > -1, was -1.5"}.
 */
public final class InvalidInputException extends DatapriceException {
    private static final long serialVersionUID = 1L;

    private final transient Object value;
    private final transient Object[] bounds;

    /**
     * @param field  the offending field path; not null
     * @param value  the rejected value as given (may be null when the rule is {@link Rule#NOT_NULL})
     * @param rule   the broken rule; not null
     * @param bounds the bounds the rule's template names (e.g. the minimum)
     */
    public InvalidInputException(String field, Object value, Rule rule, Object... bounds) {
        super(field, rule, field + " " + rule.describe(bounds) + (rule == Rule.NOT_NULL ? "" : ", was " + show(value)));
        this.value = value;
        this.bounds = bounds.clone();
    }

    /** @return the rejected value as given; may be null */
    public Object value() {
        return value;
    }

    /** @return the bounds of the rule, in template order */
    public Object[] bounds() {
        return bounds.clone();
    }

    @Override
    public InvalidInputException within(String parent) {
        return new InvalidInputException(join(parent, field()), value, rule(), bounds);
    }

    @Override
    public InvalidInputException withField(String field) {
        return new InvalidInputException(field, value, rule(), bounds);
    }

    private static String show(Object value) {
        if (value instanceof Double d && d == 0) {
            return "0.0"; // never "-0.0" in a message
        }
        if (value instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof Object[] a) {
            return Arrays.toString(a);
        }
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
