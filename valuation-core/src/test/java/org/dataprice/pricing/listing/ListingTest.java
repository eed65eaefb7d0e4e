package org.dataprice.pricing.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/** Listing validation: one test per cross-field rule. */
class ListingTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

    static Listing sut() {
        return new Listing("l-1", "p-1", "s-1", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.PER_CALL,
                ListingMode.FIXED_PRICE, Money.cny("0.01"), FROM, UNTIL,
                List.of(new VolumeTier(0, Money.cny("0.01")), new VolumeTier(1_000_000, Money.cny("0.01"))),
                List.of(new SubscriptionTerm(12, Money.cny("3000"))));
    }

    static Listing sut2() {
        return new Listing("l-2", "p-2", "s-2", DataCategory.PUBLIC, DataUse.PUBLIC_INTEREST, PricingUnit.ONE_OFF,
                ListingMode.NEGOTIATED, Money.cny("0"), FROM, UNTIL, List.of(), List.of());
    }

    @Test
    void test_equality() {
        assertThat(sut()).isEqualTo(sut()).isNotEqualTo(sut2());
        assertThat(sut().isValidAt(FROM)).isTrue();
        assertThat(sut().isValidAt(UNTIL)).isFalse();
    }

    @Test
    void test_new_validityOrder() {
        assertThatThrownBy(() -> new Listing("l", "p", "s", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.ONE_OFF,
                ListingMode.AUCTION, Money.cny("1"), UNTIL, FROM, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("validUntil");
    }

    @Test
    void test_new_tiersOnlyForFixedPrice() {
        assertThatThrownBy(() -> new Listing("l", "p", "s", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.PER_CALL,
                ListingMode.NEGOTIATED, Money.cny("1"), FROM, UNTIL, List.of(new VolumeTier(0, Money.cny("1"))), List.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("volumeTiers");
    }

    @Test
    void test_new_subscriptionsOnlyForFixedPrice() {
        assertThatThrownBy(() -> new Listing("l", "p", "s", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.PER_YEAR,
                ListingMode.AUCTION, Money.cny("1"), FROM, UNTIL, List.of(), List.of(new SubscriptionTerm(12, Money.cny("1")))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("subscriptions");
    }

    @Test
    void test_new_firstTierFromZero() {
        assertThatThrownBy(() -> new Listing("l", "p", "s", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.PER_CALL,
                ListingMode.FIXED_PRICE, Money.cny("1"), FROM, UNTIL, List.of(new VolumeTier(5, Money.cny("1"))), List.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("volumeTiers[0].fromVolume");
    }

    @Test
    void test_new_tiersIncrease() {
        assertThatThrownBy(() -> new Listing("l", "p", "s", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.PER_CALL,
                ListingMode.FIXED_PRICE, Money.cny("1"), FROM, UNTIL,
                List.of(new VolumeTier(0, Money.cny("1")), new VolumeTier(0, Money.cny("1"))), List.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("volumeTiers[1].fromVolume");
    }

    @Test
    void test_new_publicDataForFreeUseMustBeFree() {
        assertThatThrownBy(() -> new Listing("l", "p", "s", DataCategory.PUBLIC, DataUse.PUBLIC_GOVERNANCE,
                PricingUnit.ONE_OFF, ListingMode.FIXED_PRICE, Money.cny("1"), FROM, UNTIL, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("quote");
    }

    @Test
    void test_new_blankSeller() {
        assertThatThrownBy(() -> new Listing("l", "p", " ", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.ONE_OFF,
                ListingMode.AUCTION, Money.cny("1"), FROM, UNTIL, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("sellerId");
    }

    @Test
    void test_new_invalidSubscriptionMonths() {
        assertThatThrownBy(() -> new SubscriptionTerm(0, Money.cny("1"))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("months");
    }
}
