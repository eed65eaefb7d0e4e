package org.dataprice.api.valuation;

import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.Engagement;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.simulation.ValuationModel;
import org.dataprice.valuation.income.Forecast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The named drivers of a stored engagement and the {@link ValuationModel} that re-runs the whole appraisal
 * ({@link Appraisal#run}: quality, approaches, reconciliation) with some of them moved. The model's value is
 * the reconciled value (评估值) in the engagement's currency.
 *
 * <table>
 * <caption>Drivers</caption>
 * <tr><th>name</th><th>needs</th><th>base</th><th>meaning</th></tr>
 * <tr><td>{@code discountRate}</td><td>income</td><td>the stored i</td><td>the income discount rate (given)</td></tr>
 * <tr><td>{@code incomeScale}</td><td>income</td><td>1</td><td>multiplier on every forecast amount</td></tr>
 * <tr><td>{@code growth}</td><td>income</td><td>0</td><td>extra growth: F_t × (1 + g)^(t − 1)</td></tr>
 * <tr><td>{@code shareRate}</td><td>income, SHARE forecast</td><td>the stored K</td><td>the share rate K</td></tr>
 * <tr><td>{@code costScale}</td><td>cost</td><td>1</td><td>multiplier on every cost item</td></tr>
 * <tr><td>{@code qualityU}</td><td>cost</td><td>the stored U</td><td>the value-adjustment factor U (quality)</td></tr>
 * <tr><td>{@code comparablePriceScale}</td><td>market</td><td>1</td><td>multiplier on every comparable price</td></tr>
 * </table>
 *
 * <p>A driver at exactly its base value leaves the stored input untouched, so the model at the base point
 * reproduces the stored report's value. Thread-safe: the function keeps no state.
 */
public final class ValuationDrivers {
    /** Discount-rate driver. */
    public static final String DISCOUNT_RATE = "discountRate";
    /** Income-scale driver. */
    public static final String INCOME_SCALE = "incomeScale";
    /** Growth driver. */
    public static final String GROWTH = "growth";
    /** Share-rate driver. */
    public static final String SHARE_RATE = "shareRate";
    /** Cost-scale driver. */
    public static final String COST_SCALE = "costScale";
    /** Quality / value-adjustment factor U driver. */
    public static final String QUALITY_U = "qualityU";
    /** Comparable-price-scale driver. */
    public static final String COMPARABLE_PRICE_SCALE = "comparablePriceScale";

    private final ValuationRequest request;
    private final List<String> names;
    private final double[] base;

    /**
     * @param request the stored engagement
     */
    public ValuationDrivers(ValuationRequest request) {
        this.request = request;
        Engagement e = ValuationMapper.toModel(request, ValuationMapper.Drivers.BASE);
        List<String> n = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        if (e.income() != null) {
            n.add(DISCOUNT_RATE);
            b.add(e.income().discountRate().rate());
            n.add(INCOME_SCALE);
            b.add(1.0);
            n.add(GROWTH);
            b.add(0.0);
            if (e.income().forecast() instanceof Forecast.Share s) {
                n.add(SHARE_RATE);
                b.add(s.share().k());
            }
        }
        if (e.cost() != null) {
            n.add(COST_SCALE);
            b.add(1.0);
            n.add(QUALITY_U);
            b.add(e.cost().adjustment().u());
        }
        if (e.market() != null) {
            n.add(COMPARABLE_PRICE_SCALE);
            b.add(1.0);
        }
        this.names = Collections.unmodifiableList(n);
        this.base = b.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** @return the drivers this engagement has, in a fixed order */
    public List<String> names() {
        return names;
    }

    /**
     * @param name a driver name
     * @return its base value
     */
    public double base(String name) {
        return base[names.indexOf(name)];
    }

    /** @return the base values, in the order of {@link #names()} */
    public List<Double> baseValues() {
        List<Double> out = new ArrayList<>();
        for (double x : base) {
            out.add(x);
        }
        return out;
    }

    /**
     * @param name  a driver name from a request
     * @param field its JSON path, for the error
     * @return the name
     * @throws InvalidInputException (rule {@code unknown}) when this engagement has no such driver
     */
    public String require(String name, String field) {
        if (!names.contains(name)) {
            throw new InvalidInputException(field, name, Rule.UNKNOWN, names);
        }
        return name;
    }

    /**
     * @param inputs the drivers the model varies (a subset of {@link #names()}, validated); the others stay at base
     * @return a model whose value is the reconciled value with those drivers applied
     */
    public ValuationModel model(List<String> inputs) {
        int[] index = new int[inputs.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = names.indexOf(inputs.get(i));
        }
        String currency = request.currency() == null ? "CNY" : request.currency();
        return new ValuationModel("appraisal.reconciled", inputs, currency, x -> {
            double[] all = base.clone();
            for (int i = 0; i < index.length; i++) {
                all[index[i]] = x[i];
            }
            return value(all);
        });
    }

    /** @return a model over every driver */
    public ValuationModel model() {
        return model(names);
    }

    private double value(double[] all) {
        double rate = Double.NaN;
        double incomeScale = 1;
        double growth = 0;
        double share = Double.NaN;
        double costScale = 1;
        double u = Double.NaN;
        double priceScale = 1;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == base[i]) {
                continue;
            }
            switch (names.get(i)) {
                case DISCOUNT_RATE -> rate = all[i];
                case INCOME_SCALE -> incomeScale = all[i];
                case GROWTH -> growth = all[i];
                case SHARE_RATE -> share = all[i];
                case COST_SCALE -> costScale = all[i];
                case QUALITY_U -> u = all[i];
                case COMPARABLE_PRICE_SCALE -> priceScale = all[i];
                default -> throw new IllegalStateException(names.get(i));
            }
        }
        ValuationMapper.Drivers d = new ValuationMapper.Drivers(rate, incomeScale, growth, share, costScale, u, priceScale);
        return Appraisal.DEFAULT.run(ValuationMapper.toModel(request, d)).conclusion().value().amount().doubleValue();
    }
}
