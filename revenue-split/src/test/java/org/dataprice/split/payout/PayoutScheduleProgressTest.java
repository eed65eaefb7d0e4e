package org.dataprice.split.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.dataprice.error.CancelledException;
import org.dataprice.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PayoutSchedule#settle(List, org.dataprice.progress.Progress)} and {@link SettlementPlan#settle(org.dataprice.progress.Progress)}:
 * the callback only observes (the result equals the one without it, seeded schedules of 1 to 40 periods with losses
 * carried forward), it is told (0, n) and then (i + 1, n) after each period, and a {@link CancelledException} thrown
 * from it stops the schedule at once.
 */
class PayoutScheduleProgressTest {
    private static final Currency CNY = Currency.getInstance("CNY");

    private static List<Period> periods(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(40);
        List<Period> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SettlementTerms terms = new SettlementTerms(List.of(new Earmark("E", new BigDecimal("0.05"))), List.of(),
                    DividendBasis.byEquity(List.of(new PartyWeight("A", BigDecimal.valueOf(1 + random.nextInt(9))),
                            new PartyWeight("B", BigDecimal.valueOf(1 + random.nextInt(9))))),
                    List.of(), random.nextBoolean() ? LossPolicy.CARRY_FORWARD : LossPolicy.SHARE);
            BigDecimal pool = BigDecimal.valueOf(random.nextInt(2_000_000) - 200_000, 2);
            out.add(new Period("P" + i, Money.of(pool.toPlainString(), CNY), terms));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void test_settle_withProgress_sameResultAndOneReportPerPeriod(long seed) {
        List<Period> periods = periods(seed);
        List<long[]> calls = new ArrayList<>();

        ScheduleResult with = PayoutSchedule.DEFAULT.settle(periods, (done, total) -> calls.add(new long[] {done, total}));

        assertThat(with).isEqualTo(PayoutSchedule.DEFAULT.settle(periods));
        assertThat(calls).hasSize(periods.size() + 1);
        for (int i = 0; i < calls.size(); i++) {
            assertThat(calls.get(i)).containsExactly(i, periods.size());
        }
        SettlementPlan plan = new SettlementPlan(List.of(new SettlementParty("A", List.of()), new SettlementParty("B", List.of()),
                new SettlementParty("E", List.of())), periods);
        assertThat(plan.settle((done, total) -> { })).isEqualTo(plan.settle());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 6, 7})
    void test_settle_callbackThrowsCancelled_stopsAfterThatPeriod(long seed) {
        List<Period> periods = periods(seed + 100);
        int[] reports = new int[1];

        assertThatThrownBy(() -> PayoutSchedule.DEFAULT.settle(periods, (done, total) -> {
            reports[0]++;
            if (done == 1) {
                throw new CancelledException("stop");
            }
        })).isInstanceOf(CancelledException.class);
        assertThat(reports[0]).as("(0, n), then (1, n) which stops it").isEqualTo(2);
    }
}
