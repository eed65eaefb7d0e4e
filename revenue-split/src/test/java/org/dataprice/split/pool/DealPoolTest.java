package org.dataprice.split.pool;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DealPoolTest {
    private static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate MAR31 = LocalDate.of(2025, 3, 31);

    /** 1,000.10 + 2,500.005 (more decimals than fen, as a per-unit price × quantity may give) + 0.01 = 3,500.115 exactly. */
    @Test
    void test_total_isTheExactSumOfTheDeals() {
        DealPool pool = new DealPool("P-1", null, JAN1, MAR31, List.of(
                new DealRevenue("d1", JAN1, Money.cny("1000.10")),
                new DealRevenue("d2", LocalDate.of(2025, 2, 1), Money.of(new java.math.BigDecimal("2500.005"), Money.CNY, 3, java.math.RoundingMode.UNNECESSARY)),
                new DealRevenue("d3", MAR31, Money.cny("0.01"))));
        assertThat(pool.total(Money.CNY).amount()).isEqualByComparingTo("3500.115");
    }

    @Test
    void test_total_emptyIsAnError_notAZeroPool() {
        DealPool pool = new DealPool("P-1", "L-1", JAN1, MAR31, List.of());
        assertThatThrownBy(() -> pool.total(Money.CNY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo(Rule.EMPTY));
    }

    @Test
    void test_total_otherCurrencyIsRefusedNamingTheDeal() {
        DealPool pool = new DealPool("P-1", null, JAN1, MAR31, List.of(new DealRevenue("d1", JAN1, Money.cny("1")),
                new DealRevenue("d-usd", JAN1, Money.of("2", Currency.getInstance("USD")))));
        assertThatThrownBy(() -> pool.total(Money.CNY)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo(Rule.CURRENCY_MISMATCH);
            assertThat(e.getMessage()).contains("d-usd");
        });
    }

    @Test
    void test_requireAtMost_boundsTheDealsDrawn() {
        DealPool.requireAtMost(10_000, 10_000);
        assertThatThrownBy(() -> DealPool.requireAtMost(10_001, 10_000))
                .isInstanceOfSatisfying(org.dataprice.error.LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("deals"));
    }

    @Test
    void test_range_toBeforeFromIsRefused() {
        assertThatThrownBy(() -> new DealPool("P-1", null, MAR31, JAN1, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    /** 1,000.10 + 2,500.005 + 0.005 = 3,500.11: payable at fen, so the pool is exactly CNY 3,500.11. */
    @Test
    void test_pool_sumAtMinorUnits_isThePool() {
        DealPool pool = new DealPool("P-1", null, JAN1, MAR31, List.of(
                new DealRevenue("d1", JAN1, Money.cny("1000.10")),
                new DealRevenue("d2", JAN1, Money.of(new java.math.BigDecimal("2500.005"), Money.CNY, 3, java.math.RoundingMode.UNNECESSARY)),
                new DealRevenue("d3", MAR31, Money.of(new java.math.BigDecimal("0.005"), Money.CNY, 3, java.math.RoundingMode.UNNECESSARY))));
        assertThat(pool.pool(Money.CNY)).isEqualTo(Money.cny("3500.11"));
        assertThat(pool.pool(Money.CNY).amount().scale()).isEqualTo(2);
    }

    /** 1,000.10 + 2,500.005 = 3,500.105 is not payable in fen: refused on {@code deals}, never rounded. */
    @Test
    void test_pool_sumBelowTheFen_isPrecisionLoss() {
        DealPool pool = new DealPool("P-1", null, JAN1, MAR31, List.of(
                new DealRevenue("d1", JAN1, Money.cny("1000.10")),
                new DealRevenue("d2", JAN1, Money.of(new java.math.BigDecimal("2500.005"), Money.CNY, 3, java.math.RoundingMode.UNNECESSARY))));
        assertThatThrownBy(() -> pool.pool(Money.CNY)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("deals");
            assertThat(e.rule()).isEqualTo(Rule.PRECISION_LOSS);
            assertThat(e.getMessage()).contains("3500.105");
        });
    }
}
