package org.dataprice.api.pricing.purchase;

import org.dataprice.api.pricing.listing.ListingTermRows;
import org.dataprice.money.Money;
import org.dataprice.pricing.Purchase;
import org.dataprice.pricing.PurchaseOrder;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.listing.SubscriptionTerm;
import org.dataprice.pricing.listing.VolumeTier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent data drops in {@link PurchaseMapper}: a volume and a subscription purchase of a listing with tiers and
 * terms survive core → row → core and row → core → row, and the response shows every stored column.
 */
class PurchaseMapperTest {
    private static final Instant AT = Instant.parse("2026-06-01T10:00:00.5Z");
    private static final Listing LISTING = new Listing("l-1", "p-1", "seller", DataCategory.ENTERPRISE,
            DataUse.INDUSTRY, PricingUnit.PER_CALL, ListingMode.FIXED_PRICE, Money.cny("0.10"),
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
            List.of(new VolumeTier(0, Money.cny("0.10")), new VolumeTier(10_000, Money.cny("0.07"))),
            List.of(new SubscriptionTerm(3, Money.cny("250")), new SubscriptionTerm(12, Money.cny("999.90"))));

    @Test
    void test_purchase_coreToRowToCoreToRow_andResponse() {
        List<ListingTermRows.Subscription> terms = List.of(
                new ListingTermRows.Subscription("term-3", "l-1", 0, 3, new BigDecimal("250.00")),
                new ListingTermRows.Subscription("term-12", "l-1", 1, 12, new BigDecimal("999.90")));
        for (PurchaseRequest request : List.of(new PurchaseRequest(25_000L, null), new PurchaseRequest(null, "term-12"),
                new PurchaseRequest(null, "3"))) {
            PurchaseOrder order = PurchaseMapper.toPurchaseOrder(request, terms);
            Purchase purchase = Purchase.of(LISTING, "buyer", order, AT);
            PurchaseRow row = PurchaseMapper.toRow(purchase, "pu-1", "d-1");

            Purchase back = PurchaseMapper.toPurchase(row);
            assertThat(back).isEqualTo(purchase);
            assertThat(PurchaseMapper.toRow(back, "pu-1", "d-1")).isEqualTo(row);

            PurchaseResponse r = PurchaseMapper.toResponse(back, row);
            assertThat(List.of(r.id(), r.listingId(), r.sellerId(), r.buyerId(), r.kind(), r.dealId()))
                    .containsExactly("pu-1", "l-1", "seller", "buyer", purchase.kind().name(), "d-1");
            assertThat(r.volume()).isEqualTo(row.volume());
            assertThat(r.months()).isEqualTo(row.months());
            assertThat(r.fee().toMoney("fee")).isEqualTo(purchase.fee());
            assertThat(r.purchasedAt()).isEqualTo(AT);
        }
        assertThat(PurchaseMapper.toRow(Purchase.of(LISTING, "b", new PurchaseOrder.Volume(25_000), AT), "x", "y").fee())
                .as("1,000 × 0.10 + 15,000 × 0.07, by hand").isEqualByComparingTo("2050.00");
    }
}
