package org.dataprice.index.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.dataprice.error.InvalidInputException;
import org.dataprice.index.PricePanel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Unit values from per-cell totals equal those from the trades ({@link UnitValueAggregator}, both forms), on
 * seeded random tables with thin cells, products missing from months and totals split in several entries per
 * cell (as a store keeping one total per load hands them over).
 */
class CellTotalsTest {
    private static final double RELATIVE = 1e-12;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void test_totals_equalTrades_forEveryRuleWithoutOutlierFilter(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int periods = 1 + rng.nextInt(14);
        int products = 1 + rng.nextInt(60);
        int rows = 1 + rng.nextInt(5_000);
        List<YearMonth> ps = PricePanel.months(YearMonth.of(2024, 1), periods);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < products; i++) {
            ids.add(String.format("p%03d", i));
        }
        int[] period = new int[rows];
        int[] product = new int[rows];
        double[] price = new double[rows];
        double[] quantity = new double[rows];
        for (int k = 0; k < rows; k++) {
            period[k] = rng.nextInt(periods);
            product[k] = rng.nextInt(products);
            price[k] = Math.exp(rng.nextDouble() * 10 - 3);
            quantity[k] = 1 + rng.nextInt(50) * rng.nextDouble();
        }
        // the lists a table and totals hold: the periods and products that have trades
        java.util.TreeSet<Integer> usedP = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> usedI = new java.util.TreeSet<>();
        for (int k = 0; k < rows; k++) {
            usedP.add(period[k]);
            usedI.add(product[k]);
        }
        List<YearMonth> tp = usedP.stream().map(ps::get).toList();
        List<String> ti = usedI.stream().map(ids::get).toList();
        Map<Integer, Integer> pAt = new HashMap<>();
        Map<Integer, Integer> iAt = new HashMap<>();
        usedP.forEach(p -> pAt.put(p, pAt.size()));
        usedI.forEach(i -> iAt.put(i, iAt.size()));
        int[] rp = new int[rows];
        int[] ri = new int[rows];
        for (int k = 0; k < rows; k++) {
            rp[k] = pAt.get(period[k]);
            ri[k] = iAt.get(product[k]);
        }
        TransactionTable table = TransactionTable.of(tp, ti, rp, ri, price, quantity);
        // totals in up to three entries per cell (three "loads")
        Map<Long, double[]> entries = new TreeMap<>();
        for (int k = 0; k < rows; k++) {
            long key = ((long) (k % 3) << 40) | ((long) rp[k] << 20) | ri[k];
            double[] e = entries.computeIfAbsent(key, x -> new double[3]);
            e[0] += price[k] * quantity[k];
            e[1] += quantity[k];
            e[2]++;
        }
        int n = entries.size();
        int[] cp = new int[n];
        int[] ci = new int[n];
        double[] value = new double[n];
        double[] units = new double[n];
        int[] count = new int[n];
        int j = 0;
        for (Map.Entry<Long, double[]> e : entries.entrySet()) {
            cp[j] = (int) ((e.getKey() >> 20) & 0xFFFFF);
            ci[j] = (int) (e.getKey() & 0xFFFFF);
            value[j] = e.getValue()[0];
            units[j] = e.getValue()[1];
            count[j] = (int) e.getValue()[2];
            j++;
        }
        CellTotals totals = CellTotals.of(tp, ti, cp, ci, value, units, count);
        assertThat(totals.trades()).isEqualTo(rows);

        for (int min : new int[] {1, 2, 4}) {
            UnitValueRule rule = new UnitValueRule(0, Double.MAX_VALUE, min);
            UnitValueResult fromRows = UnitValueAggregator.DEFAULT.compute(table, rule);
            UnitValueResult fromTotals = UnitValueAggregator.DEFAULT.compute(totals, rule);
            assertThat(fromTotals.transactionsPerPeriod()).isEqualTo(fromRows.transactionsPerPeriod());
            assertThat(fromTotals.thinCellsRemoved()).isEqualTo(fromRows.thinCellsRemoved());
            assertThat(fromTotals.outliersRemoved()).isZero();
            assertThat(fromTotals.panel().periods()).isEqualTo(fromRows.panel().periods());
            assertThat(fromTotals.panel().products()).isEqualTo(fromRows.panel().products());
            assertThat(fromTotals.panel().presence()).isEqualTo(fromRows.panel().presence());
            double[] a = fromRows.panel().prices();
            double[] b = fromTotals.panel().prices();
            double[] qa = fromRows.panel().quantities();
            double[] qb = fromTotals.panel().quantities();
            for (int c = 0; c < a.length; c++) {
                assertThat(Math.abs(b[c] - a[c])).as("cell " + c).isLessThanOrEqualTo(RELATIVE * Math.abs(a[c]));
                assertThat(Math.abs(qb[c] - qa[c])).as("cell " + c).isLessThanOrEqualTo(RELATIVE * Math.abs(qa[c]));
            }
        }
    }

    @Test
    void test_outlierFilter_needsTheTrades() {
        CellTotals totals = CellTotals.of(List.of(YearMonth.of(2024, 1)), List.of("a"), new int[] {0}, new int[] {0},
                new double[] {10}, new double[] {1}, new int[] {1});
        assertThatThrownBy(() -> UnitValueAggregator.DEFAULT.compute(totals, new UnitValueRule(0.5, 2, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cleaning");
    }

    @Test
    void test_of_rejectsListsWithoutTrades_andBadSums() {
        List<YearMonth> two = List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThatThrownBy(() -> CellTotals.of(two, List.of("a"), new int[] {0}, new int[] {0}, new double[] {10},
                new double[] {1}, new int[] {1})).isInstanceOf(InvalidInputException.class).hasMessageContaining("periods");
        assertThatThrownBy(() -> CellTotals.of(List.of(YearMonth.of(2024, 1)), List.of("a"), new int[] {0}, new int[] {0},
                new double[] {Double.NaN}, new double[] {1}, new int[] {1})).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CellTotals.of(List.of(YearMonth.of(2024, 1)), List.of("a"), new int[] {0}, new int[] {0},
                new double[] {1}, new double[] {1}, new int[] {0})).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CellTotals.of(List.of(YearMonth.of(2024, 1)), List.of("b", "a"), new int[] {0, 0},
                new int[] {0, 1}, new double[] {1, 1}, new double[] {1, 1}, new int[] {1, 1}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("products");
    }
}
