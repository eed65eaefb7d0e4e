package org.dataprice.split.payout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataprice.error.CalculationException;
import org.dataprice.error.CancelledException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.allocation.Allocation;
import org.dataprice.money.Money;

/**
 * Settles a distributable pool (可分配收益) into payments per party, exact to the minor unit (收益分配).
 *
 * <p><b>Waterfall</b> for a pool P (after offsetting any loss carried in):
 * <ol>
 *   <li><b>Earmarks first</b>: shares s<sub>e</sub> of P, split together with the remainder (weight
 *       1 − Σs) by largest remainder ({@link Allocation}), so the parts sum exactly to P.</li>
 *   <li><b>Fixed claims</b> (commission, per-use, per-year) are paid in full when the remainder R<sub>1</sub>
 *       covers them; otherwise R<sub>1</sub> is split pro rata to the amounts owed (proportional rule) and each
 *       unpaid part is a SHORTFALL line.</li>
 *   <li><b>Dividends</b>: the rest R<sub>2</sub> is divided as x<sub>p</sub> = clamp(λ·w<sub>p</sub>, floor<sub>p</sub>,
 *       cap<sub>p</sub>) with λ such that Σx = R<sub>2</sub>, found by variable fixing (Kiwiel 2008): split the
 *       free money by weight; if floor violations outweigh cap violations fix the floor violators at their
 *       floors, otherwise the cap violators at their caps; repeat (at most one round per party). Every
 *       split is largest remainder in minor units. If the floors exceed R<sub>2</sub> it is split pro rata to the
 *       floors; if every weighted party is capped the excess is RETAINED.</li>
 * </ol>
 * A negative pool (a loss) is shared pro rata to the dividend weights ({@link LossPolicy#SHARE}, floors and
 * caps do not apply) or carried forward ({@link LossPolicy#CARRY_FORWARD}); claims then become shortfalls.
 *
 * <p>Invariant (checked by {@link Settlement}): Σ totals + retained + carried forward = pool + carried in.
 * All pool, claim and limit amounts must share one currency. Stateless and thread-safe.
 *
 * <p>Sources: largest remainder (Balinski &amp; Young, <i>Fair Representation</i>, 2001); proportional rule
 * for claims (O'Neill 1982); Kiwiel, "Variable fixing algorithms for the continuous quadratic knapsack
 * problem", J. Optim. Theory Appl. 136 (2008) 445–458; 数据二十条 (2022) on the three rights.
 */
public final class PayoutEngine {
    /** The default instance. */
    public static final PayoutEngine DEFAULT = new PayoutEngine();
    /** The largest number of parties in one settlement. */
    public static final int MAX_PARTIES = 100_000;
    private static final String METHOD = "split.payout.settlement";

    private PayoutEngine() {
    }

    /**
     * Settles one period without a loss carried in.
     *
     * @param pool  the distributable pool (negative for a loss); not null
     * @param terms the rules; not null
     * @return the statements
     */
    public Settlement settle(Money pool, SettlementTerms terms) {
        return settle("period", pool, Money.zero(Require.notNull(pool, "pool").currency()), terms);
    }

    /**
     * Settles one period.
     *
     * @param period    the period's label; not blank
     * @param pool      the distributable pool; not null
     * @param carriedIn a loss carried in, ≤ 0, same currency; not null
     * @param terms     the rules; not null
     * @return the statements
     */
    public Settlement settle(String period, Money pool, Money carriedIn, SettlementTerms terms) {
        Require.notBlank(period, "period");
        Require.notNull(pool, "pool");
        Require.notNull(carriedIn, "carriedIn");
        Require.notNull(terms, "terms");
        Currency cur = pool.currency();
        Require.that(carriedIn.currency().equals(cur), "carriedIn", carriedIn, Rule.CURRENCY_MISMATCH, cur);
        Require.that(carriedIn.signum() <= 0, "carriedIn", carriedIn, Rule.AT_MOST, 0);
        checkCurrencies(terms, cur);
        Require.withinLimit(terms.dividend().weights().size(), MAX_PARTIES, "dividend.weights", "");
        Require.that(pool.amount().stripTrailingZeros().scale() <= Money.minorUnits(cur), "pool", pool,
                Rule.PRECISION_LOSS, Money.minorUnits(cur));

        Ledger ledger = new Ledger(cur);
        long net = pool.plus(carriedIn).toMinor();
        Explanation.Builder explain = Explanation.builder(METHOD).input("period", period).input("pool", pool)
                .input("carriedIn", carriedIn).input("lossPolicy", terms.lossPolicy().name())
                .input("dividendBasis", terms.dividend().description())
                .step(Step.builder(PayoutSteps.POOL).formula("P = pool + carried-in loss")
                        .input(Quantity.of("pool", pool)).input(Quantity.of("carriedIn", carriedIn))
                        .result(Quantity.of("P", Money.ofMinor(net, cur))).build());
        long retained = 0;
        long carriedOut = 0;
        if (net < 0) {
            for (FixedClaim c : terms.claims()) {
                ledger.add(c.party(), LineKind.SHORTFALL, c.amount().toMinor(), c.basis() + "; unpaid: the period made a loss");
            }
            if (terms.lossPolicy() == LossPolicy.SHARE) {
                shareLoss(net, terms.dividend(), ledger);
                explain.step(Step.builder(PayoutSteps.LOSS).formula("loss split pro rata to the dividend weights")
                        .result(Quantity.of("loss shared", Money.ofMinor(net, cur))).build());
            } else {
                carriedOut = net;
                explain.step(Step.builder(PayoutSteps.LOSS).formula("loss carried forward to the next period")
                        .result(Quantity.of("loss carried forward", Money.ofMinor(net, cur))).build());
            }
        } else {
            long r1 = earmarks(net, terms.earmarks(), ledger, explain);
            long r2 = claims(r1, terms.claims(), ledger, explain);
            retained = dividends(r2, terms, ledger, explain);
        }
        // make sure every party of the terms has a statement, in order of first appearance
        for (var w : terms.dividend().weights()) {
            ledger.touch(w.party());
        }
        Money paid = Money.ofMinor(ledger.total(), cur);
        explain.step(Step.builder(PayoutSteps.RETAINED).result(Quantity.of("retained", Money.ofMinor(retained, cur))).build());
        explain.step(Step.builder(PayoutSteps.TOTAL).formula("sum of statement totals")
                .result(Quantity.of("total paid", paid)).build());
        return new Settlement(period, pool, carriedIn, ledger.statements(period), Money.ofMinor(retained, cur),
                Money.ofMinor(carriedOut, cur), explain.build());
    }

    private static long earmarks(long net, List<Earmark> earmarks, Ledger ledger, Explanation.Builder explain) {
        if (earmarks.isEmpty() || net == 0) {
            return net;
        }
        List<BigDecimal> w = new ArrayList<>();
        BigDecimal share = BigDecimal.ZERO;
        for (Earmark e : earmarks) {
            w.add(e.share());
            share = share.add(e.share());
        }
        BigDecimal rest = BigDecimal.ONE.subtract(share);
        if (rest.signum() > 0) {
            w.add(rest);
        }
        long[] parts = ledger.split(net, w);
        long taken = 0;
        for (int i = 0; i < earmarks.size(); i++) {
            Earmark e = earmarks.get(i);
            ledger.add(e.recipient(), LineKind.EARMARK, parts[i],
                    e.share().stripTrailingZeros().toPlainString() + " of pool " + ledger.money(net) + " (taken first)");
            taken += parts[i];
        }
        explain.step(Step.builder(PayoutSteps.EARMARKS).formula("E_e = largest-remainder split of P by (s_1..s_k, 1 - sum s)")
                .result(Quantity.of("earmarked", ledger.money(taken))).build());
        return net - taken;
    }

    private static long claims(long r1, List<FixedClaim> claims, Ledger ledger, Explanation.Builder explain) {
        if (claims.isEmpty()) {
            return r1;
        }
        long owed = 0;
        long[] amount = new long[claims.size()];
        for (int i = 0; i < amount.length; i++) {
            amount[i] = claims.get(i).amount().toMinor();
            owed = Math.addExact(owed, amount[i]);
        }
        long[] paid = amount.clone();
        if (owed > r1) { // not enough: pro rata to the amounts owed
            List<BigDecimal> w = new ArrayList<>();
            List<Integer> who = new ArrayList<>();
            for (int i = 0; i < amount.length; i++) {
                paid[i] = 0;
                if (amount[i] > 0) {
                    w.add(BigDecimal.valueOf(amount[i]));
                    who.add(i);
                }
            }
            long[] parts = r1 == 0 ? new long[w.size()] : ledger.split(r1, w);
            for (int k = 0; k < parts.length; k++) {
                paid[who.get(k)] = parts[k];
            }
        }
        long total = 0;
        for (int i = 0; i < amount.length; i++) {
            FixedClaim c = claims.get(i);
            ledger.add(c.party(), c.kind(), paid[i], c.basis());
            if (paid[i] < amount[i]) {
                ledger.add(c.party(), LineKind.SHORTFALL, amount[i] - paid[i],
                        "unpaid part of " + ledger.money(amount[i]) + ": claims exceeded the pool and were paid pro rata");
            }
            total += paid[i];
        }
        explain.step(Step.builder(PayoutSteps.FIXED_CLAIMS)
                .formula(owed > r1 ? "claims exceed the remainder: paid pro rata to amounts owed" : "paid in full")
                .input(Quantity.of("owed", ledger.money(owed))).result(Quantity.of("paid", ledger.money(total))).build());
        return r1 - total;
    }

    /** Divides r2 by clamp(λ w, floor, cap); returns the amount retained. */
    private static long dividends(long r2, SettlementTerms terms, Ledger ledger, Explanation.Builder explain) {
        List<PartyWeight> basis = terms.dividend().weights();
        int n = basis.size();
        Map<String, PartyLimit> limits = new LinkedHashMap<>();
        terms.limits().forEach(l -> limits.put(l.party(), l));
        long[] floor = new long[n];
        long[] cap = new long[n];
        long floors = 0;
        for (int p = 0; p < n; p++) {
            PartyLimit l = limits.get(basis.get(p).party());
            floor[p] = l == null ? 0 : l.floor().toMinor();
            cap[p] = l == null || l.cap().isEmpty() ? Long.MAX_VALUE : l.cap().get().toMinor();
            floors += floor[p];
        }
        long[] x = new long[n];
        boolean[] fixed = new boolean[n];
        long retained = 0;
        String rule;
        if (floors > r2) {
            List<BigDecimal> w = new ArrayList<>();
            List<Integer> who = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                if (floor[p] > 0) {
                    w.add(BigDecimal.valueOf(floor[p]));
                    who.add(p);
                }
            }
            long[] parts = r2 == 0 ? new long[w.size()] : ledger.split(r2, w);
            for (int k = 0; k < parts.length; k++) {
                x[who.get(k)] = parts[k];
            }
            rule = "floors exceed the residual: residual split pro rata to the floors";
        } else {
            for (int p = 0; p < n; p++) {
                if (basis.get(p).weight().signum() == 0) {
                    fixed[p] = true;
                    x[p] = floor[p];
                }
            }
            retained = fix(r2, basis, floor, cap, x, fixed, ledger);
            rule = "x_p = clamp(lambda w_p, floor_p, cap_p), sum x = residual (variable fixing)";
        }
        long total = 0;
        for (int p = 0; p < n; p++) {
            PartyWeight w = basis.get(p);
            String why = terms.dividend().description() + ": weight " + w.weight().stripTrailingZeros().toPlainString()
                    + " of residual " + ledger.money(r2)
                    + (x[p] == floor[p] && floor[p] > 0 ? " (at floor)" : "")
                    + (x[p] == cap[p] ? " (at cap)" : "");
            ledger.add(w.party(), LineKind.DIVIDEND, x[p], why);
            total += x[p];
        }
        explain.step(Step.builder(PayoutSteps.DIVIDENDS).formula(rule)
                .input(Quantity.of("residual", ledger.money(r2))).result(Quantity.of("dividends", ledger.money(total))).build());
        return retained;
    }

    private static long fix(long r2, List<PartyWeight> basis, long[] floor, long[] cap, long[] x, boolean[] fixed,
            Ledger ledger) {
        int n = basis.size();
        for (int round = 0; round <= n; round++) {
            CancelledException.throwIfInterrupted();
            long rem = r2;
            List<Integer> free = new ArrayList<>();
            List<BigDecimal> w = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                if (fixed[p]) {
                    rem -= x[p];
                } else {
                    free.add(p);
                    w.add(basis.get(p).weight());
                }
            }
            if (free.isEmpty()) {
                return rem; // every weighted party is capped
            }
            if (rem < 0) {
                throw CalculationException.noSolution("dividends", "floors and caps cannot be met");
            }
            long[] t = rem == 0 ? new long[free.size()] : ledger.split(rem, w);
            long low = 0;
            long high = 0;
            for (int k = 0; k < t.length; k++) {
                int p = free.get(k);
                low += Math.max(0, floor[p] - t[k]);
                high += Math.max(0, t[k] - cap[p]);
            }
            if (low == 0 && high == 0) {
                for (int k = 0; k < t.length; k++) {
                    x[free.get(k)] = t[k];
                }
                return 0;
            }
            for (int k = 0; k < t.length; k++) {
                int p = free.get(k);
                if (low >= high && t[k] < floor[p]) {
                    fixed[p] = true;
                    x[p] = floor[p];
                }
                if (high >= low && t[k] > cap[p]) {
                    fixed[p] = true;
                    x[p] = cap[p];
                }
            }
        }
        throw CalculationException.noConvergence("dividends", n + 1, 0);
    }

    private static void shareLoss(long net, DividendBasis basis, Ledger ledger) {
        List<BigDecimal> w = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (PartyWeight p : basis.weights()) {
            if (p.weight().signum() > 0) {
                w.add(p.weight());
                who.add(p.party());
            }
        }
        long[] parts = ledger.split(net, w);
        for (int k = 0; k < parts.length; k++) {
            ledger.add(who.get(k), LineKind.LOSS, parts[k], "share of loss " + ledger.money(net) + " pro rata to "
                    + basis.description());
        }
    }

    private static void checkCurrencies(SettlementTerms terms, Currency cur) {
        for (int i = 0; i < terms.claims().size(); i++) {
            Money a = terms.claims().get(i).amount();
            Require.that(a.currency().equals(cur), "claims[" + i + "]", a, Rule.CURRENCY_MISMATCH, cur);
        }
        for (int i = 0; i < terms.limits().size(); i++) {
            PartyLimit l = terms.limits().get(i);
            Require.that(l.floor().currency().equals(cur), "limits[" + i + "].floor", l.floor(), Rule.CURRENCY_MISMATCH, cur);
            l.cap().ifPresent(c -> Require.that(c.currency().equals(cur), "cap", c, Rule.CURRENCY_MISMATCH, cur));
        }
    }

    /** The lines per party, in order of first appearance. */
    private static final class Ledger {
        private final Currency currency;
        private final Map<String, List<PayoutLine>> lines = new LinkedHashMap<>();

        Ledger(Currency currency) {
            this.currency = currency;
        }

        Money money(long minor) {
            return Money.ofMinor(minor, currency);
        }

        void touch(String party) {
            lines.computeIfAbsent(party, p -> new ArrayList<>());
        }

        void add(String party, LineKind kind, long minor, String basis) {
            lines.computeIfAbsent(party, p -> new ArrayList<>()).add(new PayoutLine(kind, money(minor), basis));
        }

        /** Largest-remainder split of minor units by exact positive weights. */
        long[] split(long minor, List<BigDecimal> weights) {
            List<Money> parts = Allocation.DEFAULT.byWeights(money(minor), weights).parts();
            long[] out = new long[parts.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = parts.get(i).toMinor();
            }
            return out;
        }

        long total() {
            long t = 0;
            for (List<PayoutLine> ls : lines.values()) {
                for (PayoutLine l : ls) {
                    if (l.kind().paid()) {
                        t += l.amount().toMinor();
                    }
                }
            }
            return t;
        }

        List<PartyStatement> statements(String period) {
            List<PartyStatement> out = new ArrayList<>(lines.size());
            for (var e : lines.entrySet()) {
                out.add(PartyStatement.of(e.getKey(), period, e.getValue(), currency));
            }
            return out;
        }
    }
}
