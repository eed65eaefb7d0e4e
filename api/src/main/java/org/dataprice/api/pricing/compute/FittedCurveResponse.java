package org.dataprice.api.pricing.compute;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.util.List;

/**
 * The nearest arbitrage-free curve (least squares).
 *
 * @param points      the fitted curve
 * @param distance    the Euclidean distance to the wished prices
 * @param iterations  passes of the fitting algorithm (1: exact dynamic programme)
 * @param explanation how it was fitted
 */
@Serdeable
public record FittedCurveResponse(List<PriceCurveRequest.Point> points, double distance, int iterations,
                                  ExplanationResponse explanation) {
}
