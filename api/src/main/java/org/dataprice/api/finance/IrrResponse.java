package org.dataprice.api.finance;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.util.List;

/**
 * A rate of return, with every root found.
 *
 * @param rate        the only root, or among several the one nearest the guess (decimal, per period
 *                    for IRR, per year for XIRR)
 * @param roots       every root found, ascending
 * @param signChanges sign changes of the time-ordered flows: the Descartes bound on the number of roots
 * @param unique      whether exactly one root exists
 * @param explanation how it was computed; the last step is the rate
 */
@Serdeable
public record IrrResponse(double rate, List<Double> roots, int signChanges, boolean unique,
                          ExplanationResponse explanation) {
}
