package org.dataprice.split.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.dataprice.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Payouts sum exactly to the pool, and dividends respect floors and caps, on seeded random terms. */
class PayoutProperties {
    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void payoutsSumExactlyToThePool(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(8);
        List<PartyWeight> w = new ArrayList<>();
        List<PartyLimit> limits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(new PartyWeight("p" + i, BigDecimal.valueOf(i == 0 ? 1 + r.nextInt(100) : r.nextInt(100), 2)));
            if (r.nextInt(3) == 0) {
                long floor = r.nextInt(5000);
                Optional<Money> cap = r.nextBoolean() ? Optional.of(Money.ofMinor(floor + r.nextInt(50_000), Money.CNY))
                        : Optional.empty();
                limits.add(new PartyLimit("p" + i, Money.ofMinor(floor, Money.CNY), cap));
            }
        }
        List<Earmark> earmarks = r.nextBoolean() ? List.of(new Earmark("public", BigDecimal.valueOf(r.nextInt(1, 50), 2)))
                : List.of();
        List<FixedClaim> claims = List.of(new PerUseFee("api", Money.ofMinor(r.nextInt(1, 100), Money.CNY), r.nextInt(1000)),
                Commission.flat("broker", Money.ofMinor(r.nextInt(1_000_000), Money.CNY), BigDecimal.valueOf(r.nextInt(10), 2)));
        LossPolicy policy = r.nextBoolean() ? LossPolicy.SHARE : LossPolicy.CARRY_FORWARD;
        SettlementTerms terms = new SettlementTerms(earmarks, claims, DividendBasis.byEquity(w), limits, policy);
        Money pool = Money.ofMinor(r.nextLong(-200_000, 2_000_000), Money.CNY);
        Settlement s = PayoutEngine.DEFAULT.settle(pool, terms); // the constructor checks conservation
        assertThat(s.totalPaid().plus(s.retained()).plus(s.carriedForward())).isEqualTo(pool);
        if (!pool.isNegative()) {
            for (PartyLimit l : limits) {
                Money div = s.statement(l.party()).amount(LineKind.DIVIDEND);
                l.cap().ifPresent(c -> assertThat(div).isLessThanOrEqualTo(c));
            }
        }
    }
}
