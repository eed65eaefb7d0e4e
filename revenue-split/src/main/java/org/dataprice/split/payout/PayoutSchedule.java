package org.dataprice.split.payout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.CancelledException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;
import org.dataprice.progress.Progress;

/**
 * A multi-period payout schedule (多期分配): settles the periods in order with {@link PayoutEngine},
 * carrying a loss forward from a period whose terms say {@link LossPolicy#CARRY_FORWARD} and offsetting
 * it against the next pools before anything is distributed. Each period is exact to the minor unit,
 * so the schedule is too: Σ paid + Σ retained + final carried loss = Σ pools.
 * Up to {@link #MAX_PERIODS} periods, one currency. Stateless and thread-safe; an interrupted thread stops
 * between periods (and between rounds of the dividend fixing) with {@link CancelledException}.
 */
public final class PayoutSchedule {
    /** The default instance. */
    public static final PayoutSchedule DEFAULT = new PayoutSchedule();
    /** The largest number of periods. */
    public static final int MAX_PERIODS = 1200;

    private PayoutSchedule() {
    }

    /**
     * @param periods the periods, in order, one currency; not empty
     * @return the settlements and totals
     */
    public ScheduleResult settle(List<Period> periods) {
        return settle(periods, Progress.NONE);
    }

    /**
     * The same schedule, reporting its progress in periods: {@code progress.advance(0, n)} before the first period and
     * {@code advance(i + 1, n)} after period {@code i} (n = the number of periods). The result is bit-for-bit that of
     * {@link #settle(List)}; a {@link CancelledException} thrown by the callback stops the schedule and nothing is
     * returned.
     *
     * @param periods  the periods, in order, one currency; not empty
     * @param progress the callback (see {@link Progress}); not null
     * @return the settlements and totals
     */
    public ScheduleResult settle(List<Period> periods, Progress progress) {
        List<Period> ps = Require.nonEmptyCopy(periods, "periods");
        Require.withinLimit(ps.size(), MAX_PERIODS, "periods", "");
        progress.advance(0, ps.size());
        var cur = ps.get(0).pool().currency();
        Money carried = Money.zero(cur);
        List<Settlement> out = new ArrayList<>();
        Map<String, Money> totals = new LinkedHashMap<>();
        Explanation.Builder explain = Explanation.builder("split.payout.schedule").input("periods", ps.size());
        Money paid = Money.zero(cur);
        for (int i = 0; i < ps.size(); i++) {
            CancelledException.throwIfInterrupted();
            Period p = ps.get(i);
            Require.that(p.pool().currency().equals(cur), "periods[" + i + "].pool", p.pool(), Rule.CURRENCY_MISMATCH, cur);
            Settlement s = PayoutEngine.DEFAULT.settle(p.label(), p.pool(), carried, p.terms());
            out.add(s);
            carried = s.carriedForward();
            for (PartyStatement st : s.statements()) {
                totals.merge(st.party(), st.total(), Money::plus);
            }
            paid = paid.plus(s.totalPaid());
            explain.step(Step.builder(PayoutSteps.POOL).formula(p.label())
                    .input(Quantity.of("pool", p.pool())).input(Quantity.of("carriedForward", carried))
                    .result(Quantity.of("paid", s.totalPaid())).build());
            progress.advance(i + 1L, ps.size());
        }
        explain.step(Step.builder(PayoutSteps.TOTAL).formula("sum over periods").result(Quantity.of("total paid", paid)).build());
        List<PartyTotal> t = new ArrayList<>();
        totals.forEach((k, v) -> t.add(new PartyTotal(k, v)));
        return new ScheduleResult(out, t, carried, explain.build());
    }
}
