package org.dataprice.pricing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Periods of validity of a tariff (half-open [from, until), never overlapping) and a period's tariff from its
 * request entries, naming each entry by position; cases by hand.
 */
class TariffPeriodTest {
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant JUL = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void test_covers_halfOpen() {
        TariffPeriod p = new TariffPeriod("p1", JAN, JUL);
        assertThat(p.covers(JAN)).isTrue();
        assertThat(p.covers(JUL.minusNanos(1000))).isTrue();
        assertThat(p.covers(JUL)).isFalse();
        assertThat(p.covers(JAN.minusSeconds(1))).isFalse();
    }

    @Test
    void test_requireNoOverlap_touchingIsAllowed_overlapNamesThePeriod() {
        TariffPeriod first = new TariffPeriod("p1", JAN, JUL);
        assertThat(new TariffPeriod("p2", JUL, DEC).requireNoOverlap(List.of(first)).id()).isEqualTo("p2");
        assertThatThrownBy(() -> new TariffPeriod("p3", JUL.minusSeconds(1), DEC).requireNoOverlap(List.of(first)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> {
                    InvalidInputException i = (InvalidInputException) e;
                    assertThat(i.field()).isEqualTo("validFrom");
                    assertThat(i.rule()).isEqualTo(Rule.INVALID_STATE);
                    assertThat(i.getMessage()).contains("periods may not overlap: [" + JAN + ", " + JUL + ") is period p1");
                });
    }

    @Test
    void test_indexAt_findsThePeriod_orNamesTheTariff() {
        List<TariffPeriod> periods = List.of(new TariffPeriod("p1", JAN, JUL), new TariffPeriod("p2", JUL, DEC));
        assertThat(TariffPeriod.indexAt(periods, JAN, "t")).isZero();
        assertThat(TariffPeriod.indexAt(periods, JUL, "t")).isEqualTo(1);
        assertThatThrownBy(() -> TariffPeriod.indexAt(periods, DEC, "t1")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("at");
                    assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.OUT_OF_RANGE);
                    assertThat(e.getMessage()).contains("a period of tariff t1");
                });
    }

    @Test
    void test_new_untilNotAfterFrom() {
        assertThatThrownBy(() -> new TariffPeriod("p", JUL, JUL)).isInstanceOf(InvalidInputException.class)
                .extracting("field", "rule").containsExactly("validUntil", Rule.GREATER_THAN);
    }

    private static List<Tier> tiers() {
        return List.of(new Tier(0, new BigDecimal("0.10")), new Tier(1000, new BigDecimal("0.08")));
    }

    @Test
    void test_of_namesDiscountsByPosition() {
        PublicDataTariff t = PublicDataTariff.of("p", Money.CNY, tiers(), List.of(Map.entry("a", 0.2)), false);
        assertThat(t.discounts()).containsEntry("a", 0.2);
        assertThatThrownBy(() -> PublicDataTariff.of("p", Money.CNY, tiers(),
                List.of(Map.entry("a", 0.2), Map.entry("a", 0.3)), false)).isInstanceOf(InvalidInputException.class)
                .extracting("field", "rule").containsExactly("discounts[1].scenario", Rule.DUPLICATE);
        assertThatThrownBy(() -> PublicDataTariff.of("p", Money.CNY, tiers(), List.of(Map.entry("a", 1.5)), false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("discounts[0].discount");
    }

    @Test
    void test_checkedAgainst_capNamesTheBand_andTheCurrency() {
        PublicDataTariff t = PublicDataTariff.of("p", Money.CNY, tiers(), List.of(), false);
        assertThat(t.checkedAgainst(Money.cny("0.10"))).isSameAs(t);
        assertThatThrownBy(() -> t.checkedAgainst(Money.cny("0.09"))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException i = (InvalidInputException) e;
                    assertThat(i.field()).isEqualTo("tiers[0].unitPrice");
                    assertThat(i.rule()).isEqualTo(Rule.AT_MOST);
                    assertThat(i.value()).isEqualTo(new BigDecimal("0.10"));
                });
        assertThatThrownBy(() -> t.checkedAgainst(Money.of("0.10", java.util.Currency.getInstance("USD"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field", "rule").containsExactly("cap", Rule.CURRENCY_MISMATCH);
    }
}
