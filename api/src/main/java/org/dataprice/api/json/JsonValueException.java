package org.dataprice.api.json;

import io.micronaut.serde.exceptions.SerdeException;
import org.dataprice.error.Rule;

/**
 * A JSON value that cannot become the request's field: not a number, a number beyond the
 * {@link org.dataprice.money.DecimalParser} limits, a whole number out of range, a null where none is
 * allowed, a value of the wrong JSON type. Thrown by the service's own deserializers
 * ({@link JsonNumbers}); being a {@link SerdeException}, every enclosing object and list adds its step
 * to {@link #getPath()}, from which {@code ProblemErrorResponseProcessor} writes the problem's
 * {@code field} ({@link JsonPaths#of}). The message never holds the value in full.
 */
public final class JsonValueException extends SerdeException {
    private static final long serialVersionUID = 1L;

    private final Rule rule;
    private final String shown;
    private final transient Object[] bounds;

    /**
     * @param rule   the broken rule; not null
     * @param shown  the value as shown to the client, already shortened; not null
     * @param bounds the bounds of the rule's template
     */
    public JsonValueException(Rule rule, String shown, Object... bounds) {
        super(rule.describe(bounds) + ", was " + shown);
        this.rule = rule;
        this.shown = shown;
        this.bounds = bounds.clone();
    }

    /** @return the broken rule */
    public Rule rule() {
        return rule;
    }

    /** @return the offending value, shortened for display */
    public String shown() {
        return shown;
    }

    /** @return the rule's bounds */
    public Object[] bounds() {
        return bounds.clone();
    }
}
