package org.dataprice.error;

/**
 * A computation that cannot give an answer for valid input: an iteration that did not converge
 * within its budget ({@link Rule#NO_CONVERGENCE}, with the iterations used and the tolerance asked
 * for) or an equation or program with no solution ({@link Rule#NO_SOLUTION}, e.g. cash flows whose
 * NPV never changes sign, so there is no real IRR).
 */
public final class CalculationException extends DatapriceException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int iterations;
    private final double tolerance;

    /**
     * @param field      what was being computed, e.g. {@code "irr"}; not null
     * @param rule       {@link Rule#NO_CONVERGENCE} or {@link Rule#NO_SOLUTION}; not null
     * @param reason     what happened, in words a user can act on; not null
     * @param iterations the iterations used (0 when not iterative)
     * @param tolerance  the tolerance asked for (0 when not iterative)
     */
    public CalculationException(String field, Rule rule, String reason, int iterations, double tolerance) {
        super(field, rule, field + " " + rule.describe(reason)
                + (iterations > 0 ? " (after " + iterations + " iterations, tolerance " + tolerance + ")" : ""));
        this.reason = reason;
        this.iterations = iterations;
        this.tolerance = tolerance;
    }

    /**
     * A computation with no solution.
     *
     * @param field  what was being computed; not null
     * @param reason why there is no solution; not null
     * @return the exception
     */
    public static CalculationException noSolution(String field, String reason) {
        return new CalculationException(field, Rule.NO_SOLUTION, reason, 0, 0);
    }

    /**
     * An iteration that did not converge.
     *
     * @param field      what was being computed; not null
     * @param iterations the iterations used
     * @param tolerance  the tolerance asked for
     * @return the exception
     */
    public static CalculationException noConvergence(String field, int iterations, double tolerance) {
        return new CalculationException(field, Rule.NO_CONVERGENCE, "iteration budget exhausted", iterations, tolerance);
    }

    /** @return the iterations used; 0 when not iterative */
    public int iterations() {
        return iterations;
    }

    /** @return the tolerance asked for; 0 when not iterative */
    public double tolerance() {
        return tolerance;
    }

    @Override
    public CalculationException withField(String field) {
        return new CalculationException(field, rule(), reason, iterations, tolerance);
    }

    @Override
    public CalculationException within(String parent) {
        return new CalculationException(join(parent, field()), rule(), reason, iterations, tolerance);
    }
}
