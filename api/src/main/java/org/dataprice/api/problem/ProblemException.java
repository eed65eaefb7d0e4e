package org.dataprice.api.problem;

/**
 * Thrown by the service's own code (not the domain) to answer with a problem of a given
 * {@link ProblemType}, e.g. {@code throw new ProblemException(ProblemType.NOT_FOUND, "no API key " + id)}.
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;

    /**
     * @param type   the problem type; not null
     * @param detail what went wrong, safe to show to the client
     */
    public ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    /** @return the problem type */
    public ProblemType type() {
        return type;
    }
}
