package org.dataprice.pricing.band;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A third-party appraisal (估价) of a listed product: the appraised value A, who appraised it and by
 * which method (income, cost or market approach, or a supplied figure).
 *
 * @param value     the appraised value A per pricing unit, &gt; 0
 * @param appraiser the appraisal firm (数据专业评估服务商); not blank
 * @param method    the approach used, e.g. {@code "cost"}, {@code "income"}, {@code "supplied"}; not blank
 */
public record Appraisal(Money value, String appraiser, String method) {
    /** Validates. */
    public Appraisal {
        Require.notNull(value, "value");
        Require.that(value.signum() > 0, "value", value, Rule.GREATER_THAN, 0);
        Require.notBlank(appraiser, "appraiser");
        Require.notBlank(method, "method");
    }
}
