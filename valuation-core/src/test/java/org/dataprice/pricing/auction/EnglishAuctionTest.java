package org.dataprice.pricing.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * English auction state machine and proxy outcome. Textbook: with values 100 and 80 and increment 5, the
 * English auction ends at the second value plus one increment, 85 (Krishna, Auction Theory, 2nd ed., §2.1).
 */
class EnglishAuctionTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-03-02T00:00:00Z");
    private static final EnglishAuction E = EnglishAuction.DEFAULT;

    static EnglishAuctionState sut() {
        return EnglishAuctionState.open("a-1", "seller", Money.cny("50"), Money.cny("5"), Money.cny("70"), T0, END);
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void test_apply_biddingAndClose() {
        EnglishAuctionState s = E.apply(sut(), new EnglishBid("x", Money.cny("50"), at(1)));
        s = E.apply(s, new EnglishBid("y", Money.cny("60"), at(2)));
        s = E.apply(s, new EnglishBid("x", Money.cny("75"), at(3)));
        assertThat(s.minimumNextBid()).isEqualTo(Money.cny("80"));
        s = E.close(s, END);
        AuctionResult r = E.result(s);
        assertThat(r.winnerId()).contains("x");
        assertThat(r.price()).contains(Money.cny("75"));
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo("75");
        assertThat(s.version()).isEqualTo(4);
    }

    @Test
    void test_result_belowReserveNoSale() {
        EnglishAuctionState s = E.close(E.apply(sut(), new EnglishBid("x", Money.cny("60"), at(1))), END);
        assertThat(E.result(s).sold()).isFalse();
        assertThat(E.result(E.close(sut(), END)).sold()).isFalse();
    }

    @Test
    void test_apply_belowIncrement() {
        EnglishAuctionState s = E.apply(sut(), new EnglishBid("x", Money.cny("50"), at(1)));
        assertRule(() -> E.apply(s, new EnglishBid("y", Money.cny("54.99"), at(2))), "amount", Rule.AT_LEAST);
        assertRule(() -> E.apply(sut(), new EnglishBid("y", Money.cny("49"), at(2))), "amount", Rule.AT_LEAST);
    }

    @Test
    void test_apply_afterDeadline() {
        assertRule(() -> E.apply(sut(), new EnglishBid("x", Money.cny("50"), END)), "at", Rule.AFTER_DEADLINE);
    }

    @Test
    void test_apply_sellerMayNotBid() {
        assertRule(() -> E.apply(sut(), new EnglishBid("seller", Money.cny("50"), at(1))), "bidderId", Rule.NOT_A_PARTY);
    }

    @Test
    void test_apply_standingBidderMayNotRaiseItself() {
        EnglishAuctionState s = E.apply(sut(), new EnglishBid("x", Money.cny("50"), at(1)));
        assertRule(() -> E.apply(s, new EnglishBid("x", Money.cny("60"), at(2))), "bidderId", Rule.OUT_OF_TURN);
    }

    @Test
    void test_apply_closed() {
        EnglishAuctionState s = E.close(sut(), END);
        assertRule(() -> E.apply(s, new EnglishBid("x", Money.cny("50"), END)), "closed", Rule.INVALID_STATE);
        assertRule(() -> E.close(sut(), at(5)), "at", Rule.AT_LEAST);
        assertRule(() -> E.result(sut()), "closed", Rule.INVALID_STATE);
    }

    @Test
    void test_proxyOutcome_textbook() {
        AuctionResult r = E.proxyOutcome(List.of("a", "b"), List.of(Money.cny("100"), Money.cny("80")), Money.cny("10"),
                Money.cny("5"), Money.cny("0"));
        assertThat(r.winnerId()).contains("a");
        assertThat(r.price()).contains(Money.cny("85"));
    }

    @Test
    void test_proxyOutcome_reserveAndTies() {
        // reserve between second value + increment and top value: price = reserve
        AuctionResult r = E.proxyOutcome(List.of("a", "b"), List.of(Money.cny("100"), Money.cny("80")), Money.cny("10"),
                Money.cny("5"), Money.cny("95"));
        assertThat(r.price()).contains(Money.cny("95"));
        // top value below reserve: no sale
        assertThat(E.proxyOutcome(List.of("a"), List.of(Money.cny("60")), Money.cny("10"), Money.cny("5"),
                Money.cny("70")).sold()).isFalse();
        // tie: the earlier bidder wins at the tied value
        AuctionResult tie = E.proxyOutcome(List.of("a", "b"), List.of(Money.cny("90"), Money.cny("90")), Money.cny("10"),
                Money.cny("5"), Money.cny("0"));
        assertThat(tie.winnerId()).contains("a");
        assertThat(tie.price()).contains(Money.cny("90"));
    }

    @Test
    void test_open_invalidIncrement() {
        assertThatThrownBy(() -> EnglishAuctionState.open("a", "s", Money.cny("1"), Money.cny("0"), Money.cny("0"), T0, END))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("increment");
    }

    private static void assertRule(Runnable r, String field, Rule rule) {
        assertThatThrownBy(r::run).isInstanceOf(InvalidInputException.class).satisfies(e -> {
            assertThat(((DatapriceException) e).field()).isEqualTo(field);
            assertThat(((DatapriceException) e).rule()).isEqualTo(rule);
        });
    }
    private static org.dataprice.pricing.listing.Listing listing(org.dataprice.pricing.listing.ListingMode mode) {
        return new org.dataprice.pricing.listing.Listing("l-1", "p-1", "seller",
                org.dataprice.pricing.listing.DataCategory.ENTERPRISE, org.dataprice.pricing.listing.DataUse.INDUSTRY,
                org.dataprice.pricing.listing.PricingUnit.ONE_OFF, mode, Money.cny("100"), T0.minusSeconds(86_400),
                END.plusSeconds(86_400), List.of(), List.of());
    }

    private static void assertRefused(Runnable command, String field, Rule rule) {
        assertThatThrownBy(command::run).isInstanceOf(InvalidInputException.class).satisfies(e -> {
            assertThat(((InvalidInputException) e).field()).isEqualTo(field);
            assertThat(((InvalidInputException) e).rule()).isEqualTo(rule);
        });
    }

    @Test
    void test_openOnListing_checksPartyModeAndParameters() {
        AuctionState s = EnglishAuctionState.open("a", listing(org.dataprice.pricing.listing.ListingMode.AUCTION),
                "seller", Money.cny("50"), Money.cny("5"), Money.cny("70"), T0, END);
        assertThat(s).isEqualTo(EnglishAuctionState.open("a", "seller", Money.cny("50"), Money.cny("5"),
                Money.cny("70"), T0, END));
        assertRefused(() -> EnglishAuctionState.open("a", listing(org.dataprice.pricing.listing.ListingMode.AUCTION),
                "other", Money.cny("50"), Money.cny("5"), Money.cny("70"), T0, END), "sellerId", Rule.NOT_A_PARTY);
        assertRefused(() -> EnglishAuctionState.open("a",
                listing(org.dataprice.pricing.listing.ListingMode.FIXED_PRICE), "seller", Money.cny("50"),
                Money.cny("5"), Money.cny("70"), T0, END), "listing.mode", Rule.INVALID_STATE);
        assertRefused(() -> EnglishAuctionState.open("a", listing(org.dataprice.pricing.listing.ListingMode.AUCTION),
                "seller", Money.cny("50"), null, Money.cny("70"), T0, END), "increment", Rule.NOT_NULL);
        assertRefused(() -> EnglishAuctionState.open("a", listing(org.dataprice.pricing.listing.ListingMode.AUCTION),
                "seller", null, Money.cny("5"), Money.cny("70"), T0, END), "startPrice", Rule.NOT_NULL);
    }

    @Test
    void test_commands_partyCheckedFirst_thenTheMachine() {
        AuctionState s = sut().bid("x", Money.cny("50"), at(1));
        assertThat(s.bidCount()).isEqualTo(1);
        assertThat(s.bidsPublic()).isTrue();
        assertThat(s).isEqualTo(E.apply(sut(), new EnglishBid("x", Money.cny("50"), at(1))));
        // the seller is refused as a party even after the deadline (before the machine's own rules)
        assertRefused(() -> s.bid("seller", Money.cny("500"), END), "bidderId", Rule.NOT_A_PARTY);
        assertRefused(() -> s.close("x", END), "sellerId", Rule.NOT_A_PARTY);
        AuctionState closed = s.close("seller", END);
        assertThat(closed.result().price()).isEmpty(); // 50 is below the reserve 70
        assertThat(closed.reserveVisibleTo("x")).isTrue();
        assertThat(sut().reserveVisibleTo("x")).isFalse();
    }
}
