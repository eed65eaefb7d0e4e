package org.dataprice.api.pricing.tariff;

import org.dataprice.api.id.RecordIds;
import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;

import org.dataprice.api.transaction.Transactions;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.tariff.FeeResult;
import org.dataprice.pricing.tariff.PublicDataTariff;
import org.dataprice.pricing.tariff.TariffPeriod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.dataprice.api.time.ServiceClock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * Public-data tariffs and their periods (ADMIN manages them), and the fee of a volume under the period
 * valid at an instant ({@link PublicDataTariff#fee}). The rules are the core's: a period's schedule and discounts
 * ({@link PublicDataTariff#of}), every band price under the cap ({@link PublicDataTariff#checkedAgainst}), periods of
 * one tariff never overlapping ({@link TariffPeriod#requireNoOverlap}, under the tariff's version lock).
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
        Currency currency = Money.currency(request.currency(), "currency");
        TariffRow row = new TariffRow(RecordIds.nextId(clock), request.productId().strip(),
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
     * Adds a period: the core checks the period ({@link TariffPeriod}: validUntil after validFrom, no overlap with the
     * tariff's periods, checked under the tariff's version lock), its bands and discounts
     * ({@link PublicDataTariff#of}) and every band price against the cap ({@link PublicDataTariff#checkedAgainst}).
     *
     * @param id      the tariff
     * @param request the period
     * @param admin   the caller
     * @return the stored period
     */
    public TariffPeriodResponse addPeriod(String id, TariffPeriodRequest request, String admin) {
        TariffPeriod period = new TariffPeriod(RecordIds.nextId(clock), PricingMapper.micros(request.validFrom()),
                PricingMapper.micros(request.validUntil()));
        List<TariffPeriodRequest.DiscountJson> discounts = request.discounts() == null ? List.of() : request.discounts();
        return tx.write(() -> {
            TariffRow tariff = row(id);
            PublicDataTariff model = TariffMapper.toTariff(tariff, request.tiers(), discounts);
            if (request.cap() != null) {
                model.checkedAgainst(request.cap().toMoney("cap"));
            }
            period.requireNoOverlap(periods.findByTariffIdOrderByValidFrom(id).stream().map(TariffMapper::toPeriod).toList());
            if (tariffs.bump(id, tariff.version()) != 1) {
                throw new Transactions.VersionConflict("tariff " + id);
            }
            TariffPeriodRow row = new TariffPeriodRow(period.id(), id, period.validFrom(), period.validUntil(),
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
     * @param at       the instant whose period applies ({@link TariffPeriod#indexAt}); null for now
     * @return the fee
     */
    public FeeResponse fee(String id, long volume, DataUse use, String scenario, Instant at) {
        Instant when = at == null ? now() : at;
        return tx.read(() -> {
            TariffRow tariff = row(id);
            List<TariffPeriodRow> all = periods.findByTariffIdOrderByValidFrom(id);
            TariffPeriodRow period = all.get(TariffPeriod.indexAt(all.stream().map(TariffMapper::toPeriod).toList(),
                    when, id));
            PublicDataTariff model = TariffMapper.toTariff(tariff, read(period.tiers(), TIERS),
                    read(period.discounts(), DISCOUNTS));
            FeeResult result = model.fee(volume, use, scenario == null ? "" : scenario);
            return new FeeResponse(period.id(), MoneyJson.of(result.tieredFee()), result.discount(),
                    MoneyJson.of(result.fee()), result.free(),
                    org.dataprice.api.explain.ExplanationResponse.from(result.explanation()));
        });
    }

    private TariffRow row(String id) {
        return tariffs.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No tariff with id " + id));
    }

    private TariffResponse toResponse(TariffRow row, List<TariffPeriodRow> all) {
        return TariffMapper.toResponse(row, all.stream().map(p -> toResponse(p, row.currency())).toList());
    }

    private TariffPeriodResponse toResponse(TariffPeriodRow p, String currency) {
        return TariffMapper.toResponse(p, currency, read(p.tiers(), TIERS), read(p.discounts(), DISCOUNTS));
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
