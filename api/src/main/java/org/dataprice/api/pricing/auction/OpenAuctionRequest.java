package org.dataprice.api.pricing.auction;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.dataprice.pricing.negotiation.UsageScope;

import java.time.Instant;

/**
 * Opens an auction on an AUCTION listing; only the listing's seller may.
 *
 * @param listingId  the listing
 * @param format     ENGLISH, FIRST_PRICE or VICKREY
 * @param startPrice the lowest first bid (English); ignored by sealed formats (stored as the reserve)
 * @param increment  the minimum raise (English, required, &gt; 0); must be absent for sealed formats
 * @param reserve    the reserve price, &ge; 0
 * @param deadline   bids are accepted strictly before it; after now
 * @param rightsType the usage scope sold, recorded in the deal; default INTERNAL
 */
@Serdeable
public record OpenAuctionRequest(@NotBlank String listingId,
                                 @NotNull AuctionKind format,
                                 @Nullable @Valid MoneyJson startPrice,
                                 @Nullable @Valid MoneyJson increment,
                                 @NotNull @Valid MoneyJson reserve,
                                 @NotNull Instant deadline,
                                 @Nullable UsageScope rightsType) {
}
