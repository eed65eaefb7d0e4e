package org.dataprice.money.allocation;

import org.dataprice.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the largest-remainder method. Expected parts are computed by hand in the
 * comments (exact share T·w/W, floor, remainder, who gets the leftover units).
 */
class AllocationTest {

    @Test
    void test_byWeights_thirds() {
        // 100.00 CNY = 10000 fen over (1,1,1): shares 3333.33.. each, floors 3333 x3 = 9999, k = 1;
        // remainders tie, weights tie -> earliest position gets the unit.
        AllocationResult r = Allocation.DEFAULT.byWeights(Money.cny("100"), new double[] {1, 1, 1});
        assertThat(r.parts()).containsExactly(Money.cny("33.34"), Money.cny("33.33"), Money.cny("33.33"));
    }

    @Test
    void test_byWeights_largestRemainderWins() {
        // 1.00 CNY = 100 fen over (0.2, 0.3, 0.5) x 3 fen? use total 0.10 = 10 fen over (1, 2, 4): W = 7
        // shares 10/7 = 1.4286, 20/7 = 2.857, 40/7 = 5.714; floors 1, 2, 5 = 8; k = 2;
        // remainders .4286, .857, .714 -> positions 1 and 2 get one fen: 1, 3, 6.
        AllocationResult r = Allocation.DEFAULT.byWeights(Money.cny("0.10"), new double[] {1, 2, 4});
        assertThat(r.parts()).containsExactly(Money.cny("0.01"), Money.cny("0.03"), Money.cny("0.06"));
    }

    @Test
    void test_byWeights_tieGoesToLargerWeight() {
        // 2 fen over (1, 3): shares 0.5, 1.5; floors 0, 1; k = 1; remainders tie at .5 -> larger weight.
        assertThat(Allocation.DEFAULT.byWeights(Money.cny("0.02"), new double[] {1, 3}).parts())
                .containsExactly(Money.cny("0.00"), Money.cny("0.02"));
        assertThat(Allocation.DEFAULT.byWeights(Money.cny("0.02"), new double[] {3, 1}).parts())
                .containsExactly(Money.cny("0.02"), Money.cny("0.00"));
    }

    @Test
    void test_byWeights_negativeTotalMirrorsPositive() {
        AllocationResult r = Allocation.DEFAULT.byWeights(Money.cny("-100"), new double[] {1, 1, 1});
        assertThat(r.parts()).containsExactly(Money.cny("-33.34"), Money.cny("-33.33"), Money.cny("-33.33"));
    }

    @Test
    void test_byWeights_zeroTotal() {
        assertThat(Allocation.DEFAULT.byWeights(Money.cny("0"), new double[] {1, 2}).parts())
                .containsExactly(Money.cny("0"), Money.cny("0"));
    }

    @Test
    void test_byRatios_exact() {
        // 1000.00 over ratios 1:1:1:1:1:1:1 -> 142857.142.. fen each; floors 142857 x7 = 999999; k = 1.
        AllocationResult r = Allocation.DEFAULT.byRatios(Money.cny("10000"), new long[] {1, 1, 1, 1, 1, 1, 1});
        assertThat(r.part(0)).isEqualTo(Money.cny("1428.58"));
        assertThat(r.part(6)).isEqualTo(Money.cny("1428.57"));
    }

    @Test
    void test_byRatios_hugeTotalExact() {
        // 9e16 fen (9e14 CNY) over 1:2 -> 3e16 and 6e16 exactly, beyond the double kernel's limit.
        Money total = Money.ofMinor(90_000_000_000_000_000L, Money.CNY);
        AllocationResult r = Allocation.DEFAULT.byRatios(total, new long[] {1, 2});
        assertThat(r.part(0).toMinor()).isEqualTo(30_000_000_000_000_000L);
        assertThat(r.part(1).toMinor()).isEqualTo(60_000_000_000_000_000L);
    }

    @Test
    void test_byWeights_decimalExact() {
        // 0.1 + 0.2 + 0.7 exactly; 1.00 CNY -> 10, 20, 70 fen with no remainder.
        AllocationResult r = Allocation.DEFAULT.byWeights(Money.cny("1"),
                List.of(new BigDecimal("0.1"), new BigDecimal("0.2"), new BigDecimal("0.7")));
        assertThat(r.parts()).containsExactly(Money.cny("0.10"), Money.cny("0.20"), Money.cny("0.70"));
    }

    @Test
    void test_byWeights_invalidWeights() {
        assertThatThrownBy(() -> Allocation.DEFAULT.byWeights(Money.cny("1"), new double[] {1, 0}))
                .isInstanceOf(InvalidInputException.class).hasMessage("weights[1] must be > 0, was 0.0");
        assertThatThrownBy(() -> Allocation.DEFAULT.byWeights(Money.cny("1"), new double[] {-1}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights[0]"));
        assertThatThrownBy(() -> Allocation.DEFAULT.byWeights(Money.cny("1"), new double[] {Double.NaN}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.NOT_FINITE));
        assertThatThrownBy(() -> Allocation.DEFAULT.byWeights(Money.cny("1"), new double[0]))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.EMPTY));
        assertThatThrownBy(() -> Allocation.DEFAULT.byRatios(Money.cny("1"), new long[] {2, 0}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("ratios[1]"));
        assertThatThrownBy(() -> Allocation.DEFAULT.byWeights(Money.cny("1"), List.of(BigDecimal.ONE, BigDecimal.ZERO)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("weights[1]"));
    }

    @Test
    void test_byWeights_totalAboveMinorScaleRejected() {
        Money unitPrice = Money.of(new BigDecimal("1.005"), Money.CNY, 3, java.math.RoundingMode.UNNECESSARY);
        assertThatThrownBy(() -> Allocation.DEFAULT.byWeights(unitPrice, new double[] {1}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.PRECISION_LOSS));
    }

    @Test
    void test_explanation_lastStepIsTotal() {
        AllocationResult r = Allocation.DEFAULT.byWeights(Money.cny("0.10"), new double[] {1, 2, 4});
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo("0.10");
        assertThat(r.explanation().get(AllocationSteps.LEFTOVER_UNITS).result().number()).isEqualByComparingTo("2");
        assertThat(r.explanation().get(AllocationSteps.FLOOR_UNITS).result().number()).isEqualByComparingTo("8");
        assertThat(r.explanation().toText()).contains("Units given by largest remainder k");
    }

    @Test
    void test_result_rejectsPartsThatDoNotSum() {
        AllocationResult ok = Allocation.DEFAULT.byWeights(Money.cny("1"), new double[] {1});
        assertThatThrownBy(() -> new AllocationResult(Money.cny("1"), List.of(Money.cny("0.99")), ok.explanation()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.SUM_MISMATCH));
    }

    /**
     * Decimal weights: the parts equal an independent largest-remainder computation in BigInteger with a full
     * sort (remainder desc, weight desc, position asc), on seeded random weights and totals, including totals
     * large enough that T·r overflows a long (the BigInteger path) and small ones (the long path).
     */
    @Test
    void test_byWeights_decimalEqualsIndependentBigIntegerSplit() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(2024);
        java.util.Currency cny = java.util.Currency.getInstance("CNY");
        for (int example = 0; example < 300; example++) {
            int n = 1 + rng.nextInt(40);
            java.util.List<java.math.BigDecimal> w = new java.util.ArrayList<>();
            java.math.BigInteger[] r = new java.math.BigInteger[n];
            for (int i = 0; i < n; i++) {
                long unscaled = 1 + rng.nextLong(example % 3 == 0 ? 1_000_000_000_000L : 50);
                w.add(java.math.BigDecimal.valueOf(unscaled, 3));
                r[i] = java.math.BigInteger.valueOf(unscaled);
            }
            long total = example % 5 == 0 ? Long.MAX_VALUE / 3 - rng.nextLong(1000) : rng.nextLong(10_000_000) - 5_000_000;
            java.math.BigInteger t = java.math.BigInteger.valueOf(Math.abs(total));
            java.math.BigInteger sum = java.util.Arrays.stream(r).reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add);
            long[] expected = new long[n];
            java.math.BigInteger[] rem = new java.math.BigInteger[n];
            long floors = 0;
            for (int i = 0; i < n; i++) {
                java.math.BigInteger[] qr = t.multiply(r[i]).divideAndRemainder(sum);
                expected[i] = qr[0].longValueExact();
                rem[i] = qr[1];
                floors += expected[i];
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> rem[a].compareTo(rem[b]) != 0 ? rem[b].compareTo(rem[a])
                    : r[a].compareTo(r[b]) != 0 ? r[b].compareTo(r[a]) : Integer.compare(a, b));
            for (int k = 0; k < Math.abs(total) - floors; k++) {
                expected[order[k]]++;
            }
            java.util.List<Money> parts = Allocation.DEFAULT.byWeights(Money.ofMinor(total, cny), w).parts();
            for (int i = 0; i < n; i++) {
                assertThat(parts.get(i).toMinor()).as("example %d part %d", example, i)
                        .isEqualTo(total < 0 ? -expected[i] : expected[i]);
            }
        }
    }
}
