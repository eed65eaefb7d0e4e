package org.dataprice.api.pricing.compute;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.util.List;

/**
 * @param arbitrageFree true when no violation was found
 * @param violations    each violation in words
 * @param explanation   the checks made
 */
@Serdeable
public record ArbitrageCheckResponse(boolean arbitrageFree, List<String> violations, ExplanationResponse explanation) {
}
