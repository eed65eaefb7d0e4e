package org.dataprice.pricing.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Sealed-bid auctions. Textbook example (Krishna, Auction Theory, 2nd ed. 2010, §2.1–2.2; Easley &amp;
 * Kleinberg, Networks, Crowds, and Markets, 2010, §9.3): bids 10, 8, 5 — first-price: the 10-bidder pays 10;
 * second-price: pays 8.
 */
class SealedBidAuctionTest {
    static List<SealedBid> bids(String... amounts) {
        List<SealedBid> out = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            out.add(new SealedBid("b" + i, Money.cny(amounts[i]), i));
        }
        return out;
    }

    @Test
    void test_run_textbookFirstAndSecondPrice() {
        List<SealedBid> b = bids("8", "10", "5");
        AuctionResult first = new SealedBidAuction(AuctionFormat.FIRST_PRICE, Money.cny("0")).run(b);
        AuctionResult second = new SealedBidAuction(AuctionFormat.VICKREY, Money.cny("0")).run(b);
        assertThat(first.winnerId()).contains("b1");
        assertThat(first.price()).contains(Money.cny("10"));
        assertThat(second.winnerId()).contains("b1");
        assertThat(second.price()).contains(Money.cny("8"));
        assertThat(second.explanation().resultStep().result().number()).isEqualByComparingTo("8");
    }

    @Test
    void test_run_reserveBindsInVickrey() {
        AuctionResult r = new SealedBidAuction(AuctionFormat.VICKREY, Money.cny("9")).run(bids("8", "10", "5"));
        assertThat(r.price()).contains(Money.cny("9"));
        AuctionResult single = new SealedBidAuction(AuctionFormat.VICKREY, Money.cny("3")).run(bids("7"));
        assertThat(single.price()).contains(Money.cny("3"));
    }

    @Test
    void test_run_noBidReachesReserve() {
        AuctionResult r = new SealedBidAuction(AuctionFormat.FIRST_PRICE, Money.cny("11")).run(bids("8", "10"));
        assertThat(r.sold()).isFalse();
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo("0");
        assertThat(new SealedBidAuction(AuctionFormat.VICKREY, Money.cny("1")).run(List.of()).sold()).isFalse();
    }

    @Test
    void test_run_tiesGoToEarliest() {
        List<SealedBid> b = List.of(new SealedBid("late", Money.cny("10"), 5), new SealedBid("early", Money.cny("10"), 2),
                new SealedBid("low", Money.cny("4"), 1));
        AuctionResult v = new SealedBidAuction(AuctionFormat.VICKREY, Money.cny("0")).run(b);
        assertThat(v.winnerId()).contains("early");
        assertThat(v.price()).contains(Money.cny("10"));
    }

    @Test
    void test_run_vickreyWinnerPaysSecondPrice() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(2, 20),
                integers().between(0, 5_000)).checkAssert((amounts, reserve) -> {
                    List<SealedBid> b = new ArrayList<>();
                    for (int i = 0; i < amounts.size(); i++) {
                        b.add(new SealedBid("b" + i, Money.ofMinor(amounts.get(i), Money.CNY), i));
                    }
                    Money r = Money.ofMinor(reserve, Money.CNY);
                    AuctionResult res = new SealedBidAuction(AuctionFormat.VICKREY, r).run(b);
                    List<Integer> sorted = new ArrayList<>(amounts);
                    sorted.sort(java.util.Comparator.reverseOrder());
                    if (sorted.get(0) < reserve) {
                        assertThat(res.sold()).isFalse();
                    } else {
                        long expected = Math.max(reserve, sorted.get(1));
                        assertThat(res.price()).contains(Money.ofMinor(expected, Money.CNY));
                        int winner = Integer.parseInt(res.winnerId().orElseThrow().substring(1));
                        assertThat(amounts.get(winner)).isEqualTo(sorted.get(0));
                        assertThat(amounts.indexOf(sorted.get(0))).isEqualTo(winner);
                    }
                });
    }

    @Test
    void test_run_duplicateBidder() {
        List<SealedBid> b = List.of(new SealedBid("x", Money.cny("1"), 0), new SealedBid("x", Money.cny("2"), 1));
        assertThatThrownBy(() -> new SealedBidAuction(AuctionFormat.VICKREY, Money.cny("0")).run(b))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("bids[1].bidderId");
    }

    @Test
    void test_run_duplicateSequence() {
        List<SealedBid> b = List.of(new SealedBid("x", Money.cny("1"), 0), new SealedBid("y", Money.cny("2"), 0));
        assertThatThrownBy(() -> new SealedBidAuction(AuctionFormat.VICKREY, Money.cny("0")).run(b))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("bids[1].sequence");
    }

    @Test
    void test_new_negativeReserve() {
        assertThatThrownBy(() -> new SealedBidAuction(AuctionFormat.VICKREY, Money.cny("-1")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reserve");
    }

    @Test
    void test_new_negativeBid() {
        assertThatThrownBy(() -> new SealedBid("x", Money.cny("-1"), 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("amount");
    }
}
