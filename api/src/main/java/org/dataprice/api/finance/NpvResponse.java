package org.dataprice.api.finance;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

/**
 * The net present value.
 *
 * @param npv         Σ c_i DF(r, t_i), in the unit of the amounts
 * @param explanation how it was computed; the last step is the NPV
 */
@Serdeable
public record NpvResponse(double npv, ExplanationResponse explanation) {
}
