package org.dataprice.error;

/**
 * An input is larger than the model accepts: more players than exact Shapley enumerates, more tree
 * steps or Monte Carlo paths than the configured ceiling. Raised before any work starts, so a large
 * request fails fast instead of running out of memory. The message says what to do instead when
 * there is an alternative (e.g. sampling).
 */
public final class LimitExceededException extends DatapriceException {
    private static final long serialVersionUID = 1L;

    private final long value;
    private final long limit;
    private final String advice;

    /**
     * @param field  the offending field; not null
     * @param value  the requested size
     * @param limit  the largest accepted size
     * @param advice what to do instead (e.g. {@code "use MonteCarloShapley"}); empty when none
     */
    public LimitExceededException(String field, long value, long limit, String advice) {
        super(field, Rule.LIMIT_EXCEEDED, field + " " + Rule.LIMIT_EXCEEDED.describe(limit) + ", was " + value
                + (advice.isEmpty() ? "" : "; " + advice));
        this.value = value;
        this.limit = limit;
        this.advice = advice;
    }

    /** @return the requested size */
    public long value() {
        return value;
    }

    /** @return the largest accepted size */
    public long limit() {
        return limit;
    }

    @Override
    public LimitExceededException withField(String field) {
        return new LimitExceededException(field, value, limit, advice);
    }

    @Override
    public LimitExceededException within(String parent) {
        return new LimitExceededException(join(parent, field()), value, limit, advice);
    }
}
