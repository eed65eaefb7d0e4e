package org.dataprice.appraisal.driver;

import org.dataprice.appraisal.Approach;
import org.dataprice.appraisal.Engagement;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.valuation.income.Forecast;

/**
 * A named driver of an appraisal engagement: one input of the engagement that sensitivity analysis and Monte
 * Carlo move, with the value at which it leaves the engagement as given (its base).
 *
 * <table>
 * <caption>Drivers</caption>
 * <tr><th>name</th><th>exists when</th><th>base</th><th>moved to x</th></tr>
 * <tr><td>{@code discountRate}</td><td>income</td><td>the engagement's i</td><td>i = x, as a given rate; x &gt; −1</td></tr>
 * <tr><td>{@code incomeScale}</td><td>income</td><td>1</td><td>every amount of the forecast's main series × x
 *     (direct income, share base, with-data series, group income; not the without-data series or the charges)</td></tr>
 * <tr><td>{@code growth}</td><td>income</td><td>0</td><td>that series' amount R_t × (1 + x)^(t − 1), i.e.
 *     R'_t = R_t × s × (1 + g)^(t − 1) with s the income scale</td></tr>
 * <tr><td>{@code shareRate}</td><td>income with a {@link Forecast.Share share} forecast</td><td>the engagement's K</td>
 *     <td>K = x, as a given share rate; x ∈ [0, 1]</td></tr>
 * <tr><td>{@code costScale}</td><td>cost</td><td>1</td><td>every cost item × x, rounded HALF_EVEN to minor units; items
 *     must stay ≥ 0 with a positive total</td></tr>
 * <tr><td>{@code qualityU}</td><td>cost</td><td>the engagement's U</td><td>U = x, as a given coefficient (x &gt; 1 is taken
 *     as a premium, reason "sensitivity driver u"); x &gt; 0</td></tr>
 * <tr><td>{@code comparablePriceScale}</td><td>market</td><td>1</td><td>every comparable price × x, rounded HALF_EVEN to
 *     minor units; prices must stay &gt; 0</td></tr>
 * </table>
 *
 * <p>A driver at exactly its base value leaves the engagement's input untouched (the base of {@code qualityU} keeps
 * the engagement's own adjustment route), so every driver at base reproduces the engagement's reconciled value.
 * Immutable and thread-safe.
 */
public enum EngagementDriver {
    /** The income discount rate i. */
    DISCOUNT_RATE("discountRate", Approach.INCOME),
    /** Multiplier on the income forecast's main series. */
    INCOME_SCALE("incomeScale", Approach.INCOME),
    /** Extra growth g of the income forecast's main series. */
    GROWTH("growth", Approach.INCOME),
    /** The share rate K of a share forecast. */
    SHARE_RATE("shareRate", Approach.INCOME),
    /** Multiplier on every cost item. */
    COST_SCALE("costScale", Approach.COST),
    /** The cost approach's value-adjustment factor U (quality). */
    QUALITY_U("qualityU", Approach.COST),
    /** Multiplier on every comparable price. */
    COMPARABLE_PRICE_SCALE("comparablePriceScale", Approach.MARKET);

    private final String id;
    private final Approach approach;

    EngagementDriver(String id, Approach approach) {
        this.id = id;
        this.approach = approach;
    }

    /** @return the driver's name in requests and results, e.g. {@code "discountRate"} */
    public String id() {
        return id;
    }

    /** @return the approach whose inputs the driver moves */
    public Approach approach() {
        return approach;
    }

    /**
     * @param engagement an engagement; not null
     * @return true when the engagement has the input this driver moves
     */
    public boolean appliesTo(Engagement engagement) {
        Require.notNull(engagement, "engagement");
        if (!engagement.uses(approach)) {
            return false;
        }
        return this != SHARE_RATE || engagement.income().forecast() instanceof Forecast.Share;
    }

    /**
     * @param engagement an engagement the driver {@link #appliesTo applies to}; not null
     * @return the value at which the driver leaves the engagement as given
     */
    public double base(Engagement engagement) {
        Require.that(appliesTo(engagement), "driver", id, Rule.INVALID_STATE, "a driver of the engagement");
        return switch (this) {
            case DISCOUNT_RATE -> engagement.income().discountRate().rate();
            case SHARE_RATE -> ((Forecast.Share) engagement.income().forecast()).share().k();
            case QUALITY_U -> engagement.cost().adjustment().u();
            case GROWTH -> 0;
            case INCOME_SCALE, COST_SCALE, COMPARABLE_PRICE_SCALE -> 1;
        };
    }

    /**
     * @param id    a driver name; not null
     * @param field the field to blame when unknown
     * @return the driver of that name
     * @throws InvalidInputException rule {@code unknown} when there is none
     */
    public static EngagementDriver of(String id, String field) {
        Require.notNull(id, field);
        for (EngagementDriver d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new InvalidInputException(field, id, Rule.UNKNOWN, java.util.Arrays.stream(values()).map(EngagementDriver::id).toList());
    }
}
