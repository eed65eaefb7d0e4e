package org.dataprice.pricing.band;

import java.util.Optional;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A third-party appraisal (估价) of a listed product: the appraised value A, who appraised it and by
 * which method (income, cost or market approach, or a supplied figure), and the stored valuation report
 * it cites, when it cites one ({@link #citing}).
 *
 * @param value     the appraised value A per pricing unit, &gt; 0
 * @param appraiser the appraisal firm (数据专业评估服务商); not blank
 * @param method    the approach used, e.g. {@code "cost"}, {@code "income"}, {@code "supplied"}; not blank
 * @param valuation the cited valuation report; when present, {@code value} is its concluded value and
 *                  {@code appraiser} its firm; not null (empty for a supplied figure)
 */
public record Appraisal(Money value, String appraiser, String method, Optional<CitedValuation> valuation) {
    /** Validates. */
    public Appraisal {
        Require.notNull(value, "value");
        Require.that(value.signum() > 0, "value", value, Rule.GREATER_THAN, 0);
        Require.notBlank(appraiser, "appraiser");
        Require.notBlank(method, "method");
        Require.notNull(valuation, "valuation");
        valuation.ifPresent(v -> {
            Require.that(v.value().equals(value), "value", value, Rule.OUT_OF_RANGE, "the cited valuation's value " + v.value());
            Require.that(v.firm().equals(appraiser), "appraiser", appraiser, Rule.OUT_OF_RANGE, "the cited valuation's firm");
        });
    }

    /**
     * A supplied figure that cites no valuation report.
     *
     * @param value     A, &gt; 0
     * @param appraiser the firm; not blank
     * @param method    the approach; not blank
     */
    public Appraisal(Money value, String appraiser, String method) {
        this(value, appraiser, method, Optional.empty());
    }

    /**
     * The appraisal a stored valuation report makes: A = its concluded value, the appraiser its firm (the band
     * rule and its sources are on {@link CitedValuation}).
     *
     * @param valuation the report; not null
     * @param method    the approach, e.g. {@code "valuation report"}; not blank
     * @return the appraisal citing it
     */
    public static Appraisal citing(CitedValuation valuation, String method) {
        Require.notNull(valuation, "valuation");
        return new Appraisal(valuation.value(), valuation.firm(), method, Optional.of(valuation));
    }
}
