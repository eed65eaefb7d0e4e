package org.dataprice.index.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.dataprice.error.InvalidInputException;
import org.dataprice.index.PricePanel;
import org.junit.jupiter.api.Test;

/** Unit values: hand-computed from uv = Σ p q / Σ q (CPI Manual 2020, ¶10.29). */
class UnitValueAggregatorTest {
    private static final double TOLERANCE = 1e-12;
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);

    private static List<Transaction> sample() {
        return List.of(
                new Transaction("api-a", JAN, 10, 2),
                new Transaction("api-a", JAN, 12, 1),
                new Transaction("api-a", JAN, 100, 1), // outlier: 100 / median 11 > 3
                new Transaction("api-b", JAN, 5, 4),
                new Transaction("api-a", FEB, 11, 3),
                new Transaction("api-a", FEB, 13, 1),
                new Transaction("api-b", FEB, 6, 1));
    }

    @Test
    void test_compute_noFilter() {
        UnitValueResult r = UnitValueAggregator.DEFAULT.compute(TransactionTable.of(sample()), UnitValueRule.NONE);
        PricePanel p = r.panel();
        assertThat(p.price(0, 0)).isCloseTo((20 + 12 + 100) / 4.0, within(TOLERANCE));
        assertThat(p.quantity(0, 0)).isEqualTo(4);
        assertThat(p.price(1, 0)).isCloseTo((33 + 13) / 4.0, within(TOLERANCE));
        assertThat(p.price(0, 1)).isEqualTo(5);
        assertThat(r.transactionsPerPeriod()).containsExactly(4, 3);
        assertThat(r.outliersRemoved()).isZero();
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(4);
    }

    @Test
    void test_compute_outliersAndMinimumCount() {
        UnitValueRule rule = new UnitValueRule(1 / 3.0, 3, 2);
        UnitValueResult r = UnitValueAggregator.DEFAULT.compute(TransactionTable.of(sample()), rule);
        PricePanel p = r.panel();
        assertThat(p.price(0, 0)).isCloseTo(32 / 3.0, within(TOLERANCE));
        assertThat(r.outliersRemoved()).isEqualTo(1);
        assertThat(r.thinCellsRemoved()).isEqualTo(2); // api-b has one trade in each month
        assertThat(p.isPresent(0, 1)).isFalse();
        assertThat(p.isPresent(1, 1)).isFalse();
        assertThat(r.transactionsPerPeriod()).containsExactly(2, 2);
    }

    @Test
    void test_compute_chunkedEqualsSequentialSums() {
        // many cells so that all parallel chunks are used; compare with a direct sum per cell
        List<Transaction> txs = new ArrayList<>();
        for (int k = 0; k < 5000; k++) {
            txs.add(new Transaction("p" + (k % 97), JAN.plusMonths(k % 7), 1 + (k * 31 % 17), 1 + k % 5));
        }
        UnitValueResult r = UnitValueAggregator.DEFAULT.compute(TransactionTable.of(txs), UnitValueRule.NONE);
        PricePanel p = r.panel();
        int i = p.productIndex("p5");
        int t = p.periodIndex(JAN.plusMonths(3));
        double v = 0;
        double q = 0;
        for (Transaction tx : txs) {
            if (tx.productId().equals("p5") && tx.period().equals(JAN.plusMonths(3))) {
                v += tx.value();
                q += tx.quantity();
            }
        }
        assertThat(p.price(t, i)).isCloseTo(v / q, within(TOLERANCE * v / q));
    }

    @Test
    void test_rule_invalidLower() {
        assertThatThrownBy(() -> new UnitValueRule(1.5, 3, 1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("lowerRelative");
    }

    @Test
    void test_rule_invalidUpper() {
        assertThatThrownBy(() -> new UnitValueRule(0.5, 0.9, 1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("upperRelative");
    }

    @Test
    void test_rule_invalidMinimum() {
        assertThatThrownBy(() -> new UnitValueRule(0.5, 2, 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("minTransactions");
    }

    @Test
    void test_transaction_invalidPrice() {
        assertThatThrownBy(() -> new Transaction("a", JAN, 0, 1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("price");
    }

    @Test
    void test_transaction_invalidQuantity() {
        assertThatThrownBy(() -> new Transaction("a", JAN, 1, -1)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("quantity");
    }

    @Test
    void test_table_productOutOfRange() {
        assertThatThrownBy(() -> TransactionTable.of(List.of(JAN), List.of("a"), new int[] {0}, new int[] {1},
                new double[] {1}, new double[] {1})).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("product[0]");
    }
}
