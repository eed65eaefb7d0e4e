package org.dataprice.pricing.band;

import java.util.Optional;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A listing's quote (报价) with its latest appraisal (估价): the state the 报价—估价—议价 path checks before a
 * seller justifies a flagged quote and before the listing is traded.
 *
 * <p>Workflow (domain-notes §2.3 step 2; 黄倩倩 et al. 2022, the quote outside the appraisal band is flagged,
 * not forbidden, and must be explained by the seller before trading):
 * <pre>
 *   justify(text):    latest appraisal present        else invalid-state   on justification
 *                     quote outside [A(1−β), A(1+β)]   else invalid-state   (nothing to justify)
 *                     text not blank                  else justification-required ({@link AppraisalBand#review})
 *                     the appraisal not yet justified  else duplicate
 *   requireTradable(): no appraisal, or not flagged, or justified   else justification-required
 * </pre>
 * {@link #justify} re-derives the band from the stored appraisal and β ({@link AppraisalBand#review}, deterministic);
 * {@link #requireTradable} reads the band as stored with the appraisal ({@link Latest#flagged}, {@link Latest#lower},
 * {@link Latest#upper}). Every refusal is an {@link InvalidInputException} on field {@code justification}.
 * Immutable and thread-safe.
 *
 * @param listingId the listing; not blank
 * @param quote     the seller's quote per pricing unit; not null
 * @param latest    the latest appraisal of the listing with its stored band check; empty when never appraised
 */
public record ListedQuote(String listingId, Money quote, Optional<Latest> latest) {
    /** Validates. */
    public ListedQuote {
        Require.notBlank(listingId, "listingId");
        Require.notNull(quote, "quote");
        Require.notNull(latest, "latest");
    }

    /**
     * The latest appraisal as stored with its band check.
     *
     * @param appraisalId the stored appraisal's id; not blank
     * @param appraisal   the appraisal; not null
     * @param band        the band (β) it was checked with; not null
     * @param lower       the stored lower edge A(1 − β); not null
     * @param upper       the stored upper edge A(1 + β); not null
     * @param flagged     true when the stored check found the quote outside [lower, upper]
     * @param justified   true when the seller has justified the quote against this appraisal
     */
    public record Latest(String appraisalId, Appraisal appraisal, AppraisalBand band, Money lower, Money upper,
            boolean flagged, boolean justified) {
        /** Validates. */
        public Latest {
            Require.notBlank(appraisalId, "appraisalId");
            Require.notNull(appraisal, "appraisal");
            Require.notNull(band, "band");
            Require.notNull(lower, "lower");
            Require.notNull(upper, "upper");
        }
    }

    /**
     * The seller's justification of the quote against the latest appraisal.
     *
     * @param text the justification; must not be blank when the quote is flagged
     * @return the review carrying the justification (flagged, with the band and its explanation)
     * @throws InvalidInputException on {@code justification}: {@link Rule#INVALID_STATE} when there is no appraisal
     *         or the quote is inside the band, {@link Rule#JUSTIFICATION_REQUIRED} when {@code text} is blank,
     *         {@link Rule#DUPLICATE} when the appraisal is already justified
     */
    public QuoteReview justify(String text) {
        Require.that(latest.isPresent(), "justification", null, Rule.INVALID_STATE,
                "the listing has no appraisal, so its quote needs no justification");
        Latest l = latest.get();
        QuoteReview review = l.band().review(l.appraisal(), quote, text);
        Require.that(review.flagged(), "justification", text, Rule.INVALID_STATE,
                "the quote " + quote + " is inside [" + review.lower() + ", " + review.upper()
                        + "] of the latest appraisal and needs no justification");
        Require.that(!l.justified(), "justification", text, Rule.DUPLICATE,
                "appraisal " + l.appraisalId() + " is already justified");
        return review;
    }

    /**
     * Refuses trading (a negotiation, an auction, a purchase) while the latest appraisal flags the quote and the
     * seller has not justified it.
     *
     * @throws InvalidInputException {@link Rule#JUSTIFICATION_REQUIRED} on field {@code justification}
     */
    public void requireTradable() {
        latest.filter(l -> l.flagged() && !l.justified()).ifPresent(l -> {
            throw new InvalidInputException("justification", null, Rule.JUSTIFICATION_REQUIRED,
                    "listing " + listingId + ": quote " + plain(quote) + " " + quote.currency().getCurrencyCode()
                            + " outside [" + plain(l.lower()) + ", " + plain(l.upper()) + "] of appraisal "
                            + l.appraisalId() + "; the seller must justify it (POST /v1/listings/" + listingId
                            + "/justification) before it can be negotiated or auctioned");
        });
    }

    /** The amount without trailing zeros, in plain notation ({@code 125}, not {@code 125.00} or {@code 1.25E+2}). */
    private static String plain(Money m) {
        return m.amount().stripTrailingZeros().toPlainString();
    }
}
