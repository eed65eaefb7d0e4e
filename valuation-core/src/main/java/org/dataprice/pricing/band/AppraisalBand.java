package org.dataprice.pricing.band;

import java.math.BigDecimal;
import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * The reasonable price band of the 报价—估价—议价 path: an appraisal A sets [A(1 − β), A(1 + β)]; a quote
 * outside it is flagged and needs a stated justification (it is not forbidden).
 *
 * <p>Formula: lower = A·(1 − β), upper = A·(1 + β), computed exactly in decimal and rounded half-even
 * to the currency's minor unit; the quote is inside when lower ≤ Q ≤ upper (edges inside).
 * β is exchange configuration: no public Chinese exchange number exists (domain-notes §7 item 3),
 * ±20 % is used only in examples. Source: domain-notes §2.3 step 2; 黄倩倩 et al. 2022.
 *
 * <p>An appraisal citing a stored valuation report ({@link Appraisal#citing}) uses the report's concluded value
 * as A; the explanation names the report's id, valuation date, firm and range of indications (see
 * {@link CitedValuation} for why the band is not the range of indications).
 *
 * <p>Edge cases: β = 0 gives a one-point band; β = 1 a band from 0; a quote in another currency is
 * rejected ({@link Rule#CURRENCY_MISMATCH}); a flagged quote without a non-blank justification is
 * rejected by {@link #review} with {@link Rule#JUSTIFICATION_REQUIRED} on field {@code justification}.
 * Stateless and thread-safe.
 *
 * @param beta the half-width β of the band as a share of A, in [0, 1]
 */
public record AppraisalBand(double beta) {
    /** The ±20 % band used in the examples (not a regulatory number). */
    public static final AppraisalBand EXAMPLE = new AppraisalBand(0.20);

    /** Validates. */
    public AppraisalBand {
        Require.inClosedRange(beta, 0, 1, "beta");
    }

    /**
     * Checks a quote against the band without requiring a justification.
     *
     * @param appraisal the appraisal; not null
     * @param quote     the quote, same currency, &ge; 0; not null
     * @return the review (flagged or not)
     */
    public QuoteReview check(Appraisal appraisal, Money quote) {
        Require.notNull(appraisal, "appraisal");
        Require.notNull(quote, "quote");
        Money a = appraisal.value();
        Require.that(quote.currency().equals(a.currency()), "quote", quote, Rule.CURRENCY_MISMATCH, a.currency());
        BigDecimal b = BigDecimal.valueOf(beta);
        Money lower = a.times(BigDecimal.ONE.subtract(b), Money.SETTLEMENT_ROUNDING);
        Money upper = a.times(BigDecimal.ONE.add(b), Money.SETTLEMENT_ROUNDING);
        double deviation = (quote.toDouble() - a.toDouble()) / a.toDouble();
        boolean flagged = quote.compareTo(lower) < 0 || quote.compareTo(upper) > 0;
        Explanation.Builder explanation = Explanation.builder("pricing.band.appraisal")
                .input("appraisal", a).input("appraiser", appraisal.appraiser()).input("beta", beta, "")
                .input("quote", quote);
        appraisal.valuation().ifPresent(v -> explanation
                .input("valuationId", v.id()).input("valuationDate", v.valuationDate().toString())
                .input("valuationFirm", v.firm()).input("valuationLow", v.low()).input("valuationHigh", v.high())
                .step(Step.builder(BandSteps.CITED_VALUATION).formula("A = the cited report's concluded value")
                        .input(Quantity.text("valuationId", v.id()))
                        .input(Quantity.text("valuationDate", v.valuationDate().toString()))
                        .input(Quantity.text("firm", v.firm()))
                        .input(Quantity.of("low", v.low())).input(Quantity.of("high", v.high()))
                        .result(quantity(a))
                        .source("资产评估执业准则——资产评估报告 (中评协〔2018〕35号): 评估结论通常是确定的数值").build()));
        explanation
                .step(Step.builder(BandSteps.LOWER).formula("A × (1 − β)").result(quantity(lower)).build())
                .step(Step.builder(BandSteps.UPPER).formula("A × (1 + β)").result(quantity(upper)).build())
                .step(Step.of(BandSteps.DEVIATION, "(Q − A) / A", deviation, ""))
                .step(Step.builder(BandSteps.FLAGGED).formula("Q < lower or Q > upper")
                        .result(flagged ? 1 : 0, "").source("domain-notes §2.3 step 2").build());
        return new QuoteReview(quote, lower, upper, deviation, flagged, Optional.empty(), explanation.build());
    }

    /**
     * Reviews a quote for publication: a flagged quote must come with a justification.
     *
     * @param appraisal     the appraisal; not null
     * @param quote         the quote; not null
     * @param justification the seller's justification; may be null or blank when the quote is inside the band
     * @return the review, carrying the justification when one was given
     * @throws InvalidInputException with rule {@link Rule#JUSTIFICATION_REQUIRED} when the quote is
     *                               flagged and no justification is given
     */
    public QuoteReview review(Appraisal appraisal, Money quote, String justification) {
        QuoteReview r = check(appraisal, quote);
        boolean given = justification != null && !justification.isBlank();
        if (r.flagged() && !given) {
            throw new InvalidInputException("justification", justification, Rule.JUSTIFICATION_REQUIRED,
                    "quote " + quote + " outside [" + r.lower() + ", " + r.upper() + "]");
        }
        return new QuoteReview(r.quote(), r.lower(), r.upper(), r.deviation(), r.flagged(),
                given ? Optional.of(justification) : Optional.empty(), r.explanation());
    }

    private static Quantity quantity(Money m) {
        return Quantity.of("value", m);
    }
}
