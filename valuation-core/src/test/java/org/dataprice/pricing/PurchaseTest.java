package org.dataprice.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.dataprice.error.DatapriceException;
import org.dataprice.money.Money;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.listing.SubscriptionTerm;
import org.dataprice.pricing.listing.VolumeTier;
import org.junit.jupiter.api.Test;

/**
 * Fixed-price purchases. Reference values hand-computed from the cumulative tariff (Fujian
 * 《公共数据运营服务费收费标准(试行)》): tiers 0.10 from 0 and 0.07 from 10,000; 15,000 units cost
 * 10,000 × 0.10 + 5,000 × 0.07 = 1,350.00 exactly; fee / volume rounded half-even to the fen.
 */
class PurchaseTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    static Listing listing(ListingMode mode, List<VolumeTier> tiers, List<SubscriptionTerm> terms) {
        return new Listing("l-1", "p-1", "seller", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.PER_CALL, mode,
                Money.cny("0.10"), FROM, UNTIL, tiers, terms);
    }

    static Listing fixed() {
        return listing(ListingMode.FIXED_PRICE, List.of(new VolumeTier(0, Money.cny("0.10")),
                new VolumeTier(10_000, Money.cny("0.07"))), List.of(new SubscriptionTerm(12, Money.cny("999.90")),
                new SubscriptionTerm(1, Money.cny("100.00"))));
    }

    static Purchase sut() {
        return Purchase.of(fixed(), "buyer", new PurchaseOrder.Volume(15_000), AT);
    }

    static Purchase sut2() {
        return Purchase.of(fixed(), "buyer", new PurchaseOrder.Subscription("12"), AT);
    }

    private static void assertRefused(Runnable command, String field, String rule) {
        assertThatThrownBy(command::run).isInstanceOf(DatapriceException.class).satisfies(e -> {
            assertThat(((DatapriceException) e).field()).isEqualTo(field);
            assertThat(((DatapriceException) e).rule().id()).isEqualTo(rule);
        });
    }

    @Test
    void test_equality_sutAndSut2() {
        assertThat(sut()).isEqualTo(sut()).hasSameHashCodeAs(sut()).isNotEqualTo(sut2());
    }

    @Test
    void test_of_volume_cumulativeTiersExact() {
        Purchase p = sut();
        assertThat(p.kind()).isEqualTo(Purchase.Kind.VOLUME);
        assertThat(p.fee()).isEqualTo(Money.cny("1350.00"));
        assertThat(p.fee().amount().scale()).isEqualTo(2);
        assertThat(p.dealQuantity()).isEqualByComparingTo("15000");
        assertThat(p.unitPrice()).isEqualTo(Money.cny("0.09"));
        assertThat(p.months()).isZero();
    }

    @Test
    void test_of_volume_noTiers_oneBandAtQuote() {
        Purchase p = Purchase.of(listing(ListingMode.FIXED_PRICE, List.of(), List.of()), "buyer",
                new PurchaseOrder.Volume(7), AT);
        assertThat(p.fee()).isEqualTo(Money.cny("0.70"));
        assertThat(p.unitPrice()).isEqualTo(Money.cny("0.10"));
    }

    @Test
    void test_unitPrice_roundsHalfEvenToTheFen() {
        // 3 units in one band at 0.05 and 0.10 after 1 unit: fee 0.05 + 2 × 0.10 = 0.25; 0.25 / 3 = 0.0833… → 0.08
        Purchase p = Purchase.of(listing(ListingMode.FIXED_PRICE, List.of(new VolumeTier(0, Money.cny("0.05")),
                new VolumeTier(1, Money.cny("0.10"))), List.of()), "buyer", new PurchaseOrder.Volume(3), AT);
        assertThat(p.fee()).isEqualTo(Money.cny("0.25"));
        assertThat(p.unitPrice()).isEqualTo(Money.cny("0.08"));
        // 2 units: 0.05 + 0.10 = 0.15; 0.15 / 2 = 0.075 → half-even 0.08
        Purchase two = Purchase.of(listing(ListingMode.FIXED_PRICE, List.of(new VolumeTier(0, Money.cny("0.05")),
                new VolumeTier(1, Money.cny("0.10"))), List.of()), "buyer", new PurchaseOrder.Volume(2), AT);
        assertThat(two.unitPrice()).isEqualTo(Money.cny("0.08"));
    }

    @Test
    void test_of_subscription_termPriceQuantityOne() {
        Purchase p = sut2();
        assertThat(p.kind()).isEqualTo(Purchase.Kind.SUBSCRIPTION);
        assertThat(p.months()).isEqualTo(12);
        assertThat(p.fee()).isEqualTo(Money.cny("999.90"));
        assertThat(p.unitPrice()).isEqualTo(p.fee());
        assertThat(p.dealQuantity()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Purchase.of(fixed(), "buyer", new PurchaseOrder.Subscription(" 1 "), AT).fee())
                .isEqualTo(Money.cny("100.00"));
    }

    @Test
    void test_deal_fixedPriceAtTheFee() {
        Deal d = sut().deal();
        assertThat(d.mode()).isEqualTo(ListingMode.FIXED_PRICE);
        assertThat(d.price()).isEqualTo(Money.cny("1350.00"));
        assertThat(d.sellerId()).isEqualTo("seller");
        assertThat(d.buyerId()).isEqualTo("buyer");
        assertThat(d.at()).isEqualTo(AT);
    }

    @Test
    void test_of_refusals_inOrder() {
        Listing negotiated = listing(ListingMode.NEGOTIATED, List.of(), List.of());
        assertRefused(() -> Purchase.of(negotiated, "seller", new PurchaseOrder.Volume(1), AT), "buyerId", "not-a-party");
        assertRefused(() -> Purchase.of(negotiated, "buyer", new PurchaseOrder.Volume(1), AT), "listing.mode",
                "invalid-state");
        assertRefused(() -> Purchase.of(fixed(), "buyer", new PurchaseOrder.Volume(1), UNTIL), "at", "out-of-range");
        assertRefused(() -> Purchase.of(fixed(), "buyer", new PurchaseOrder.Volume(1), FROM.minusNanos(1000)), "at",
                "out-of-range");
        assertRefused(() -> Purchase.of(fixed(), "buyer", new PurchaseOrder.Subscription("6"), AT), "subscription",
                "unknown");
        assertRefused(() -> Purchase.of(listing(ListingMode.FIXED_PRICE, List.of(), List.of()), "buyer",
                new PurchaseOrder.Subscription("12"), AT), "subscription", "unknown");
    }

    @Test
    void test_order_exactlyOne() {
        assertRefused(() -> PurchaseOrder.of(5L, "12"), "volume", "invalid-state");
        assertRefused(() -> PurchaseOrder.of(null, null), "volume", "invalid-state");
        assertRefused(() -> PurchaseOrder.of(0L, null), "volume", "at-least");
        assertRefused(() -> PurchaseOrder.of(null, " "), "subscription", "empty");
        assertThat(PurchaseOrder.of(5L, null)).isEqualTo(new PurchaseOrder.Volume(5));
        assertThat(PurchaseOrder.of(null, "12")).isEqualTo(new PurchaseOrder.Subscription("12"));
    }

    @Test
    void test_constructor_refusesInconsistentKinds() {
        assertRefused(() -> new Purchase("l", "s", "b", Purchase.Kind.VOLUME, 5, 12, Money.cny("1"), AT), "months",
                "invalid-state");
        assertRefused(() -> new Purchase("l", "s", "b", Purchase.Kind.SUBSCRIPTION, 2, 12, Money.cny("1"), AT),
                "quantity", "invalid-state");
        assertRefused(() -> new Purchase("l", "s", "s", Purchase.Kind.VOLUME, 5, 0, Money.cny("1"), AT), "buyerId",
                "not-a-party");
        assertRefused(() -> new Purchase("l", "s", "b", Purchase.Kind.VOLUME, 5, 0,
                Money.of(new BigDecimal("1.001"), Money.CNY, 3, java.math.RoundingMode.UNNECESSARY), AT), "fee",
                "precision-loss");
    }

    /** The fee is exact: it equals the band sum computed independently, and |unit price × q − fee| ≤ q × 0.005. */
    @Test
    void test_fee_equalsBandSum_unitPriceWithinHalfFenPerUnit() {
        qt().withExamples(300).forAll(longs().between(1, 1_000_000)).checkAssert(q -> {
            Purchase p = Purchase.of(fixed(), "buyer", new PurchaseOrder.Volume(q), AT);
            BigDecimal bandSum = new BigDecimal("0.10").multiply(BigDecimal.valueOf(Math.min(q, 10_000)))
                    .add(new BigDecimal("0.07").multiply(BigDecimal.valueOf(Math.max(0, q - 10_000))));
            assertThat(p.fee().amount()).isEqualByComparingTo(bandSum);
            BigDecimal gap = p.unitPrice().amount().multiply(BigDecimal.valueOf(q)).subtract(p.fee().amount()).abs();
            assertThat(gap).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(q)));
        });
    }
}
