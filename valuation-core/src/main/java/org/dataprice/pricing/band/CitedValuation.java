package org.dataprice.pricing.band;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

import java.time.LocalDate;

/**
 * A stored valuation report (资产评估报告) that an appraisal of a listing cites: the report's id, its
 * concluded value (评估值), the range of the approach indications it reconciled, its valuation date
 * (评估基准日) and the firm that signed it (评估机构).
 *
 * <p>The band rule of a cited valuation ({@link Appraisal#citing}): the appraised value A is the report's
 * concluded value, not the range of indications. The Chinese standard states the conclusion as a single
 * figure unless agreed otherwise (《资产评估执业准则——资产评估报告》, 中评协〔2018〕35号: "评估结论通常是确定的数值"),
 * and reconciliation weighs the approach indications into that figure rather than opining a range (Appraisal
 * Institute, <i>The Appraisal of Real Estate</i>, 15th ed., ch. 30 "Reconciliation"; IVS 105 §10.4). So the
 * exchange's tolerance β is applied around the concluded value, [A(1 − β), A(1 + β)] ({@link AppraisalBand}),
 * and the indications [low, high] are carried into the explanation as context only.
 *
 * @param id            the valuation's id; not blank
 * @param value         the concluded value, &gt; 0
 * @param low           the lowest approach indication, &gt; 0, same currency, ≤ value
 * @param high          the highest approach indication, same currency, ≥ value
 * @param valuationDate the valuation date (评估基准日); not null
 * @param firm          the appraisal firm and appraisers as the report names them; not blank
 */
public record CitedValuation(String id, Money value, Money low, Money high, LocalDate valuationDate, String firm) {
    /** Validates. */
    public CitedValuation {
        Require.notBlank(id, "valuationId");
        Require.notNull(value, "value");
        Require.that(value.signum() > 0, "value", value, Rule.GREATER_THAN, 0);
        Require.notNull(low, "low");
        Require.notNull(high, "high");
        Require.that(low.currency().equals(value.currency()), "low", low, Rule.CURRENCY_MISMATCH, value.currency());
        Require.that(high.currency().equals(value.currency()), "high", high, Rule.CURRENCY_MISMATCH, value.currency());
        Require.that(low.compareTo(value) <= 0, "low", low, Rule.AT_MOST, value);
        Require.that(high.compareTo(value) >= 0, "high", high, Rule.AT_LEAST, value);
        Require.notNull(valuationDate, "valuationDate");
        Require.notBlank(firm, "firm");
    }
}
