package org.dataprice.api.pricing.listing;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.admission.AdmissionJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;

import java.time.Instant;
import java.util.List;

/**
 * A new listing (挂牌). The seller is the caller. Cross-field rules (validity order, public data for a
 * free use quoted at 0) are the core {@code Listing}'s and answer 422 with the field.
 *
 * @param productId  the product; not blank
 * @param category   PUBLIC, ENTERPRISE or PERSONAL
 * @param use        PUBLIC_GOVERNANCE, PUBLIC_INTEREST or INDUSTRY
 * @param unit       ONE_OFF, PER_CALL, PER_MONTH or PER_YEAR
 * @param mode       FIXED_PRICE, NEGOTIATED or AUCTION
 * @param quote      the seller's quote per unit, &ge; 0
 * @param validFrom  start of validity, inclusive
 * @param validUntil end of validity, exclusive
 * @param volumeTiers   FIXED_PRICE only: cumulative volume tiers (first from 0, increasing); at most 50
 * @param subscriptions FIXED_PRICE only: subscription terms; at most 50
 * @param admission  the admission declaration checked against the negative list (description, sectors, data classes,
 *                   consent, approval); may be omitted: then the product id and category are checked alone
 * @param registrationId the registration of the product (issue 16), optional: the seller must hold or be licensed the
 *                      product operating right of an ACTIVE registration that day, else 422 on {@code registrationId}
 */
@Serdeable
public record CreateListingRequest(@NotBlank @Size(max = 200) String productId,
                                   @NotNull DataCategory category,
                                   @NotNull DataUse use,
                                   @NotNull PricingUnit unit,
                                   @NotNull ListingMode mode,
                                   @NotNull @Valid MoneyJson quote,
                                   @NotNull Instant validFrom,
                                   @NotNull Instant validUntil,
                                   @Nullable @Size(max = 50) List<@NotNull @Valid VolumeTierJson> volumeTiers,
                                   @Nullable @Size(max = 50) List<@NotNull @Valid SubscriptionTermJson> subscriptions,
                                   @Nullable @Valid AdmissionJson admission,
                                   @Nullable @Size(max = 64) String registrationId) {
    /**
     * A listing without an admission declaration and without a registration.
     *
     * @param productId     the product
     * @param category      the category
     * @param use           the use
     * @param unit          the pricing unit
     * @param mode          the mode
     * @param quote         the quote
     * @param validFrom     start of validity
     * @param validUntil    end of validity
     * @param volumeTiers   volume tiers, or null
     * @param subscriptions subscription terms, or null
     */
    public CreateListingRequest(String productId, DataCategory category, DataUse use, PricingUnit unit, ListingMode mode,
                                MoneyJson quote, Instant validFrom, Instant validUntil, List<VolumeTierJson> volumeTiers,
                                List<SubscriptionTermJson> subscriptions) {
        this(productId, category, use, unit, mode, quote, validFrom, validUntil, volumeTiers, subscriptions, null, null);
    }
}
