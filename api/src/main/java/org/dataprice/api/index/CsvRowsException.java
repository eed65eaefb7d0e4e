package org.dataprice.api.index;

import org.dataprice.api.problem.Problem;

import java.util.List;

/**
 * Rows of a CSV load that failed validation: the load is rolled back and answered 400
 * {@code validation} with one violation per bad value, {@code field = lines[<line>].<column>} where
 * line 1 is the header (see {@link CsvRowsProblemHandler}).
 */
public final class CsvRowsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem.Violation> violations;

    /**
     * @param detail     the summary
     * @param violations the first violations (at most {@link TransactionLoader#MAX_VIOLATIONS})
     */
    public CsvRowsException(String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** @return the violations */
    public List<Problem.Violation> violations() {
        return violations;
    }
}
