package org.dataprice.api.pricing.listing;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;

/** Rows of the fixed-price terms of a listing (tables {@code pricing_listing_tier}, {@code pricing_listing_subscription}). */
public final class ListingTermRows {
    private ListingTermRows() {
    }

    /**
     * @param id         row id
     * @param listingId  the listing
     * @param seq        position in the request
     * @param fromVolume first unit of the tier
     * @param unitPrice  unit price in the listing's currency
     */
    @MappedEntity("pricing_listing_tier")
    public record Tier(@Id String id, @MappedProperty("listing_id") String listingId, int seq,
                       @MappedProperty("from_volume") long fromVolume,
                       @MappedProperty("unit_price") BigDecimal unitPrice) {
    }

    /**
     * @param id        row id
     * @param listingId the listing
     * @param seq       position in the request
     * @param months    length of the term
     * @param price     price of the term in the listing's currency
     */
    @MappedEntity("pricing_listing_subscription")
    public record Subscription(@Id String id, @MappedProperty("listing_id") String listingId, int seq, int months,
                               BigDecimal price) {
    }
}
