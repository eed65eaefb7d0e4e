package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.pricing.band.CitedValuation;

import java.time.LocalDate;

/**
 * The stored valuation report an appraisal cites, as the appraisal shows it.
 *
 * @param id            the valuation id
 * @param link          where it is served ({@code /v1/valuations/{id}}; its issued report under {@code /report.json})
 * @param value         its concluded value (评估值), the appraisal's A
 * @param low           its lowest approach indication
 * @param high          its highest approach indication
 * @param valuationDate its valuation date (评估基准日)
 * @param firm          the appraisal firm and appraisers it names
 */
@Serdeable
public record CitedValuationJson(String id, String link, MoneyJson value, MoneyJson low, MoneyJson high,
                                 LocalDate valuationDate, String firm) {
    /**
     * @param v the core citation
     * @return its JSON form
     */
    public static CitedValuationJson of(CitedValuation v) {
        return new CitedValuationJson(v.id(), "/v1/valuations/" + v.id(), MoneyJson.of(v.value()), MoneyJson.of(v.low()),
                MoneyJson.of(v.high()), v.valuationDate(), v.firm());
    }
}
