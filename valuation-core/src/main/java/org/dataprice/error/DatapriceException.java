package org.dataprice.error;

import java.util.Objects;

/**
 * The root of every exception dataprice throws on purpose. Unchecked, as the inputs are records
 * validated at construction and a caller cannot recover from a broken rule by retrying.
 *
 * <p>Each exception names the {@link #field() field} it concerns (a dotted path such as
 * {@code "cashFlows[3].amount"}, or the model's name for whole-computation failures) and the
 * {@link #rule() rule} that was broken, which the service maps to an RFC 9457 problem type.
 *
 * <p>Subtypes: {@link InvalidInputException} (a value breaks a rule), {@link LimitExceededException}
 * (an input too large for the model) and {@link CalculationException} (a computation that cannot
 * give an answer: no convergence, no solution).
 */
public abstract class DatapriceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final Rule rule;

    /**
     * @param field the offending field path; not null
     * @param rule  the broken rule; not null
     * @param message the full human-readable message; not null
     */
    protected DatapriceException(String field, Rule rule, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** @return the offending field path, e.g. {@code "discountRate"} */
    public String field() {
        return field;
    }

    /** @return the rule that was broken */
    public Rule rule() {
        return rule;
    }

    /**
     * Returns a copy of this exception whose field path is prefixed, for nested inputs:
     * {@code e.within("comparables[2]")} turns {@code "price"} into {@code "comparables[2].price"}.
     *
     * @param parent the path of the enclosing input; not null
     * @return a new exception of the same kind
     */
    public abstract DatapriceException within(String parent);

    /**
     * Returns a copy of this exception on another field, the same rule, value and reason: how the service
     * names a core field by the request's JSON path where the two differ (the core's
     * {@code judgements[1][0]} is the request's {@code matrix[1][0]}).
     *
     * @param field the new field path; not null
     * @return a new exception of the same kind
     */
    public abstract DatapriceException withField(String field);

    /** Joins a parent path and a child field. */
    static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }
}
