package org.dataprice.api.pricing.deal;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;
import org.dataprice.api.pricing.listing.ListingRow;
import org.dataprice.index.transaction.MarketDeal;
import org.dataprice.pricing.Deal;
import org.dataprice.pricing.listing.ListingMode;

/**
 * The mapper of deals: JSON requests and stored rows to core records
 * ({@code org.dataprice.pricing}) and back. Stateless; static methods only. The money and instant helpers
 * shared by every workflow are in {@link PricingMapper}.
 */
public final class DealMapper {
    private DealMapper() {
    }

    /**
     * @param id         the new row's id
     * @param deal       the core deal; its price is the total
     * @param listing    its listing (product, category, use, unit)
     * @param rightsType the usage scope sold
     * @param sourceId   the negotiation, auction or purchase
     * @param unitPrice  the price per unit
     * @param quantity   the units sold
     * @return its row; the deal date is the UTC date of {@code deal.at()}
     */
    public static DealRow toRow(String id, Deal deal, ListingRow listing, String rightsType, String sourceId,
                                BigDecimal unitPrice, BigDecimal quantity) {
        return new DealRow(id, deal.listingId(), listing.productId(), listing.category(), listing.dataUse(),
                listing.pricingUnit(), rightsType, deal.mode().name(), sourceId, deal.sellerId(), deal.buyerId(),
                deal.at().atOffset(ZoneOffset.UTC).toLocalDate(), deal.at(), unitPrice, quantity, deal.price().amount(),
                deal.price().currency().getCurrencyCode());
    }

    /**
     * @param row a stored deal
     * @return the core deal it stores (the total as its price)
     */
    public static Deal toDeal(DealRow row) {
        return new Deal(row.listingId(), row.sellerId(), row.buyerId(), ListingMode.valueOf(row.mode()),
                PricingMapper.money(row.totalPrice(), row.currency()), row.concludedAt());
    }

    /**
     * @param row a stored deal
     * @return the response
     */
    public static DealResponse toResponse(DealRow row) {
        return new DealResponse(row.id(), row.listingId(), row.productId(), row.category(), row.dataUse(),
                row.pricingUnit(), row.rightsType(), row.mode(), row.sourceId(), row.sellerId(), row.buyerId(),
                row.dealDate(), row.concludedAt(), MoneyJson.of(row.unitPrice(), row.currency()),
                row.quantity().stripTrailingZeros(), MoneyJson.of(row.totalPrice(), row.currency()));
    }

    /**
     * @param row a stored deal
     * @return it as the price index copies it (id, product, category, date, total, quantity, currency)
     */
    public static MarketDeal toMarketDeal(DealRow row) {
        return new MarketDeal(row.id(), row.productId(), row.category(), row.dealDate(),
                row.totalPrice(), row.quantity(), row.currency());
    }

}
