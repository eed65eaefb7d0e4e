package org.dataprice.pricing.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.dataprice.pricing.Deal;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.junit.jupiter.api.Test;

/**
 * The sealed-bid auction aggregate: open on a listing, one sealed bid per bidder before the deadline, close
 * by the seller, winner and price. Reference: Krishna, Auction Theory, 2nd ed. 2010, §2.1–2.2, the example
 * bids 10, 8, 5 (first-price pays 10, second-price 8) and a binding reserve, exact money.
 */
class SealedBidAuctionStateTest {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant DEADLINE = T0.plus(Duration.ofHours(1));

    static Listing listing(ListingMode mode) {
        return new Listing("l-1", "p-1", "seller", DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.ONE_OFF, mode,
                Money.cny("100"), FROM, UNTIL, List.of(), List.of());
    }

    static SealedBidAuctionState sut() {
        return SealedBidAuctionState.open("a-1", listing(ListingMode.AUCTION), "seller", AuctionFormat.VICKREY,
                Money.cny("0"), T0, DEADLINE);
    }

    static SealedBidAuctionState sut2() {
        return SealedBidAuctionState.open("a-2", listing(ListingMode.AUCTION), "seller", AuctionFormat.FIRST_PRICE,
                Money.cny("9"), T0, DEADLINE);
    }

    private static SealedBidAuctionState bids(SealedBidAuctionState s, String... amounts) {
        for (int i = 0; i < amounts.length; i++) {
            s = s.bid("b" + i, Money.cny(amounts[i]), T0.plusSeconds(i + 1L));
        }
        return s;
    }

    private static void assertRefused(Runnable command, String field, String rule) {
        assertThatThrownBy(command::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException x = (InvalidInputException) e;
                    assertThat(x.field()).isEqualTo(field);
                    assertThat(x.rule().id()).isEqualTo(rule);
                });
    }

    @Test
    void test_equality_sutAndSut2() {
        assertThat(sut()).isEqualTo(sut()).hasSameHashCodeAs(sut()).isNotEqualTo(sut2());
    }

    @Test
    void test_open_versionZeroNoBids() {
        SealedBidAuctionState s = sut();
        assertThat(s.version()).isZero();
        assertThat(s.bidCount()).isZero();
        assertThat(s.closed()).isFalse();
        assertThat(s.updatedAt()).isEqualTo(T0);
        assertThat(s.bidsPublic()).isFalse();
        assertThat(s.reserveVisibleTo("seller")).isTrue();
        assertThat(s.reserveVisibleTo("b0")).isFalse();
        assertThat(s.reserveVisibleTo(null)).isFalse();
    }

    @Test
    void test_open_refusals() {
        assertRefused(() -> SealedBidAuctionState.open("a", listing(ListingMode.AUCTION), "other", AuctionFormat.VICKREY,
                Money.cny("1"), T0, DEADLINE), "sellerId", "not-a-party");
        assertRefused(() -> SealedBidAuctionState.open("a", listing(ListingMode.NEGOTIATED), "seller",
                AuctionFormat.VICKREY, Money.cny("1"), T0, DEADLINE), "listing.mode", "invalid-state");
        assertRefused(() -> SealedBidAuctionState.open("a", listing(ListingMode.AUCTION), "seller", AuctionFormat.VICKREY,
                Money.cny("1"), UNTIL, UNTIL.plusSeconds(60)), "openedAt", "out-of-range");
        assertRefused(() -> SealedBidAuctionState.open("a", listing(ListingMode.AUCTION), "seller", AuctionFormat.VICKREY,
                Money.of("1", java.util.Currency.getInstance("USD")), T0, DEADLINE), "reserve", "currency-mismatch");
        assertRefused(() -> SealedBidAuctionState.open("a", listing(ListingMode.AUCTION), "seller", AuctionFormat.VICKREY,
                Money.cny("1"), T0, T0), "deadline", "greater-than");
        assertRefused(() -> SealedBidAuctionState.open("a", listing(ListingMode.AUCTION), "seller", AuctionFormat.VICKREY,
                Money.cny("-1"), T0, DEADLINE), "reserve", "at-least");
    }

    @Test
    void test_bid_appendsSequenceAndAdvancesVersion_leavesOriginal() {
        SealedBidAuctionState before = sut();
        SealedBidAuctionState after = before.bid("b0", Money.cny("5"), T0.plusSeconds(10));
        assertThat(before.bidCount()).isZero();
        assertThat(after.bidCount()).isEqualTo(1);
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.updatedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(after.sealedBids()).containsExactly(new SealedBid("b0", Money.cny("5"), 1));
    }

    @Test
    void test_bid_refusals_inOrder() {
        SealedBidAuctionState s = bids(sut(), "5");
        assertRefused(() -> s.bid("seller", Money.cny("5"), T0.plusSeconds(30)), "bidderId", "not-a-party");
        assertRefused(() -> s.bid("b0", Money.cny("6"), T0.plusSeconds(30)), "bidderId", "duplicate");
        assertRefused(() -> s.bid("x", Money.cny("6"), T0), "at", "at-least");
        assertRefused(() -> s.bid("x", Money.cny("6"), DEADLINE), "at", "after-deadline");
        assertRefused(() -> s.bid("x", Money.of("6", java.util.Currency.getInstance("USD")), T0.plusSeconds(30)),
                "amount", "currency-mismatch");
        assertRefused(() -> s.bid("x", Money.cny("-1"), T0.plusSeconds(30)), "amount", "at-least");
        SealedBidAuctionState closed = s.close("seller", DEADLINE);
        assertRefused(() -> closed.bid("x", Money.cny("6"), DEADLINE.minusSeconds(1)), "closed", "invalid-state");
        // the party rule comes first, even on a closed auction
        assertRefused(() -> closed.bid("seller", Money.cny("6"), DEADLINE), "bidderId", "not-a-party");
    }

    @Test
    void test_bid_belowReserveAccepted_butCannotWin() {
        SealedBidAuctionState s = bids(sut2(), "8.99").close("seller", DEADLINE);
        assertThat(s.bidCount()).isEqualTo(1);
        assertThat(s.result().sold()).isFalse();
    }

    @Test
    void test_close_refusals() {
        SealedBidAuctionState s = bids(sut(), "5");
        assertRefused(() -> s.close("b0", DEADLINE), "sellerId", "not-a-party");
        assertRefused(() -> s.close(null, DEADLINE), "sellerId", "not-a-party");
        assertRefused(() -> s.close("seller", DEADLINE.minusNanos(1000)), "at", "at-least");
        assertRefused(s::result, "closed", "invalid-state");
        SealedBidAuctionState closed = s.close("seller", DEADLINE);
        assertRefused(() -> closed.close("seller", DEADLINE), "closed", "invalid-state");
        assertThat(closed.version()).isEqualTo(s.version() + 1);
        assertThat(closed.bidsPublic()).isTrue();
        assertThat(closed.reserveVisibleTo("b0")).isTrue();
    }

    @Test
    void test_result_krishnaExample_firstAndSecondPrice() {
        SealedBidAuctionState vickrey = bids(sut(), "8", "10", "5").close("seller", DEADLINE);
        SealedBidAuctionState first = bids(SealedBidAuctionState.open("a-3", listing(ListingMode.AUCTION), "seller",
                AuctionFormat.FIRST_PRICE, Money.cny("0"), T0, DEADLINE), "8", "10", "5").close("seller", DEADLINE);
        assertThat(vickrey.result().winnerId()).contains("b1");
        assertThat(vickrey.result().price()).contains(Money.cny("8"));
        assertThat(first.result().winnerId()).contains("b1");
        assertThat(first.result().price()).contains(Money.cny("10"));
        assertThat(vickrey.result().explanation().resultStep().key()).isEqualTo(AuctionSteps.PRICE);
    }

    @Test
    void test_result_reserveBinds_andTieGoesToEarliest() {
        SealedBidAuctionState reserve = bids(SealedBidAuctionState.open("a", listing(ListingMode.AUCTION), "seller",
                AuctionFormat.VICKREY, Money.cny("9"), T0, DEADLINE), "8", "10").close("seller", DEADLINE);
        assertThat(reserve.result().price()).contains(Money.cny("9"));
        SealedBidAuctionState tie = bids(sut(), "4", "10", "10").close("seller", DEADLINE);
        assertThat(tie.result().winnerId()).contains("b1");
        assertThat(tie.result().price()).contains(Money.cny("10"));
    }

    @Test
    void test_deal_fromSealedAuction() {
        SealedBidAuctionState closed = bids(sut(), "8", "10").close("seller", DEADLINE.plusSeconds(5));
        Deal d = Deal.fromAuction("l-1", closed, closed.result());
        assertThat(d.buyerId()).isEqualTo("b1");
        assertThat(d.price()).isEqualTo(Money.cny("8"));
        assertThat(d.mode()).isEqualTo(ListingMode.AUCTION);
        assertThat(d.at()).isEqualTo(DEADLINE.plusSeconds(5));
    }

    @Test
    void test_constructor_rejectsInconsistentLog() {
        List<SealedBidAuctionState.Bid> dup = List.of(new SealedBidAuctionState.Bid("b", Money.cny("1"), T0),
                new SealedBidAuctionState.Bid("b", Money.cny("2"), T0));
        assertRefused(() -> new SealedBidAuctionState("a", "s", AuctionFormat.VICKREY, Money.cny("0"), DEADLINE, dup,
                false, T0, 2), "bids[1].bidderId", "duplicate");
        List<SealedBidAuctionState.Bid> seller = List.of(new SealedBidAuctionState.Bid("s", Money.cny("1"), T0));
        assertRefused(() -> new SealedBidAuctionState("a", "s", AuctionFormat.VICKREY, Money.cny("0"), DEADLINE, seller,
                false, T0, 1), "bids[0].bidderId", "not-a-party");
        List<SealedBidAuctionState.Bid> late = List.of(new SealedBidAuctionState.Bid("b", Money.cny("1"),
                T0.plusSeconds(9)));
        assertRefused(() -> new SealedBidAuctionState("a", "s", AuctionFormat.VICKREY, Money.cny("0"), DEADLINE, late,
                false, T0, 1), "bids[0].at", "at-most");
        List<SealedBidAuctionState.Bid> back = List.of(new SealedBidAuctionState.Bid("b", Money.cny("1"),
                T0.plusSeconds(9)), new SealedBidAuctionState.Bid("c", Money.cny("1"), T0.plusSeconds(8)));
        assertRefused(() -> new SealedBidAuctionState("a", "s", AuctionFormat.VICKREY, Money.cny("0"), DEADLINE, back,
                false, T0.plusSeconds(9), 2), "bids[1].at", "at-least");
        assertRefused(() -> new SealedBidAuctionState("a", "s", AuctionFormat.VICKREY, Money.cny("0"), DEADLINE,
                List.of(), false, T0, -1), "version", "at-least");
    }

    /** Whatever the order of arrival, the aggregate's result equals the stateless model run over its bids. */
    @Test
    void test_result_equalsStatelessModel_forAnyBids() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 15),
                integers().between(0, 5_000)).checkAssert((amounts, reserve) -> {
                    Money r = Money.ofMinor(reserve, Money.CNY);
                    SealedBidAuctionState s = SealedBidAuctionState.open("a", listing(ListingMode.AUCTION), "seller",
                            AuctionFormat.VICKREY, r, T0, DEADLINE);
                    List<SealedBid> model = new ArrayList<>();
                    for (int i = 0; i < amounts.size(); i++) {
                        Money m = Money.ofMinor(amounts.get(i), Money.CNY);
                        s = s.bid("b" + i, m, T0.plusSeconds(i));
                        model.add(new SealedBid("b" + i, m, i + 1L));
                    }
                    AuctionResult expected = new SealedBidAuction(AuctionFormat.VICKREY, r).run(model);
                    AuctionResult actual = s.close("seller", DEADLINE).result();
                    assertThat(actual.winnerId()).isEqualTo(expected.winnerId());
                    assertThat(actual.price()).isEqualTo(expected.price());
                    assertThat(s.version()).isEqualTo(amounts.size());
                });
    }
}
