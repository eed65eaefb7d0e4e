package org.dataprice.api.finance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.dataprice.api.explain.ExplanationResponse;

/**
 * A Monte Carlo option value with its sampling error.
 *
 * @param price         the estimate
 * @param standardError its standard error
 * @param lower95       price − 1.959964·SE
 * @param upper95       price + 1.959964·SE
 * @param paths         N
 * @param seed          the seed used
 * @param controlBeta   β of the control variate (0 without one)
 * @param warnings      why the value is unreliable, each starting "unreliable:", and the closed form where one
 *                      exists; always present, empty when nothing was flagged
 * @param diagnostics   control check z, zero share, largest share, effective sample size, σ²T
 * @param explanation   how it was computed, with the diagnostics and each warning; the last step is the price
 */
@Serdeable
public record MonteCarloResponse(double price, double standardError, double lower95, double upper95, long paths,
                                 long seed, double controlBeta,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) List<String> warnings,
                                 MonteCarloDiagnosticsResponse diagnostics, ExplanationResponse explanation) {
}
