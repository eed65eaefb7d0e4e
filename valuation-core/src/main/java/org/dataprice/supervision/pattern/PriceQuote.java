package org.dataprice.supervision.pattern;

import java.time.Instant;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;

/**
 * A fixed-price quote as the monitor sees it: a seller's published unit price in a category at an instant (in the
 * service, a fixed-price listing: its quote and its creation time). A seller's quotes in one category, in time order,
 * are its price path; {@link ParallelPricingScreen} compares the paths of competing sellers.
 *
 * @param quoteId   the quote's id (the listing's); not blank
 * @param sellerId  the seller; not blank
 * @param category  the category; not blank
 * @param pricingUnit the unit the price is per (the listing's pricing unit); not blank. Paths are per seller,
 *                  category <i>and</i> unit: a seller quoting in a second unit starts a second path, so switching
 *                  units is not a price move
 * @param at        when the quote was published; not null
 * @param unitPrice the price per unit, &gt; 0; not null
 */
public record PriceQuote(String quoteId, String sellerId, String category, String pricingUnit, Instant at,
        Money unitPrice) {
    /** Validates. */
    public PriceQuote {
        Require.notBlank(quoteId, "quoteId");
        Require.notBlank(sellerId, "sellerId");
        Require.notBlank(category, "category");
        Require.notBlank(pricingUnit, "pricingUnit");
        Require.notNull(at, "at");
        Require.notNull(unitPrice, "unitPrice");
        Require.that(unitPrice.signum() > 0, "unitPrice", unitPrice, Rule.GREATER_THAN, 0);
    }
}
