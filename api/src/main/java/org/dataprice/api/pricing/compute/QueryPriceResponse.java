package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.util.List;

/**
 * @param price        the price Σ w(D′) over newly ruled-out worlds, to the minor unit
 * @param value        the same as a double
 * @param historyAfter the ruled-out world indices after the purchase (send as {@code history} next time)
 * @param explanation  how it was computed
 */
@Serdeable
public record QueryPriceResponse(MoneyJson price, double value, List<Integer> historyAfter,
                                 ExplanationResponse explanation) {
}
