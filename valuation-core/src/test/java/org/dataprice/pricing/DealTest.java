package org.dataprice.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.pricing.auction.EnglishAuction;
import org.dataprice.pricing.auction.EnglishAuctionState;
import org.dataprice.pricing.auction.EnglishBid;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.NegotiationCommand;
import org.dataprice.pricing.negotiation.NegotiationMachine;
import org.dataprice.pricing.negotiation.NegotiationState;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;
import org.junit.jupiter.api.Test;

/** The quote → negotiation → deal path on a listing, and auction deals. */
class DealTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

    static Listing listing(ListingMode mode) {
        return new Listing("l-1", "p-1", "seller", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.PER_YEAR, mode,
                Money.cny("50000"), FROM, UNTIL, List.of(), List.of());
    }

    @Test
    void test_fromNegotiation_agreedPrice() {
        NegotiationState s = NegotiationState.forListing("n-1", listing(ListingMode.NEGOTIATED), "buyer", Role.BUYER, T0,
                T0.plusSeconds(86_400), 10);
        s = NegotiationMachine.DEFAULT.apply(s, new NegotiationCommand.Propose("buyer",
                new Offer(Money.cny("42000"), 12, UsageScope.INTERNAL, UpdateFrequency.DAILY, DeliveryMode.API),
                T0.plusSeconds(60)));
        s = NegotiationMachine.DEFAULT.apply(s, new NegotiationCommand.Accept("seller", T0.plusSeconds(120)));
        Deal d = Deal.fromNegotiation(s);
        assertThat(d.price()).isEqualTo(Money.cny("42000"));
        assertThat(d.sellerId()).isEqualTo("seller");
        assertThat(d.at()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void test_fromNegotiation_notAgreed() {
        NegotiationState s = NegotiationState.forListing("n-1", listing(ListingMode.NEGOTIATED), "buyer", Role.BUYER, T0,
                T0.plusSeconds(86_400), 10);
        assertThatThrownBy(() -> Deal.fromNegotiation(s)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("status");
    }

    @Test
    void test_concluded_onlyAnAgreedNegotiationIsADeal() {
        NegotiationState open = NegotiationState.forListing("n-1", listing(ListingMode.NEGOTIATED), "buyer", Role.BUYER,
                T0, T0.plusSeconds(86_400), 10);
        NegotiationState offered = NegotiationMachine.DEFAULT.apply(open, new NegotiationCommand.Propose("buyer",
                new Offer(Money.cny("42000"), 12, UsageScope.INTERNAL, UpdateFrequency.DAILY, DeliveryMode.API),
                T0.plusSeconds(60)));
        NegotiationState agreed = NegotiationMachine.DEFAULT.apply(offered,
                new NegotiationCommand.Accept("seller", T0.plusSeconds(120)));
        NegotiationState withdrawn = NegotiationMachine.DEFAULT.apply(offered,
                new NegotiationCommand.Withdraw("seller", T0.plusSeconds(120)));

        assertThat(Deal.concluded(agreed)).contains(Deal.fromNegotiation(agreed));
        assertThat(Deal.concluded(open)).isEmpty();
        assertThat(Deal.concluded(offered)).isEmpty();
        assertThat(Deal.concluded(withdrawn)).isEmpty();
    }

    @Test
    void test_forListing_wrongModeOrOutsideValidity() {
        assertThatThrownBy(() -> NegotiationState.forListing("n", listing(ListingMode.AUCTION), "b", Role.SELLER, T0,
                T0.plusSeconds(60), 5)).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("listing.mode");
        assertThatThrownBy(() -> NegotiationState.forListing("n", listing(ListingMode.NEGOTIATED), "b", Role.SELLER,
                UNTIL, UNTIL.plusSeconds(60), 5)).isInstanceOf(InvalidInputException.class).extracting("field")
                .isEqualTo("openedAt");
    }

    @Test
    void test_fromAuction_sale() {
        EnglishAuctionState a = EnglishAuctionState.open("a-1", "seller", Money.cny("100"), Money.cny("10"),
                Money.cny("100"), T0, T0.plusSeconds(3600));
        a = EnglishAuction.DEFAULT.apply(a, new EnglishBid("x", Money.cny("100"), T0.plusSeconds(10)));
        a = EnglishAuction.DEFAULT.close(a, T0.plusSeconds(3600));
        Deal d = Deal.fromAuction("l-1", a, EnglishAuction.DEFAULT.result(a));
        assertThat(d.buyerId()).isEqualTo("x");
        assertThat(d.mode()).isEqualTo(ListingMode.AUCTION);
        assertThat(d.price()).isEqualTo(Money.cny("100"));
    }

    @Test
    void test_new_buyerIsSeller() {
        assertThatThrownBy(() -> new Deal("l", "s", "s", ListingMode.FIXED_PRICE, Money.cny("1"), T0))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("buyerId");
    }
}
