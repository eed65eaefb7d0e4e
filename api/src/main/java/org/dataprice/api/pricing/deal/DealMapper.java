package org.dataprice.api.pricing.deal;

import org.dataprice.index.transaction.MarketDeal;
import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;


/**
 * The mapper of deals: JSON requests and stored rows to core records
 * ({@code org.dataprice.pricing}) and back. Stateless; static methods only. The money and instant helpers
 * shared by every workflow are in {@link PricingMapper}.
 */
public final class DealMapper {
    private DealMapper() {
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
