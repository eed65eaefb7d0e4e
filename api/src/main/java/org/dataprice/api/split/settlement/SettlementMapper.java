package org.dataprice.api.split.settlement;

import org.dataprice.api.split.SplitLimits;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.split.payout.AnnualPayment;
import org.dataprice.split.pool.DealPool;
import org.dataprice.split.payout.Commission;
import org.dataprice.split.payout.CommissionTier;
import org.dataprice.split.payout.DividendBasis;
import org.dataprice.split.payout.Earmark;
import org.dataprice.split.payout.FixedClaim;
import org.dataprice.split.payout.LossPolicy;
import org.dataprice.split.payout.PartyLimit;
import org.dataprice.split.payout.PartyWeight;
import org.dataprice.split.payout.PerUseFee;
import org.dataprice.split.payout.Period;
import org.dataprice.split.payout.RightsHolding;
import org.dataprice.split.payout.RightsWeights;
import org.dataprice.split.payout.SettlementParty;
import org.dataprice.split.payout.SettlementPlan;
import org.dataprice.split.payout.SettlementTerms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps {@code POST /v1/settlements} JSON to the core's {@link SettlementPlan} (its {@link Period}s and
 * {@link SettlementParty}s) and money values to JSON, checking only the request's size and shape (which fields
 * go together); the domain rules are the core's. A domain error inside period i is re-thrown with its JSON
 * path, e.g. {@code periods[0].terms.earmarks[1].share}. The rows and answers are {@link LedgerMapper}'s.
 */
public final class SettlementMapper {
    private SettlementMapper() {
    }

    /**
     * @param code an ISO 4217 code
     * @return the currency
     */
    public static Currency currency(String code) {
        return Money.currency(code, "currency");
    }

    /**
     * The request's size against the service's limits, checked before anything is loaded or settled.
     *
     * @param request the validated request
     * @param limits  the service limits ({@code dataprice.split.max-periods}, {@code dataprice.split.max-parties})
     * @throws org.dataprice.error.LimitExceededException on {@code periods} or {@code parties}
     */
    public static void requireWithin(SettlementRequest request, SplitLimits limits) {
        Require.withinLimit(request.periods().size(), limits.getMaxPeriods(), "periods", "dataprice.split.max-periods");
        Require.withinLimit(request.parties().size(), limits.getMaxParties(), "parties", "dataprice.split.max-parties");
    }

    /**
     * The settlement to record: the periods ({@link #toPeriods(SettlementRequest, Currency, DealPool[])}), then
     * the parties with their readers. A domain error in party i is re-thrown as {@code parties[i]...}.
     *
     * @param request the validated request
     * @param cur     its currency
     * @param drawn   per period, the deals its pool is drawn from (null where the pool is typed in)
     * @return the plan, ready to {@link SettlementPlan#settle() settle}
     */
    public static SettlementPlan toPlan(SettlementRequest request, Currency cur, DealPool[] drawn) {
        List<Period> periods = toPeriods(request, cur, drawn);
        List<SettlementParty> parties = each(request.parties(), "parties",
                p -> new SettlementParty(p.id(), p.principals()));
        return new SettlementPlan(parties, periods);
    }

    /**
     * @param request the validated request
     * @param cur     its currency
     * @return the periods of the model
     */
    public static List<Period> toPeriods(SettlementRequest request, Currency cur) {
        return toPeriods(request, cur, new DealPool[request.periods().size()]);
    }

    /**
     * @param request the validated request
     * @param cur     its currency
     * @param drawn   per period, the deals its pool is drawn from (null where the pool is typed in)
     * @return the periods of the model
     */
    public static List<Period> toPeriods(SettlementRequest request, Currency cur, DealPool[] drawn) {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < request.periods().size(); i++) {
            SettlementRequest.PeriodTerms p = request.periods().get(i);
            try {
                Require.that((p.pool() == null) != (p.deals() == null), p.pool() == null ? "pool" : "deals", p.pool(),
                        Rule.INVALID_STATE, "exactly one of pool (an amount) and deals (the deals whose revenue is the pool)");
                Money pool;
                if (p.pool() != null) {
                    pool = money(p.pool(), cur, "pool");
                } else {
                    pool = drawn[i].pool(cur);
                }
                periods.add(new Period(p.label(), pool, terms(p.terms(), cur)));
            } catch (DatapriceException e) {
                throw e.within("periods[" + i + "]");
            }
        }
        return periods;
    }

    private static SettlementTerms terms(SettlementRequest.Terms t, Currency cur) {
        try {
            List<Earmark> earmarks = each(t.earmarks(), "earmarks",
                    e -> new Earmark(e.recipient(), new BigDecimal(e.share())));
            List<FixedClaim> claims = new ArrayList<>();
            claims.addAll(each(t.commissions(), "commissions", c -> commission(c, cur)));
            claims.addAll(each(t.perUseFees(), "perUseFees",
                    f -> new PerUseFee(f.party(), fee(f.unitFee(), cur), f.calls())));
            claims.addAll(each(t.annualPayments(), "annualPayments",
                    a -> new AnnualPayment(a.party(), money(a.perYear(), cur, "perYear"), new BigDecimal(a.years()))));
            DividendBasis dividend = dividend(t.dividend());
            List<PartyLimit> limits = each(t.limits(), "limits", l -> new PartyLimit(l.party(),
                    l.floor() == null ? Money.zero(cur) : money(l.floor(), cur, "floor"),
                    Optional.ofNullable(l.cap()).map(c -> money(c, cur, "cap"))));
            return new SettlementTerms(earmarks, claims, dividend, limits,
                    t.lossPolicy() == null ? LossPolicy.SHARE : t.lossPolicy());
        } catch (DatapriceException e) {
            throw e.within("terms");
        }
    }

    private static Commission commission(SettlementRequest.CommissionTerm c, Currency cur) {
        Money value = money(c.transactionValue(), cur, "transactionValue");
        Require.that(c.rate() == null ^ c.tiers() == null, "rate", c.rate(), Rule.INVALID_STATE,
                "give either 'rate' (flat) or 'tiers', exactly one");
        if (c.rate() != null) {
            return Commission.flat(c.party(), value, new BigDecimal(c.rate()));
        }
        return new Commission(c.party(), value, each(c.tiers(), "tiers",
                tier -> new CommissionTier(money(tier.from(), cur, "from"), new BigDecimal(tier.rate()))));
    }

    private static DividendBasis dividend(SettlementRequest.DividendTerm d) {
        try {
            switch (d.basis()) {
                case VALUE:
                case EQUITY:
                    Require.that(d.rightsWeights() == null && d.holdings() == null, "basis", d.basis(),
                            Rule.INVALID_STATE, "VALUE and EQUITY read 'weights' only");
                    List<PartyWeight> w = each(Require.notNull(d.weights(), "weights"), "weights",
                            x -> new PartyWeight(x.party(), new BigDecimal(x.weight())));
                    return d.basis() == SettlementRequest.Basis.EQUITY ? DividendBasis.byEquity(w)
                            : new DividendBasis(w, "pro rata to contribution values");
                case RIGHTS:
                    Require.that(d.weights() == null, "weights", "present", Rule.INVALID_STATE,
                            "RIGHTS reads 'rightsWeights' and 'holdings'");
                    SettlementRequest.Rights r = Require.notNull(d.rightsWeights(), "rightsWeights");
                    RightsWeights rw;
                    try {
                        rw = new RightsWeights(new BigDecimal(r.holding()), new BigDecimal(r.processing()),
                                new BigDecimal(r.operating()));
                    } catch (DatapriceException e) {
                        throw e.within("rightsWeights");
                    }
                    return DividendBasis.byRights(rw, each(Require.notNull(d.holdings(), "holdings"), "holdings",
                            h -> new RightsHolding(h.party(), new BigDecimal(h.holding()),
                                    new BigDecimal(h.processing()), new BigDecimal(h.operating()))));
                default:
                    throw new IllegalStateException(d.basis().name());
            }
        } catch (DatapriceException e) {
            throw e.within("dividend");
        }
    }

    /** Maps each element, prefixing errors with {@code field[i]}. */
    private static <A, B> List<B> each(List<A> items, String field, Function<A, B> map) {
        if (items == null) {
            return List.of();
        }
        List<B> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            try {
                out.add(map.apply(items.get(i)));
            } catch (DatapriceException e) {
                throw e.within(field + "[" + i + "]");
            }
        }
        return out;
    }

    /** An amount at the currency's minor units; more decimals are a 422 precision-loss on {@code field}. */
    private static Money money(String amount, Currency cur, String field) {
        BigDecimal value = new BigDecimal(amount);
        Require.that(value.stripTrailingZeros().scale() <= Money.minorUnits(cur), field, amount, Rule.PRECISION_LOSS,
                Money.minorUnits(cur));
        return Money.of(value, cur);
    }

    /** A unit fee, which may carry more decimals than the currency. */
    private static Money fee(String amount, Currency cur) {
        BigDecimal value = new BigDecimal(amount);
        return Money.of(value, cur, Math.max(Money.minorUnits(cur), value.scale()), RoundingMode.UNNECESSARY);
    }

    /**
     * @param money an amount
     * @return its JSON form
     */
    public static MoneyResponse toResponse(Money money) {
        return new MoneyResponse(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
