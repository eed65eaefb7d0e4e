package org.dataprice.api.pricing.tariff;

import org.dataprice.api.json.CoreFields;
import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.money.Money;
import org.dataprice.pricing.tariff.PublicDataTariff;
import org.dataprice.pricing.tariff.Tier;
import org.dataprice.pricing.tariff.TariffPeriod;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The mapper of public-data tariffs and their periods: JSON requests and stored rows to the core records
 * ({@code org.dataprice.pricing.tariff}: {@link PublicDataTariff}, {@link TariffPeriod}) and rows back to responses.
 * A core error names the request's JSON path ({@code tiers[i].unitPrice}, {@code discounts[i].discount}).
 * Stateless; static methods only.
 */
public final class TariffMapper {
    private TariffMapper() {
    }

    /**
     * @param tariff    the stored tariff (product, currency, trial)
     * @param tiers     the period's bands, as requested or stored
     * @param discounts the period's scenario discounts, as requested or stored
     * @return the core tariff of the period; its rules name {@code tiers[i]} and {@code discounts[i]}
     */
    public static PublicDataTariff toTariff(TariffRow tariff, List<TariffPeriodRequest.TierJson> tiers,
                                            List<TariffPeriodRequest.DiscountJson> discounts) {
        List<Tier> bands = IntStream.range(0, tiers.size()).mapToObj(i -> CoreFields.within("tiers[" + i + "]",
                () -> new Tier(tiers.get(i).fromVolume(), tiers.get(i).unitPrice()))).toList();
        List<Map.Entry<String, Double>> byScenario = discounts.stream()
                .map(d -> Map.entry(d.scenario(), d.discount())).toList();
        return PublicDataTariff.of(tariff.productId(), Money.currency(tariff.currency(), "currency"), bands, byScenario,
                tariff.trial());
    }

    /**
     * @param row a stored period
     * @return its core period of validity
     */
    public static TariffPeriod toPeriod(TariffPeriodRow row) {
        return new TariffPeriod(row.id(), row.validFrom(), row.validUntil());
    }

    /**
     * @param row       a stored tariff
     * @param periods   its periods, as responses
     * @return the response
     */
    public static TariffResponse toResponse(TariffRow row, List<TariffPeriodResponse> periods) {
        return new TariffResponse(row.id(), row.productId(), row.currency(), row.trial(), row.createdBy(),
                row.createdAt(), periods);
    }

    /**
     * @param p         a stored period
     * @param currency  its tariff's currency
     * @param tiers     its bands, read from the stored JSON
     * @param discounts its discounts, read from the stored JSON
     * @return the response
     */
    public static TariffPeriodResponse toResponse(TariffPeriodRow p, String currency,
                                                  List<TariffPeriodRequest.TierJson> tiers,
                                                  List<TariffPeriodRequest.DiscountJson> discounts) {
        return new TariffPeriodResponse(p.id(), p.validFrom(), p.validUntil(),
                p.cap() == null ? null : MoneyJson.of(p.cap(), currency), tiers, discounts, p.createdBy(), p.createdAt());
    }
}
