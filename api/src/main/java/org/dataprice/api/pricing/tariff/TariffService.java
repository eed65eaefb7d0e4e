package org.dataprice.api.pricing.tariff;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;

import org.dataprice.api.transaction.Transactions;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.tariff.FeeResult;
import org.dataprice.pricing.tariff.PriceCap;
import org.dataprice.pricing.tariff.PriceCaps;
import org.dataprice.pricing.tariff.PublicDataTariff;
import org.dataprice.pricing.tariff.Tier;
import org.dataprice.pricing.tariff.TieredFeeSchedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.Clock;
import org.dataprice.api.time.ServiceClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Public-data tariffs and their periods (ADMIN manages them), and the fee of a volume under the period
 * valid at an instant ({@link PublicDataTariff#fee}). A period's schedule is validated by
 * {@link TieredFeeSchedule#of}, every band price is checked against the cap ({@link PriceCaps#checkActualPrice}),
 * and periods of one tariff may not overlap (checked under the tariff's version lock).
 */
@Singleton
public class TariffService {
    private static final Argument<List<TariffPeriodRequest.TierJson>> TIERS =
            Argument.listOf(TariffPeriodRequest.TierJson.class);
    private static final Argument<List<TariffPeriodRequest.DiscountJson>> DISCOUNTS =
            Argument.listOf(TariffPeriodRequest.DiscountJson.class);

    private final TariffRepository tariffs;
    private final TariffPeriodRepository periods;
    private final Transactions tx;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param tariffs the tariff table
     * @param periods the period table
     * @param tx      transactions
     * @param json    the JSON mapper for tiers and discounts
     * @param clock   the market clock
     */
    public TariffService(TariffRepository tariffs, TariffPeriodRepository periods, Transactions tx,
                         JsonMapper json, Clock clock) {
        this.tariffs = tariffs;
        this.periods = periods;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param request the tariff
     * @param admin   the caller
     * @return the stored tariff, without periods
     */
    public TariffResponse create(CreateTariffRequest request, String admin) {
        Currency currency = currency(request.currency(), "currency");
        TariffRow row = new TariffRow(UUID.randomUUID().toString(), request.productId().strip(),
                currency.getCurrencyCode(), Boolean.TRUE.equals(request.trial()), admin, now(), 0);
        return tx.write(() -> toResponse(tariffs.save(row), List.of()));
    }

    /**
     * @param id a tariff
     * @return it with its periods
     */
    public TariffResponse find(String id) {
        return tx.read(() -> toResponse(row(id), periods.findByTariffIdOrderByValidFrom(id)));
    }

    /**
     * @param id      the tariff
     * @param request the period
     * @param admin   the caller
     * @return the stored period
     */
    public TariffPeriodResponse addPeriod(String id, TariffPeriodRequest request, String admin) {
        Instant from = PricingMapper.micros(request.validFrom());
        Instant until = PricingMapper.micros(request.validUntil());
        Require.that(until.isAfter(from), "validUntil", until, Rule.GREATER_THAN, from);
        List<TariffPeriodRequest.DiscountJson> discounts = request.discounts() == null ? List.of() : request.discounts();
        return tx.write(() -> {
            TariffRow tariff = row(id);
            PublicDataTariff model = model(tariff, request.tiers(), discounts);
            if (request.cap() != null) {
                checkCap(tariff, model, request.cap().toMoney("cap"));
            }
            for (TariffPeriodRow p : periods.findByTariffIdOrderByValidFrom(id)) {
                Require.that(!(from.isBefore(p.validUntil()) && p.validFrom().isBefore(until)), "validFrom", from,
                        Rule.INVALID_STATE, "periods may not overlap: [" + p.validFrom() + ", " + p.validUntil()
                                + ") is period " + p.id());
            }
            if (tariffs.bump(id, tariff.version()) != 1) {
                throw new Transactions.VersionConflict("tariff " + id);
            }
            TariffPeriodRow row = new TariffPeriodRow(UUID.randomUUID().toString(), id, from, until,
                    request.cap() == null ? null : request.cap().toMoney("cap").amount(), write(request.tiers()),
                    write(discounts), admin, now());
            return toResponse(periods.save(row), tariff.currency());
        });
    }

    /**
     * @param id       the tariff
     * @param volume   the volume used, &ge; 0
     * @param use      the use (free for 公共治理/公益)
     * @param scenario the supported scenario for a discount; may be null
     * @param at       the instant whose period applies; null for now
     * @return the fee
     */
    public FeeResponse fee(String id, long volume, DataUse use, String scenario, Instant at) {
        Instant when = at == null ? now() : at;
        return tx.read(() -> {
            TariffRow tariff = row(id);
            TariffPeriodRow period = periods.findByTariffIdOrderByValidFrom(id).stream()
                    .filter(p -> !when.isBefore(p.validFrom()) && when.isBefore(p.validUntil())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("at", when, Rule.OUT_OF_RANGE,
                            "a period of tariff " + id));
            PublicDataTariff model = model(tariff, read(period.tiers(), TIERS), read(period.discounts(), DISCOUNTS));
            FeeResult result = model.fee(volume, use, scenario == null ? "" : scenario);
            return new FeeResponse(period.id(), MoneyJson.of(result.tieredFee()), result.discount(),
                    MoneyJson.of(result.fee()), result.free(),
                    org.dataprice.api.explain.ExplanationResponse.from(result.explanation()));
        });
    }

    private static PublicDataTariff model(TariffRow tariff, List<TariffPeriodRequest.TierJson> tiers,
                                          List<TariffPeriodRequest.DiscountJson> discounts) {
        List<Tier> bands = new ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            try {
                bands.add(new Tier(tiers.get(i).fromVolume(), tiers.get(i).unitPrice()));
            } catch (DatapriceException e) {
                throw e.within("tiers[" + i + "]");
            }
        }
        Map<String, Double> byScenario = new LinkedHashMap<>();
        for (int i = 0; i < discounts.size(); i++) {
            TariffPeriodRequest.DiscountJson d = discounts.get(i);
            Require.that(byScenario.put(d.scenario(), d.discount()) == null, "discounts[" + i + "].scenario",
                    d.scenario(), Rule.DUPLICATE, "scenario");
            Require.probability(d.discount(), "discounts[" + i + "].discount");
        }
        TieredFeeSchedule schedule = TieredFeeSchedule.of(Money.currency(tariff.currency(), "currency"), bands);
        return new PublicDataTariff(tariff.productId(), schedule, byScenario, tariff.trial());
    }

    private static void checkCap(TariffRow tariff, PublicDataTariff model, Money cap) {
        Require.that(cap.currency().getCurrencyCode().equals(tariff.currency()), "cap", cap, Rule.CURRENCY_MISMATCH,
                tariff.currency());
        PriceCap priceCap = new PriceCap(tariff.productId(), cap, 1, tariff.trial());
        List<Tier> bands = model.schedule().tiers();
        Currency currency = cap.currency();
        for (int i = 0; i < bands.size(); i++) {
            java.math.BigDecimal price = bands.get(i).unitPrice();
            Money unit = Money.of(price, currency, Math.max(price.scale(), Money.minorUnits(currency)),
                    RoundingMode.UNNECESSARY);
            try {
                PriceCaps.DEFAULT.checkActualPrice(priceCap, unit);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("tiers[" + i + "].unitPrice", price, e.rule(), cap);
            }
        }
    }

    private TariffRow row(String id) {
        return tariffs.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No tariff with id " + id));
    }

    private TariffResponse toResponse(TariffRow row, List<TariffPeriodRow> all) {
        return new TariffResponse(row.id(), row.productId(), row.currency(), row.trial(), row.createdBy(),
                row.createdAt(), all.stream().map(p -> toResponse(p, row.currency())).toList());
    }

    private TariffPeriodResponse toResponse(TariffPeriodRow p, String currency) {
        return new TariffPeriodResponse(p.id(), p.validFrom(), p.validUntil(),
                p.cap() == null ? null : MoneyJson.of(p.cap(), currency), read(p.tiers(), TIERS),
                read(p.discounts(), DISCOUNTS), p.createdBy(), p.createdAt());
    }

    private static Currency currency(String code, String field) {
        return Money.currency(code, field);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant now() {
        return ServiceClock.now(clock);
    }
}
