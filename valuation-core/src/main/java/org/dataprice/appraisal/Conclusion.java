package org.dataprice.appraisal;

import org.dataprice.error.Require;
import org.dataprice.money.Money;

/**
 * The valuation conclusion (评估结论).
 *
 * @param value       the concluded value; not null
 * @param low         the lowest approach value; not null
 * @param high        the highest approach value; not null
 * @param statementZh the conclusion in Chinese; not blank
 * @param statementEn the conclusion in English; not blank
 */
public record Conclusion(Money value, Money low, Money high, String statementZh, String statementEn) {
    /** Validates. */
    public Conclusion {
        Require.notNull(value, "value");
        Require.notNull(low, "low");
        Require.notNull(high, "high");
        Require.notBlank(statementZh, "statementZh");
        Require.notBlank(statementEn, "statementEn");
    }
}
