package org.dataprice.finance.montecarlo;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;

/**
 * A Monte Carlo value with its precision and how to reproduce it.
 *
 * @param price         the estimate (currency)
 * @param standardError its standard error, ≥ 0
 * @param lower95       price − 1.959964 SE
 * @param upper95       price + 1.959964 SE
 * @param paths         the paths simulated
 * @param seed          the seed used
 * @param controlBeta   the control coefficient β (0 without a control variate)
 * @param diagnostics   control check, zero share, largest share, ESS, heavy-tail bound and warnings; not null
 * @param explanation   streams, plain estimate, control, SE, CI, diagnostics with each warning; not null
 */
public record MonteCarloResult(double price, double standardError, double lower95, double upper95, long paths,
        long seed, double controlBeta, MonteCarloDiagnostics diagnostics, Explanation explanation) {
    /** The two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    /** Validates every field. */
    public MonteCarloResult {
        Require.finite(price, "price");
        Require.nonNegative(standardError, "standardError");
        Require.finite(lower95, "lower95");
        Require.finite(upper95, "upper95");
        Require.atLeast(paths, 1L, "paths");
        Require.finite(controlBeta, "controlBeta");
        Require.notNull(diagnostics, "diagnostics");
        Require.notNull(explanation, "explanation");
    }

    /** @return why the value is unreliable (see {@link MonteCarloDiagnostics}); empty when nothing was flagged */
    public List<String> warnings() {
        return diagnostics.warnings();
    }
}
