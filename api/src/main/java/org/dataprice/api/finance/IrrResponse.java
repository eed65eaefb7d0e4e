package org.dataprice.api.finance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.util.List;

/**
 * A rate of return, with every root found and whether it is proven to be the only one.
 *
 * @param rate        the only root found, or among several the one nearest the guess (decimal, per
 *                    period for IRR, per year for XIRR)
 * @param roots       every root found in the scanned interval, ascending (a tangent root, where NPV
 *                    touches zero without changing sign, is listed once)
 * @param signChanges sign changes of the time-ordered flows: Descartes' bound on the number of roots,
 *                    counted with multiplicity
 * @param unique      true only when proven that no other rate r &gt; −1 has NPV = 0: the flows change
 *                    sign once (Descartes' rule of signs). With two or more sign changes always false,
 *                    even when one root was found
 * @param uniqueBy    the rule that proves uniqueness: {@code DESCARTES_ONE_SIGN_CHANGE}, or
 *                    {@code NOT_PROVEN}
 * @param scanLow     the lowest rate searched (decimal)
 * @param scanHigh    the highest rate searched (decimal)
 * @param warnings    why the rate needs care when it is not unique: other roots allowed, several
 *                    found, a tangent (double) root, rates not searched; {@code []} (always present)
 *                    when unique
 * @param explanation how it was computed (the scan, the uniqueness step with the same warnings);
 *                    the last step is the rate
 */
@Serdeable
public record IrrResponse(double rate, List<Double> roots, int signChanges, boolean unique, String uniqueBy,
                          double scanLow, double scanHigh,
                          @JsonInclude(JsonInclude.Include.ALWAYS) List<String> warnings,
                          ExplanationResponse explanation) {
}
