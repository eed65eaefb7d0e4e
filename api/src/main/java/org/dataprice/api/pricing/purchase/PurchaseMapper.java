package org.dataprice.api.pricing.purchase;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;
import org.dataprice.api.pricing.listing.ListingTermRows;

import org.dataprice.pricing.Purchase;
import org.dataprice.pricing.PurchaseOrder;
import java.util.List;

import static org.dataprice.api.pricing.PricingMapper.money;

/**
 * The mapper of fixed-price purchases: JSON requests and stored rows to core records
 * ({@code org.dataprice.pricing}) and back. Stateless; static methods only. The money and instant helpers
 * shared by every workflow are in {@link PricingMapper}.
 */
public final class PurchaseMapper {
    private PurchaseMapper() {
    }

    /**
     * @param request a purchase request
     * @param terms   the listing's stored subscription terms: a {@code subscription} naming a term's row id
     *                is read as that term's months
     * @return the core order (exactly one of volume and subscription, else 422 {@code invalid-state})
     */
    public static PurchaseOrder toPurchaseOrder(PurchaseRequest request, List<ListingTermRows.Subscription> terms) {
        String subscription = request.subscription();
        if (subscription != null) {
            String key = subscription.strip();
            for (ListingTermRows.Subscription t : terms) {
                if (t.id().equals(key)) {
                    subscription = String.valueOf(t.months());
                    break;
                }
            }
        }
        return PurchaseOrder.of(request.volume(), subscription);
    }

    /**
     * @param purchase a purchase
     * @param id       its id (also the deal's source)
     * @param dealId   the deal it recorded
     * @return its row
     */
    public static PurchaseRow toRow(Purchase purchase, String id, String dealId) {
        boolean volume = purchase.kind() == Purchase.Kind.VOLUME;
        return new PurchaseRow(id, purchase.listingId(), purchase.sellerId(), purchase.buyerId(),
                purchase.kind().name(),
                volume ? purchase.quantity() : null, volume ? null : purchase.months(), purchase.fee().amount(),
                purchase.fee().currency().getCurrencyCode(), dealId, purchase.at());
    }

    /**
     * @param row a stored purchase
     * @return the core purchase
     */
    public static Purchase toPurchase(PurchaseRow row) {
        Purchase.Kind kind = Purchase.Kind.valueOf(row.kind());
        return new Purchase(row.listingId(), row.sellerId(), row.buyerId(), kind,
                kind == Purchase.Kind.VOLUME ? row.volume() : 1, kind == Purchase.Kind.VOLUME ? 0 : row.months(),
                money(row.fee(), row.currency()), row.purchasedAt());
    }

    /**
     * @param purchase a purchase
     * @param row      its stored row
     * @return the response: fee, the deal's unit price and quantity
     */
    public static PurchaseResponse toResponse(Purchase purchase, PurchaseRow row) {
        return new PurchaseResponse(row.id(), row.listingId(), row.sellerId(), row.buyerId(), row.kind(), row.volume(),
                row.months(), MoneyJson.of(purchase.fee()), MoneyJson.of(purchase.unitPrice()),
                purchase.dealQuantity(), row.dealId(), row.purchasedAt());
    }

}
