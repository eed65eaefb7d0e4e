package org.dataprice.appraisal.driver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import org.dataprice.appraisal.Approach;
import org.dataprice.appraisal.ApproachWeight;
import org.dataprice.appraisal.Engagement;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.simulation.ValuationModel;
import org.dataprice.valuation.cost.CostApproach;
import org.dataprice.valuation.cost.CostInputs;
import org.dataprice.valuation.cost.CostItem;
import org.dataprice.valuation.cost.ValueAdjustment;
import org.dataprice.valuation.income.Amounts;
import org.dataprice.valuation.income.DiscountRate;
import org.dataprice.valuation.income.Forecast;
import org.dataprice.valuation.income.IncomeApproach;
import org.dataprice.valuation.income.IncomeInputs;
import org.dataprice.valuation.income.ShareRate;
import org.dataprice.valuation.market.ComparableTransaction;
import org.dataprice.valuation.market.MarketApproach;
import org.dataprice.valuation.market.MarketInputs;
import org.dataprice.valuation.reconcile.Reconciliation;

/**
 * The named drivers of one engagement ({@link EngagementDriver}: discountRate, incomeScale, growth, shareRate,
 * costScale, qualityU, comparablePriceScale, those the engagement has, in that order) and the reconciled value
 * (评估值) of the engagement with some of them moved: the valuation function of sensitivity analysis and Monte
 * Carlo over an appraisal, computed directly on the core model.
 *
 * <p>Value at driver values x: each approach whose drivers all sit at base keeps its value V_k; an approach with a
 * moved driver is valued again on its moved inputs ({@link #apply}) by the approach's explanation-free kernel
 * ({@link CostApproach#amount}, {@link IncomeApproach#amount}, {@link MarketApproach#amount}), or by the same arithmetic on the parts precomputed below; then
 * V = Σ_k w_k V_k rounded once HALF_EVEN ({@link Reconciliation#weightedValue}). These kernels repeat the full
 * models' arithmetic operation for operation, so {@code valueOf(x)} equals
 * {@code Appraisal.DEFAULT.run(apply(x)).conclusion().value()} exactly, and at the base point the engagement's
 * own report value (tested, bit for bit, over seeded random driver values).
 *
 * <p>Precomputed once per engagement: the drivers and their bases, the approaches' base values, the weights' decimal
 * forms, the total cost and the cost items' amounts, and the market factors X1..X5 · Π f_k with the comparables'
 * weights (they do not depend on the prices); the quality score never enters a draw (U sits in the cost inputs,
 * {@link Engagement.Builder#qualityAdjustment()}). One draw therefore costs, per moved approach: the income kernel on
 * the moved forecast and rate (O(periods), allocating the moved inputs); TC' = Σ round(item × s) and
 * P = round(TC' × (1 + R) × U) in {@link BigDecimal}; P = Σ w_i round(Q_i × s) X_i in double; then V in
 * {@link BigDecimal}: about a microsecond for a small engagement ({@code EngagementMonteCarloBenchmark}). A draw that
 * takes an item or price out of its usual range is valued through the moved records (their rules then decide,
 * the error naming the field). Errors: a moved input that breaks its record's rule throws the record's
 * {@link DatapriceException} with the approach prefixed ({@code income.discountRate.rate}, {@code cost.adjustment.u},
 * {@code market.comparables[0].price}); a non-finite driver value throws naming the driver.
 *
 * <p>Immutable, stateless after construction and thread-safe: {@link #value} may be called from many threads.
 */
public final class EngagementDrivers {
    private static final String SENSITIVITY_REASON = "sensitivity driver u";

    private final Engagement engagement;
    private final List<EngagementDriver> drivers;
    private final List<String> names;
    private final double[] base;
    /** Position in {@link #drivers} of each {@link EngagementDriver}, or −1. */
    private final int[] position;
    private final Approach[] approaches;
    private final BigDecimal[] weights;
    private final Money[] baseValues;
    private final Money baseValue;
    private final Money baseTotalCost;
    /** The cost items' amounts, for costScale. */
    private final Money[] costItems;
    /** The market approach's fixed factors and weights, for comparablePriceScale; null with caller adjustments. */
    private final MarketKernel market;

    /**
     * @param engagement the engagement; not null
     */
    public EngagementDrivers(Engagement engagement) {
        this.engagement = Require.notNull(engagement, "engagement");
        List<EngagementDriver> ds = new ArrayList<>();
        List<String> ns = new ArrayList<>();
        position = new int[EngagementDriver.values().length];
        for (EngagementDriver d : EngagementDriver.values()) {
            position[d.ordinal()] = -1;
            if (d.appliesTo(engagement)) {
                position[d.ordinal()] = ds.size();
                ds.add(d);
                ns.add(d.id());
            }
        }
        drivers = Collections.unmodifiableList(ds);
        names = Collections.unmodifiableList(ns);
        base = new double[ds.size()];
        for (int i = 0; i < base.length; i++) {
            base[i] = ds.get(i).base(engagement);
        }
        List<Approach> used = engagement.approaches();
        approaches = used.toArray(Approach[]::new);
        weights = new BigDecimal[approaches.length];
        baseValues = new Money[approaches.length];
        for (int k = 0; k < approaches.length; k++) {
            weights[k] = Reconciliation.decimal(weightOf(approaches[k]));
            baseValues[k] = valueOf(approaches[k], engagement);
        }
        baseValue = Reconciliation.weightedValue(baseValues, weights);
        baseTotalCost = engagement.cost() == null ? null : CostApproach.totalCost(engagement.cost());
        costItems = engagement.cost() == null ? null : engagement.cost().items().stream().map(CostItem::amount).toArray(Money[]::new);
        market = engagement.market() == null || !engagement.market().extraAdjustments().isEmpty() ? null
                : new MarketKernel(engagement.market());
    }

    /** @return the engagement as given */
    public Engagement engagement() {
        return engagement;
    }

    /** @return the engagement's drivers, in {@link EngagementDriver} order */
    public List<EngagementDriver> drivers() {
        return drivers;
    }

    /** @return the drivers' names, in the order of {@link #drivers()} (the order of every driver array here) */
    public List<String> names() {
        return names;
    }

    /**
     * @param name a driver name of this engagement
     * @return its base value
     */
    public double base(String name) {
        return base[indexOf(name, "name")];
    }

    /** @return the base values, in the order of {@link #names()} */
    public List<Double> baseValues() {
        List<Double> out = new ArrayList<>(base.length);
        for (double x : base) {
            out.add(x);
        }
        return out;
    }

    /** @return the reconciled value with every driver at base: the engagement's report value */
    public Money baseValue() {
        return baseValue;
    }

    /**
     * @param name  a driver name, e.g. from a request; not null
     * @param field the field to blame (e.g. a JSON path)
     * @return the name
     * @throws InvalidInputException rule {@code unknown}, listing this engagement's drivers, when it has no such driver
     */
    public String require(String name, String field) {
        indexOf(name, field);
        return name;
    }

    private int indexOf(String name, String field) {
        int i = names.indexOf(Require.notNull(name, field));
        if (i < 0) {
            throw new InvalidInputException(field, name, Rule.UNKNOWN, names);
        }
        return i;
    }

    /**
     * The engagement with the drivers applied (the table in {@link EngagementDriver}); a driver at exactly its base
     * leaves its input as given. {@code Appraisal.DEFAULT.run(apply(x))} gives the full report at x.
     *
     * @param values a value per driver, in the order of {@link #names()}; not modified
     * @return the moved engagement (the engagement itself when every driver is at base)
     */
    public Engagement apply(double[] values) {
        check(values);
        if (!moved(values, Approach.COST) && !moved(values, Approach.INCOME) && !moved(values, Approach.MARKET)) {
            return engagement;
        }
        Engagement e = engagement;
        return new Engagement(e.reference(), e.asset(), e.right(), e.purpose(), e.basisOfValue(), e.valuationDate(), e.appraiser(),
                e.assumptions(), e.limitingConditions(), e.quality(),
                moved(values, Approach.COST) ? within("cost", () -> cost(values)) : e.cost(),
                moved(values, Approach.INCOME) ? within("income", () -> income(values)) : e.income(),
                moved(values, Approach.MARKET) ? within("market", () -> market(values)) : e.market(), e.weights(), e.currency(),
                e.client(), e.signatories());
    }

    /**
     * The reconciled value at the given driver values, equal to {@code Appraisal.DEFAULT.run(apply(values))
     * .conclusion().value()}, computed without explanations.
     *
     * @param values a value per driver, in the order of {@link #names()}; not modified
     * @return V = Σ_k w_k V_k, rounded HALF_EVEN to minor units
     */
    public Money valueOf(double[] values) {
        check(values);
        Money[] v = null;
        for (int k = 0; k < approaches.length; k++) {
            if (moved(values, approaches[k])) {
                if (v == null) {
                    v = baseValues.clone();
                }
                v[k] = movedValue(approaches[k], values);
            }
        }
        return v == null ? baseValue : Reconciliation.weightedValue(v, weights);
    }

    /**
     * @param values a value per driver, in the order of {@link #names()}; not modified
     * @return {@link #valueOf} as a double, in the engagement's currency
     */
    public double value(double[] values) {
        return valueOf(values).amount().doubleValue();
    }

    /**
     * A valuation model over some drivers, the others held at base; its function is {@link #value}, named
     * {@code appraisal.reconciled}, in the engagement's currency. Thread-safe.
     *
     * @param inputs driver names of this engagement, distinct, in the order the model's arguments take; not null
     * @return the model
     * @throws InvalidInputException rule {@code unknown} (field {@code inputs[i]}) for a name the engagement lacks
     */
    public ValuationModel model(List<String> inputs) {
        Require.notNull(inputs, "inputs");
        int[] index = new int[inputs.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = indexOf(inputs.get(i), "inputs[" + i + "]");
        }
        return new ValuationModel("appraisal.reconciled", inputs, engagement.currency().getCurrencyCode(), x -> {
            double[] all = base.clone();
            for (int i = 0; i < index.length; i++) {
                all[index[i]] = x[i];
            }
            return value(all);
        });
    }

    /** @return a model over every driver, at {@link #baseValues()} the engagement's value */
    public ValuationModel model() {
        return model(names);
    }

    // ---------------------------------------------------------------- one draw

    private void check(double[] values) {
        Require.notNull(values, "values");
        Require.size(values.length, base.length, "values");
        for (int i = 0; i < values.length; i++) {
            Require.finite(values[i], names.get(i));
        }
    }

    /** True when a driver of the approach is off its base. */
    private boolean moved(double[] values, Approach approach) {
        for (int i = 0; i < values.length; i++) {
            if (drivers.get(i).approach() == approach && values[i] != base[i]) {
                return true;
            }
        }
        return false;
    }

    /** The driver's value when moved off base, else NaN. */
    private double movedOrNaN(double[] values, EngagementDriver d) {
        int i = position[d.ordinal()];
        return i < 0 || values[i] == base[i] ? Double.NaN : values[i];
    }

    private Money movedValue(Approach approach, double[] values) {
        return switch (approach) {
            case COST -> within("cost", () -> {
                Money tc = totalCost(values);
                if (tc == null) { // an item or the total out of the usual range: the records' rules decide
                    return CostApproach.DEFAULT.amount(cost(values));
                }
                return CostApproach.price(tc, engagement.cost().costReturn(), adjustment(values).u());
            });
            case INCOME -> within("income", () -> IncomeApproach.DEFAULT.amount(income(values)));
            case MARKET -> within("market", () -> {
                Money v = market == null ? null : market.value(movedOrNaN(values, EngagementDriver.COMPARABLE_PRICE_SCALE));
                return v != null ? v : MarketApproach.DEFAULT.amount(market(values));
            });
        };
    }

    /**
     * TC' = Σ round(item × s) as {@link #cost} and {@link CostApproach#totalCost} form it, without the records; null
     * when an item would be negative, the total not positive or an amount unusually long (the records then decide).
     */
    private Money totalCost(double[] values) {
        double scale = movedOrNaN(values, EngagementDriver.COST_SCALE);
        if (Double.isNaN(scale)) {
            return baseTotalCost;
        }
        Money tc = Money.zero(engagement.currency());
        for (Money item : costItems) {
            Money x = scaledFast(item, scale);
            if (x == null || x.signum() < 0) {
                return null;
            }
            tc = tc.plus(x);
        }
        return tc.signum() > 0 ? tc : null;
    }

    /** Far inside {@link org.dataprice.money.DecimalParser}'s 40 significant digits: amounts this long need no check. */
    private static final int SAFE_DIGITS = 30;

    /**
     * {@link #scaled(Money, double)} without the records' limit check, or null when the amount is not at minor
     * units or the product grows unusually long (the record path then decides).
     */
    private static Money scaledFast(Money amount, double scale) {
        if (amount.amount().scale() != Money.minorUnits(amount.currency())) {
            return null;
        }
        Money x = amount.times(scale, RoundingMode.HALF_EVEN); // amount × s at minor units, exact decimal semantics
        return x.amount().precision() > SAFE_DIGITS ? null : x;
    }

    /**
     * The market approach with only the comparable prices moving: the factors X1..X5 · Π f_k and the weights w_i
     * do not depend on the prices (without caller adjustments), so they are taken once from
     * {@link MarketApproach#value}'s adjusted rows; a draw forms P_i = round(Q_i × s) × X1 × … × X5 × Π f_k and
     * P = Σ w_i P_i in the model's order.
     */
    private static final class MarketKernel {
        private final MarketInputs inputs;
        private final Money[] prices;
        private final double[][] factors;
        private final double[] weights;

        MarketKernel(MarketInputs inputs) {
            this.inputs = inputs;
            List<org.dataprice.valuation.market.AdjustedComparable> rows = MarketApproach.DEFAULT.value(inputs).comparables();
            int n = rows.size();
            prices = new Money[n];
            factors = new double[n][];
            weights = new double[n];
            for (int i = 0; i < n; i++) {
                var r = rows.get(i);
                prices[i] = inputs.comparables().get(i).price();
                factors[i] = new double[] {r.quality(), r.supplyDemand(), r.date(), r.volume(), r.other(), r.custom()};
                weights[i] = r.weight();
            }
        }

        /** @return P at price scale s, or null when a price would not stay positive or grows unusually long */
        Money value(double scale) {
            double value = 0;
            for (int i = 0; i < prices.length; i++) {
                Money p = scaledFast(prices[i], scale); // Q_i × s, rounded to minor units
                if (p == null || p.signum() <= 0) {
                    return null;
                }
                double[] x = factors[i];
                value += weights[i] * (p.toDouble() * x[0] * x[1] * x[2] * x[3] * x[4] * x[5]);
            }
            return Money.ofDouble(value, inputs.currency(), Money.SETTLEMENT_ROUNDING);
        }
    }

    private static Money valueOf(Approach approach, Engagement e) {
        return switch (approach) {
            case COST -> CostApproach.DEFAULT.amount(e.cost());
            case INCOME -> IncomeApproach.DEFAULT.amount(e.income());
            case MARKET -> MarketApproach.DEFAULT.amount(e.market());
        };
    }

    private double weightOf(Approach approach) {
        for (ApproachWeight w : engagement.weights()) {
            if (w.approach() == approach) {
                return w.weight();
            }
        }
        throw new IllegalStateException("validated by Engagement: a weight for " + approach);
    }

    // ---------------------------------------------------------------- moved inputs

    private ValueAdjustment adjustment(double[] values) {
        double u = movedOrNaN(values, EngagementDriver.QUALITY_U);
        return Double.isNaN(u) ? engagement.cost().adjustment()
                : within("adjustment", () -> new ValueAdjustment.Given(u, u > 1, u > 1 ? SENSITIVITY_REASON : ""));
    }

    /** Cost items × costScale, each rounded HALF_EVEN to minor units; U as moved. */
    private CostInputs cost(double[] values) {
        CostInputs c = engagement.cost();
        double scale = movedOrNaN(values, EngagementDriver.COST_SCALE);
        List<CostItem> items = c.items();
        if (!Double.isNaN(scale)) {
            items = new ArrayList<>(items.size());
            for (int i = 0; i < c.items().size(); i++) {
                CostItem it = c.items().get(i);
                int index = i;
                items.add(within("items[" + index + "]",
                        () -> new CostItem(it.name(), it.category(), scaled(it.amount(), scale))));
            }
        }
        return new CostInputs(items, c.costReturn(), adjustment(values));
    }

    /** The forecast's main series × s × (1 + g)^(t − 1), K and i as moved. */
    private IncomeInputs income(double[] values) {
        IncomeInputs in = engagement.income();
        double scale = movedOrNaN(values, EngagementDriver.INCOME_SCALE);
        double growth = movedOrNaN(values, EngagementDriver.GROWTH);
        double k = movedOrNaN(values, EngagementDriver.SHARE_RATE);
        double rate = movedOrNaN(values, EngagementDriver.DISCOUNT_RATE);
        Forecast f = in.forecast();
        if (!Double.isNaN(scale) || !Double.isNaN(growth)) {
            f = within("forecast", () -> scaled(in.forecast(), Double.isNaN(scale) ? 1 : scale, Double.isNaN(growth) ? 0 : growth));
        }
        if (!Double.isNaN(k)) {
            Forecast.Share s = (Forecast.Share) f;
            f = new Forecast.Share(s.base(), within("forecast.share", () -> ShareRate.given(k)));
        }
        DiscountRate i = Double.isNaN(rate) ? in.discountRate() : within("discountRate", () -> DiscountRate.given(rate));
        return new IncomeInputs(f, i, in.discounting(), in.term(), in.decay(), in.currency());
    }

    /** Comparable prices × comparablePriceScale, each rounded HALF_EVEN to minor units. */
    private MarketInputs market(double[] values) {
        MarketInputs m = engagement.market();
        double scale = movedOrNaN(values, EngagementDriver.COMPARABLE_PRICE_SCALE);
        List<ComparableTransaction> comps = new ArrayList<>(m.comparables().size());
        for (int i = 0; i < m.comparables().size(); i++) {
            ComparableTransaction c = m.comparables().get(i);
            comps.add(within("comparables[" + i + "]", () -> new ComparableTransaction(c.id(), scaled(c.price(), scale), c.date(),
                    c.right(), c.volume(), c.quality(), c.supplyDemand(), c.other(), c.priceIndex(), c.similarity())));
        }
        return new MarketInputs(m.subject(), comps, m.volumeAdjustment(), m.weighting(), m.extraAdjustments(),
                m.maxCoefficientOfVariation(), m.fewComparablesReason());
    }

    // amount × s, from the shortest decimal form of s, rounded HALF_EVEN to the currency's minor units
    private static Money scaled(Money amount, double scale) {
        Currency c = amount.currency();
        return Money.of(amount.amount().multiply(BigDecimal.valueOf(scale)).setScale(Money.minorUnits(c), RoundingMode.HALF_EVEN), c);
    }

    /** The forecast with its main series R'_t = R_t × s × (1 + g)^(t − 1), the power built by repeated products. */
    private static Forecast scaled(Forecast f, double scale, double growth) {
        if (f instanceof Forecast.Direct d) {
            return new Forecast.Direct(scaled(d.income(), scale, growth));
        }
        if (f instanceof Forecast.Share s) {
            return new Forecast.Share(scaled(s.base(), scale, growth), s.share());
        }
        if (f instanceof Forecast.Incremental x) {
            return new Forecast.Incremental(scaled(x.withData(), scale, growth), x.withoutData(), x.kind(), x.taxRate());
        }
        Forecast.ExcessEarnings x = (Forecast.ExcessEarnings) f;
        return new Forecast.ExcessEarnings(scaled(x.groupIncome(), scale, growth), x.charges());
    }

    private static Amounts scaled(Amounts a, double scale, double growth) {
        double[] out = new double[a.size()];
        double g = 1;
        for (int t = 0; t < out.length; t++) {
            out[t] = a.get(t + 1) * scale * g; // R_t × s × (1 + g)^(t − 1)
            g *= 1 + growth;
        }
        return Amounts.of(out);
    }

    private static <T> T within(String path, Supplier<T> body) {
        try {
            return body.get();
        } catch (DatapriceException e) {
            throw e.within(path);
        }
    }

    /**
     * @return the drivers and their bases, for diagnostics
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("EngagementDrivers[").append(engagement.reference());
        for (int i = 0; i < base.length; i++) {
            b.append(", ").append(names.get(i)).append('=').append(base[i]);
        }
        return b.append(']').toString();
    }
}
