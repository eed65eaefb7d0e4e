package org.dataprice.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Data inventory at the lower of cost and NRV (CAS 1 §15–§19); figures recomputed by hand. */
class InventoryValuationTest {

    private static InventoryValuationResult measure(String cost, String price, String complete, String selling,
            String existing) {
        return InventoryValuation.DEFAULT.measure(new InventoryValuationInputs(Money.cny(cost), Money.cny(price),
                Money.cny(complete), Money.cny(selling), Money.cny(existing)));
    }

    @Test
    void test_measure_writeDown() {
        // NRV = 90,000 − 5,000 − 3,000 = 82,000 < cost 100,000 → allowance 18,000, carrying 82,000
        InventoryValuationResult r = measure("100000.00", "90000.00", "5000.00", "3000.00", "0");
        assertThat(r.netRealisableValue()).isEqualTo(Money.cny("82000.00"));
        assertThat(r.requiredAllowance()).isEqualTo(Money.cny("18000.00"));
        assertThat(r.allowanceAdjustment()).isEqualTo(Money.cny("18000.00"));
        assertThat(r.carryingAmount()).isEqualTo(Money.cny("82000.00"));
        assertThat(r.explanation().resultStep().key()).isEqualTo(AccountingSteps.INVENTORY_CARRYING);
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.carryingAmount().amount());
    }

    @Test
    void test_measure_reversalLimitedToEarlierWriteDown() {
        // Next period NRV recovers to 120,000 − 0 − 0: the 18,000 allowance is reversed in full, but the carrying
        // amount returns to cost 100,000, not to 120,000 (CAS 1 §19).
        InventoryValuationResult r = measure("100000.00", "120000.00", "0", "0", "18000.00");
        assertThat(r.allowanceAdjustment()).isEqualTo(Money.cny("-18000.00"));
        assertThat(r.carryingAmount()).isEqualTo(Money.cny("100000.00"));
        // partial recovery to NRV 95,000: allowance 5,000 needed, reversal 13,000
        InventoryValuationResult partial = measure("100000.00", "95000.00", "0", "0", "18000.00");
        assertThat(partial.allowanceAdjustment()).isEqualTo(Money.cny("-13000.00"));
        assertThat(partial.carryingAmount()).isEqualTo(Money.cny("95000.00"));
    }

    @Test
    void test_measure_negativeNrv() {
        InventoryValuationResult r = measure("1000.00", "100.00", "500.00", "0", "0");
        assertThat(r.netRealisableValue()).isEqualTo(Money.cny("-400.00"));
        assertThat(r.carryingAmount()).isEqualTo(Money.cny("0.00"));
        assertThat(r.requiredAllowance()).isEqualTo(Money.cny("1000.00"));
    }

    /** Property: a reversal never exceeds the existing allowance; 0 ≤ carrying ≤ min(cost, max(NRV, 0)). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void test_measure_reversalBoundedProperty(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long cost = random.nextLong(0, 10_000_000);
        long existing = cost == 0 ? 0 : random.nextLong(0, cost + 1);
        InventoryValuationResult r = InventoryValuation.DEFAULT.measure(new InventoryValuationInputs(
                Money.ofMinor(cost, Money.CNY), Money.ofMinor(random.nextLong(0, 20_000_000), Money.CNY),
                Money.ofMinor(random.nextLong(0, 1_000_000), Money.CNY), Money.ofMinor(random.nextLong(0, 1_000_000), Money.CNY),
                Money.ofMinor(existing, Money.CNY)));
        assertThat(r.allowanceAdjustment().negated()).isLessThanOrEqualTo(Money.ofMinor(existing, Money.CNY));
        assertThat(r.carryingAmount()).isLessThanOrEqualTo(Money.ofMinor(cost, Money.CNY));
        assertThat(r.carryingAmount().signum()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void test_inputs_allowanceAboveCost() {
        assertThatThrownBy(() -> measure("10.00", "0", "0", "0", "11.00")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("existingAllowance");
    }

    @Test
    void test_inputs_negativeSellingPrice() {
        assertThatThrownBy(() -> measure("10.00", "-1.00", "0", "0", "0")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("estimatedSellingPrice");
    }
}
