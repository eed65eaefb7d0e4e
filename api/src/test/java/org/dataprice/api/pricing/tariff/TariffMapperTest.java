package org.dataprice.api.pricing.tariff;

import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.pricing.tariff.PublicDataTariff;
import org.dataprice.pricing.tariff.Tier;
import org.dataprice.pricing.tariff.TariffPeriod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No silent data drops in {@link TariffMapper}: a period's bands and discounts reach the core tariff in order with
 * the tariff's product, currency and trial flag; a stored period's window reaches the core {@link TariffPeriod}; the
 * responses show every stored column; a core error names the request's JSON path.
 */
class TariffMapperTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final TariffRow TARIFF = new TariffRow("t-1", "weather-api", "CNY", true, "admin", T0, 3);
    private static final List<TariffPeriodRequest.TierJson> TIERS = List.of(
            new TariffPeriodRequest.TierJson(0, new BigDecimal("0.10")),
            new TariffPeriodRequest.TierJson(1_000, new BigDecimal("0.0028")),
            new TariffPeriodRequest.TierJson(10_000, new BigDecimal("0.05")));
    private static final List<TariffPeriodRequest.DiscountJson> DISCOUNTS = List.of(
            new TariffPeriodRequest.DiscountJson("sme", 0.3), new TariffPeriodRequest.DiscountJson("rural", 0.5));

    @Test
    void test_toTariff_everyBandAndDiscount() {
        PublicDataTariff t = TariffMapper.toTariff(TARIFF, TIERS, DISCOUNTS);
        assertThat(t.productId()).isEqualTo("weather-api");
        assertThat(t.trial()).isTrue();
        assertThat(t.schedule().currency()).isEqualTo(Money.CNY);
        assertThat(t.schedule().tiers()).containsExactly(new Tier(0, new BigDecimal("0.10")),
                new Tier(1_000, new BigDecimal("0.0028")), new Tier(10_000, new BigDecimal("0.05")));
        assertThat(t.discounts()).isEqualTo(Map.of("sme", 0.3, "rural", 0.5));
    }

    @Test
    void test_toTariff_coreErrorsNameTheJsonPath() {
        assertThatThrownBy(() -> TariffMapper.toTariff(TARIFF, List.of(new TariffPeriodRequest.TierJson(0,
                new BigDecimal("-1"))), List.of())).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("tiers[0].unitPrice");
    }

    @Test
    void test_periodRow_toCoreAndResponse_everyColumn() {
        TariffPeriodRow row = new TariffPeriodRow("tp-1", "t-1", T0, T0.plusSeconds(86_400), new BigDecimal("0.10"),
                "[]", "[]", "admin", T0.plusSeconds(5));
        assertThat(TariffMapper.toPeriod(row)).isEqualTo(new TariffPeriod("tp-1", T0, T0.plusSeconds(86_400)));

        TariffPeriodResponse p = TariffMapper.toResponse(row, "CNY", TIERS, DISCOUNTS);
        assertThat(List.of(p.id(), p.validFrom(), p.validUntil(), p.createdBy(), p.createdAt()))
                .containsExactly("tp-1", T0, T0.plusSeconds(86_400), "admin", T0.plusSeconds(5));
        assertThat(p.cap().toMoney("cap")).isEqualTo(Money.cny("0.10"));
        assertThat(p.tiers()).isEqualTo(TIERS);
        assertThat(p.discounts()).isEqualTo(DISCOUNTS);

        TariffResponse r = TariffMapper.toResponse(TARIFF, List.of(p));
        assertThat(List.of(r.id(), r.productId(), r.currency(), r.createdBy(), r.createdAt()))
                .containsExactly("t-1", "weather-api", "CNY", "admin", T0);
        assertThat(r.trial()).isTrue();
        assertThat(r.periods()).containsExactly(p);
    }
}
