package org.dataprice.api.pricing.deal;

import org.dataprice.api.pricing.MoneyJson;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the comparable-transaction table.
 *
 * @param id          the deal id
 * @param listingId   the listing
 * @param productId   the product
 * @param category    the data category
 * @param use         the use scenario
 * @param unit        the pricing unit of {@code quantity}
 * @param rightsType  the rights sold: the usage scope (INTERNAL, DERIVED_PRODUCTS, REDISTRIBUTION)
 * @param mode        NEGOTIATED or AUCTION
 * @param sourceId    the negotiation or auction
 * @param sellerId    the seller
 * @param buyerId     the buyer
 * @param date        the deal date (UTC)
 * @param concludedAt the instant it was concluded
 * @param unitPrice   the price per unit
 * @param quantity    the number of units
 * @param total       unitPrice × quantity
 */
@Serdeable
public record DealResponse(String id, String listingId, String productId, String category, String use, String unit,
                           String rightsType, String mode, String sourceId, String sellerId, String buyerId,
                           LocalDate date, Instant concludedAt, MoneyJson unitPrice, BigDecimal quantity,
                           MoneyJson total) {
}
