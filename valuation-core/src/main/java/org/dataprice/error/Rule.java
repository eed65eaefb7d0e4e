package org.dataprice.error;

import java.util.Locale;

/**
 * The validation and calculation rules of dataprice, each with a stable identifier and a message
 * template. One enum holds every message so that a rule reads the same wherever it is broken and maps
 * to exactly one RFC 9457 problem {@code type} URI in the service ({@link #typeUri()}).
 *
 * <p>Templates use {@link String#format} placeholders for the rule's bounds; the offending field and
 * value are added by {@link InvalidInputException}, giving messages such as
 * {@code "discountRate must be > -1, was -1.5"}.
 *
 * <p>New rules are added in alphabetical order of their constant name. Identifiers, once published,
 * never change: clients key on them.
 */
public enum Rule {
    /** A command or offer that arrives after the deadline of a negotiation or auction. */
    AFTER_DEADLINE("after-deadline", "After the deadline", "must be before the deadline %s"),
    /** A value that must be at least a bound. */
    AT_LEAST("at-least", "Value below minimum", "must be >= %s"),
    /** A value that must be at most a bound. */
    AT_MOST("at-most", "Value above maximum", "must be <= %s"),
    /** Two money amounts or prices in different currencies were combined. */
    CURRENCY_MISMATCH("currency-mismatch", "Currencies differ", "must be in currency %s"),
    /** A list that must not hold the same key twice. */
    DUPLICATE("duplicate", "Duplicate entry", "must not contain duplicates (%s)"),
    /** A collection or text that must not be empty. */
    EMPTY("empty", "Empty input", "must not be empty"),
    /** A value that must be strictly greater than a bound. */
    GREATER_THAN("greater-than", "Value not above bound", "must be > %s"),
    /** Judgements (e.g. an AHP pairwise matrix) that contradict each other beyond a tolerance. */
    INCONSISTENT("inconsistent", "Inconsistent judgements", "must be consistent: %s"),
    /** Text that does not parse in the documented format. */
    INVALID_FORMAT("invalid-format", "Invalid format", "must be in the format %s"),
    /** An operation that is not allowed in the object's current state. */
    INVALID_STATE("invalid-state", "Not allowed in the current state", "is not allowed: %s"),
    /** A value outside its accepted band that is only allowed with a stated justification. */
    JUSTIFICATION_REQUIRED("justification-required", "Justification required",
            "needs a stated justification: %s"),
    /** A value that must be strictly less than a bound. */
    LESS_THAN("less-than", "Value not below bound", "must be < %s"),
    /** A size or count above what the model accepts (players, steps, paths). */
    LIMIT_EXCEEDED("limit-exceeded", "Limit exceeded", "must be at most %s"),
    /** Too few items for the method (comparables, transactions, periods). */
    TOO_FEW("too-few", "Too few items", "must have at least %s"),
    /**
     * A required value absent from a request (the property is not there at all), told apart from
     * {@link #NOT_NULL}, a value given as {@code null} where null is not allowed.
     */
    MISSING("missing", "Required value missing", "is missing; it is required"),
    /** An iterative method that did not reach its tolerance. */
    NO_CONVERGENCE("no-convergence", "No convergence", "did not converge: %s"),
    /** An equation or program without a solution (no real IRR root, an infeasible LP). */
    NO_SOLUTION("no-solution", "No solution", "has no solution: %s"),
    /** An actor who is not the party allowed to act (not the seller, not the buyer). */
    NOT_A_PARTY("not-a-party", "Not a party", "must be the %s"),
    /** A number that must be finite (not NaN, not infinite). */
    NOT_FINITE("not-finite", "Not a finite number", "must be a finite number"),
    /** A required value that was null. */
    NOT_NULL("not-null", "Missing value", "must not be null"),
    /** A matrix that must be positive semi-definite (a correlation matrix). */
    NOT_POSITIVE_SEMIDEFINITE("not-positive-semidefinite", "Matrix not positive semi-definite",
            "must be positive semi-definite (%s)"),
    /** A pairwise-comparison matrix that must satisfy a_ij * a_ji = 1. */
    NOT_RECIPROCAL("not-reciprocal", "Matrix not reciprocal", "must be reciprocal: %s"),
    /** A signed document (an exchange's export bundle) that the trust list does not recognise; the bound is the reason. */
    NOT_RECOGNISED("not-recognised", "Not recognised", "is not recognised: %s"),
    /** A matrix that must equal its transpose (a correlation matrix), with the first asymmetric entry. */
    NOT_SYMMETRIC("not-symmetric", "Matrix not symmetric", "must be symmetric (%s)"),
    /** A correlation matrix whose diagonal entries must all be exactly 1. */
    NOT_UNIT_DIAGONAL("not-unit-diagonal", "Diagonal not 1", "must have 1 on the diagonal (%s)"),
    /**
     * A number written with more significant digits or a larger decimal exponent than dataprice
     * accepts (checked before any arithmetic, so that {@code 1e-999999999} costs nothing).
     */
    NUMBER_LIMITS("number-limits", "Number too long or too large",
            "must be a number with at most %s significant digits and a decimal exponent from %s to %s"),
    /** A value outside an interval. */
    OUT_OF_RANGE("out-of-range", "Value out of range", "must be in %s"),
    /** A command by the party whose turn it is not (alternating offers). */
    OUT_OF_TURN("out-of-turn", "Out of turn", "must wait for its turn (next to act: %s)"),
    /**
     * A listing or deal that the market's negative list (负面清单) prohibits: a prohibited category, keyword or data
     * class; the bound names the list entry, its version and the legal clause it rests on.
     */
    PROHIBITED("prohibited", "Prohibited by the negative list", "is prohibited by %s"),
    /** A value that cannot be represented at the requested scale without rounding. */
    PRECISION_LOSS("precision-loss", "Rounding required", "must have at most %s decimal places"),
    /**
     * A party whose market credit (市场信用) restricts an action (listing, bidding) until a date; the bounds name the
     * date and the standing that imposes it.
     */
    RESTRICTED("restricted", "Restricted by market credit", "is restricted until %s: %s"),
    /** Revenue at the proposed prices above the maximum allowed revenue (public-data tariff). */
    REVENUE_CEILING("revenue-ceiling", "Above the allowed revenue", "must not exceed the maximum allowed revenue %s"),
    /** A set of weights or shares that must add up to a total. */
    SUM_MISMATCH("sum-mismatch", "Sum mismatch", "must sum to %s"),
    /** Sizes of related inputs that must agree. */
    SIZE_MISMATCH("size-mismatch", "Sizes differ", "must have size %s"),
    /** A key that names nothing known (an unknown player, product or method). */
    UNKNOWN("unknown", "Unknown reference", "must be one of %s");

    private static final String TYPE_BASE = "https://dataprice.org/problems/";

    private final String id;
    private final String title;
    private final String template;

    Rule(String id, String title, String template) {
        this.id = id;
        this.title = title;
        this.template = template;
    }

    /** @return the stable kebab-case identifier, e.g. {@code "greater-than"}; never null */
    public String id() {
        return id;
    }

    /** @return a short summary of the problem type that does not change between occurrences */
    public String title() {
        return title;
    }

    /** @return the RFC 9457 problem type URI for this rule */
    public String typeUri() {
        return TYPE_BASE + id;
    }

    /**
     * Formats the rule with its bounds.
     *
     * @param args the bounds the template names; may be empty when the template has none
     * @return the rule text, e.g. {@code "must be > -1"}
     */
    public String describe(Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Double d && d == 0) {
                shown[i] = 0.0; // never "-0.0" in a message
            }
        }
        return String.format(Locale.ROOT, template, shown);
    }
}
