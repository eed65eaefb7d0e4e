package org.dataprice.split.payout;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.progress.Progress;

/**
 * A settlement to be recorded (结算): its declared parties, with who may read each party's statements,
 * and the periods to settle in order. {@link #settle()} runs the multi-period schedule
 * ({@link PayoutSchedule}) and checks that the roster and the terms name the same parties, so that every
 * statement issued has a declared party (and its readers) and no declared party is left without a statement.
 *
 * <p>Roster rule: let D be the declared party ids and S the parties with a statement in some period
 * (every party of the terms: earmark recipients, claimants, dividend parties). The settlement is recorded
 * only when D = S.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>input</th><th>result</th></tr>
 *   <tr><td>a party id declared twice</td><td>{@code duplicate} on {@code parties[i].id} (the second), at construction</td></tr>
 *   <tr><td>a party of the terms not declared (S ⊄ D)</td><td>{@code invalid-state} on {@code parties}, naming the first missing party</td></tr>
 *   <tr><td>a declared party not in the terms (D ⊄ S)</td><td>{@code unknown} on {@code parties[i].id}, listing S sorted</td></tr>
 *   <tr><td>any error of a period's terms or pool</td><td>that of {@link PayoutSchedule#settle}</td></tr>
 * </table>
 *
 * <p>Source: the parties and statements of a revenue-sharing agreement (分配协议, 对账单); 数据二十条
 * (中共中央 国务院《关于构建数据基础制度更好发挥数据要素作用的意见》, 2022) §14 on distributing data revenue to
 * the parties that contributed to it. Tested in {@code SettlementPlanTest} against hand-computed rosters.
 * Immutable and thread-safe; {@link #settle()} is interruptible like {@link PayoutSchedule#settle}.
 *
 * @param parties the declared parties, distinct ids, at least one; copied
 * @param periods the periods in order, one currency, at least one; copied
 */
public record SettlementPlan(List<SettlementParty> parties, List<Period> periods) {
    /** Validates and copies: at least one party and one period, party ids distinct. */
    public SettlementPlan {
        parties = Require.nonEmptyCopy(parties, "parties");
        periods = Require.nonEmptyCopy(periods, "periods");
        Set<String> declared = new LinkedHashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            String id = parties.get(i).id();
            Require.that(declared.add(id), "parties[" + i + "].id", id, Rule.DUPLICATE, id);
        }
    }

    /**
     * Settles every period ({@link PayoutSchedule#settle}) and checks the roster against the statements.
     *
     * @return the schedule: per period its settlement, per party its total, the loss carried forward
     * @throws org.dataprice.error.InvalidInputException when the roster and the terms differ (see the table)
     */
    public ScheduleResult settle() {
        return settle(Progress.NONE);
    }

    /**
     * {@link #settle()} reporting its progress in periods ({@link PayoutSchedule#settle(List, Progress)}); the same
     * result bit for bit.
     *
     * @param progress the callback; not null
     * @return the schedule
     * @throws org.dataprice.error.InvalidInputException when the roster and the terms differ (see the table)
     */
    public ScheduleResult settle(Progress progress) {
        ScheduleResult result = PayoutSchedule.DEFAULT.settle(periods, progress);
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            declared.put(parties.get(i).id(), i);
        }
        Set<String> settled = new LinkedHashSet<>();
        result.settlements().forEach(s -> s.statements().forEach(st -> settled.add(st.party())));
        for (String party : settled) {
            Require.that(declared.containsKey(party), "parties", party, Rule.INVALID_STATE,
                    "listing every party of the terms (missing: " + party + ")");
        }
        declared.forEach((party, i) -> Require.that(settled.contains(party), "parties[" + i + "].id", party,
                Rule.UNKNOWN, "the parties of the terms " + new TreeSet<>(settled)));
        return result;
    }
}
