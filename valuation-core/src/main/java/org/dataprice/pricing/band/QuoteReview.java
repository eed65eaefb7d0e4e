package org.dataprice.pricing.band;

import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * The result of checking a quote against an appraisal band.
 *
 * @param quote         the seller's quote; not null
 * @param lower         the band's lower edge A(1 − β), rounded half-even to the minor unit; not null
 * @param upper         the band's upper edge A(1 + β), rounded half-even to the minor unit; not null
 * @param deviation     (Q − A) / A, the relative deviation from the appraisal
 * @param flagged       true when the quote lies outside [lower, upper]
 * @param justification the seller's stated justification, present only when given
 * @param explanation   how the band was formed; the last step is {@link BandSteps#FLAGGED}
 */
public record QuoteReview(Money quote, Money lower, Money upper, double deviation, boolean flagged,
        Optional<String> justification, Explanation explanation) {
    /** Validates. */
    public QuoteReview {
        Require.notNull(quote, "quote");
        Require.notNull(lower, "lower");
        Require.notNull(upper, "upper");
        Require.finite(deviation, "deviation");
        Require.notNull(justification, "justification");
        Require.notNull(explanation, "explanation");
    }
}
