package org.dataprice.api.problem;

/**
 * Thrown by the service's own code (not the domain) to answer with a problem of a given
 * {@link ProblemType}, e.g. {@code throw new ProblemException(ProblemType.NOT_FOUND, "no API key " + id)}.
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final int retryAfterSeconds;

    /**
     * @param type   the problem type; not null
     * @param detail what went wrong, safe to show to the client
     */
    public ProblemException(ProblemType type, String detail) {
        this(type, detail, 0);
    }

    /**
     * @param type              the problem type; not null
     * @param detail            what went wrong, safe to show to the client
     * @param retryAfterSeconds the answer's {@code Retry-After} in seconds; 0 for none
     */
    public ProblemException(ProblemType type, String detail, int retryAfterSeconds) {
        super(detail, null, false, false);
        this.type = type;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return the answer's {@code Retry-After} in seconds, 0 for none */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** @return the problem type */
    public ProblemType type() {
        return type;
    }
}
