package org.dataprice.pricing.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * QIRANA weighted coverage (Deep &amp; Koutris, SIGMOD 2017, §3) on a neighbourhood support: 4 cells with
 * domain {0..9} → 36 worlds at 100/36 元 each. Hand-computed: the full database rules out all 36 worlds
 * (100 元); one cell rules out its 9 neighbours (25 元); the parity of the sum rules out the 5 other-parity
 * values per cell, 20 worlds (55.56 元); a constant query is free.
 */
class QiranaPricingTest {
    private static final double TOLERANCE = 1e-9;
    private static final NeighbourhoodSupport DB = new NeighbourhoodSupport(new int[] {3, 1, 4, 1}, 10);
    private static final SupportSet S = SupportSet.uniform(Money.CNY, DB.worlds(), 100);
    private static final QiranaPricing Q = QiranaPricing.DEFAULT;

    static QueryAnswers all() {
        return DB.answers("all", c -> ((c[0] * 10L + c[1]) * 10 + c[2]) * 10 + c[3]);
    }

    static QueryAnswers cell0() {
        return DB.answers("cell0", c -> c[0]);
    }

    static QueryAnswers parity() {
        return DB.answers("parity", c -> (c[0] + c[1] + c[2] + c[3]) % 2);
    }

    @Test
    void test_price_handComputed() {
        assertThat(Q.price(S, all(), PurchaseHistory.EMPTY).value()).isCloseTo(100, offset(TOLERANCE));
        assertThat(Q.price(S, cell0(), PurchaseHistory.EMPTY).value()).isCloseTo(25, offset(TOLERANCE));
        QueryPrice parity = Q.price(S, parity(), PurchaseHistory.EMPTY);
        assertThat(parity.value()).isCloseTo(2000.0 / 36, offset(TOLERANCE));
        assertThat(parity.amount()).isEqualTo(Money.cny("55.56"));
        assertThat(parity.explanation().resultStep().result().number()).isEqualByComparingTo("55.56");
        assertThat(Q.price(S, DB.answers("const", c -> 7), PurchaseHistory.EMPTY).value()).isZero();
    }

    @Test
    void test_price_monotoneInInformation() {
        // "all" determines "cell0" and "parity"
        double full = Q.price(S, all(), PurchaseHistory.EMPTY).value();
        assertThat(Q.price(S, cell0(), PurchaseHistory.EMPTY).value()).isLessThanOrEqualTo(full);
        assertThat(Q.price(S, parity(), PurchaseHistory.EMPTY).value()).isLessThanOrEqualTo(full);
    }

    @Test
    void test_price_historyAwareNoDoubleCharge() {
        QueryPrice first = Q.price(S, cell0(), PurchaseHistory.EMPTY);
        QueryPrice second = Q.price(S, all(), first.after());
        assertThat(first.value() + second.value()).isCloseTo(100, offset(TOLERANCE));
        assertThat(Q.price(S, cell0(), second.after()).value()).isZero();
        PurchaseHistory restored = PurchaseHistory.fromLongArray(second.after().toLongArray());
        assertThat(restored.size()).isEqualTo(36);
    }

    @Test
    void test_bundle_subadditiveAndMonotone() {
        qt().withExamples(300).forAll(integers().between(1, 200), longs().between(0, Long.MAX_VALUE)).checkAssert((n, seed) -> {
            SplittableRandom rng = new SplittableRandom(seed);
            double[] w = new double[n];
            long[] a1 = new long[n];
            long[] a2 = new long[n];
            for (int i = 0; i < n; i++) {
                w[i] = 0.01 + rng.nextDouble() * 10;
                a1[i] = rng.nextInt(3);
                a2[i] = rng.nextInt(3);
            }
            SupportSet s = SupportSet.of(Money.CNY, w);
            QueryAnswers q1 = QueryAnswers.of("q1", 0, a1);
            QueryAnswers q2 = QueryAnswers.of("q2", 0, a2);
            double p1 = Q.price(s, q1, PurchaseHistory.EMPTY).value();
            double p2 = Q.price(s, q2, PurchaseHistory.EMPTY).value();
            double both = Q.bundle(s, List.of(q1, q2), PurchaseHistory.EMPTY).value();
            assertThat(both).isLessThanOrEqualTo(p1 + p2 + 1e-9);
            assertThat(both).isGreaterThanOrEqualTo(Math.max(p1, p2) - 1e-9);
            assertThat(both).isLessThanOrEqualTo(s.total() + 1e-9);
        });
    }

    @Test
    void test_of_invalidWeight() {
        assertThatThrownBy(() -> SupportSet.of(Money.CNY, new double[] {1, 0})).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("weights[1]");
    }

    @Test
    void test_new_cellOutOfDomain() {
        assertThatThrownBy(() -> new NeighbourhoodSupport(new int[] {10}, 10)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("database[0]");
    }

    @Test
    void test_price_queryLargerThanSupport() {
        QueryAnswers big = QueryAnswers.of("big", 0, new long[] {0, 0, 0, 1});
        assertThatThrownBy(() -> Q.price(SupportSet.uniform(Money.CNY, 2, 1), big, PurchaseHistory.EMPTY))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("queries[0]");
    }
}
