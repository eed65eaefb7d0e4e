package org.dataprice.pricing.auction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * The English ascending auction (英式拍卖; the 竞价 mode of 北部湾大数据交易中心, domain-notes §2.4): bidders
 * raise the standing bid by at least the increment until the deadline; the highest bidder wins and pays
 * its bid if it reaches the reserve.
 *
 * <p>{@link #apply} is the pure transition for a live auction. Rules (field, {@link Rule}): open
 * ({@code closed}, INVALID_STATE); {@code at ≥ updatedAt} ({@code at}, AT_LEAST); {@code at < deadline}
 * ({@code at}, AFTER_DEADLINE); the seller may not bid ({@code bidderId}, NOT_A_PARTY); the standing
 * bidder may not raise itself ({@code bidderId}, OUT_OF_TURN); amount ≥ start price for the first bid and
 * ≥ standing + increment after ({@code amount}, AT_LEAST); same currency. Bids strictly increase, so
 * there are no ties among accepted bids: of two equal bids only the first received is accepted.
 * {@link #close} (at ≥ deadline) gives the result: no sale when there is no bid or the standing bid is
 * below the reserve (the reserve is secret: bids below it are accepted but do not sell).
 *
 * <p>{@link #proxyOutcome} gives the outcome with proxy bidding (each bidder bids up to its value):
 * with values v₁ ≥ v₂ the winner pays min(v₁, max(start, v₂ + increment)), raised to the reserve if the
 * reserve lies between that and v₁; no sale when v₁ &lt; max(start, reserve). Equal top values go to the
 * earlier bidder (list order) at that value. So the English auction sells at about the second-highest value
 * (Krishna, <i>Auction Theory</i>, 2nd ed., §2.1, strategic equivalence with Vickrey up to the increment).
 * Stateless and thread-safe.
 */
public final class EnglishAuction {
    /** The default instance. */
    public static final EnglishAuction DEFAULT = new EnglishAuction();

    /**
     * Places a bid.
     *
     * @param state the current state; not null
     * @param bid   the bid; not null
     * @return the state with the bid appended
     */
    public EnglishAuctionState apply(EnglishAuctionState state, EnglishBid bid) {
        Require.notNull(state, "state");
        Require.notNull(bid, "bid");
        Require.that(!state.closed(), "closed", true, Rule.INVALID_STATE, "the auction is closed");
        Require.that(!bid.at().isBefore(state.updatedAt()), "at", bid.at(), Rule.AT_LEAST, state.updatedAt());
        Require.that(bid.at().isBefore(state.deadline()), "at", bid.at(), Rule.AFTER_DEADLINE, state.deadline());
        Require.that(!bid.bidderId().equals(state.sellerId()), "bidderId", bid.bidderId(), Rule.NOT_A_PARTY,
                "bidder other than the seller");
        Require.that(state.standingBid().map(s -> !s.bidderId().equals(bid.bidderId())).orElse(true), "bidderId",
                bid.bidderId(), Rule.OUT_OF_TURN, "another bidder");
        Require.that(bid.amount().currency().equals(state.startPrice().currency()), "amount", bid.amount(),
                Rule.CURRENCY_MISMATCH, state.startPrice().currency());
        Money minimum = state.minimumNextBid();
        Require.that(bid.amount().compareTo(minimum) >= 0, "amount", bid.amount(), Rule.AT_LEAST, minimum);
        List<EnglishBid> bids = new ArrayList<>(state.bids());
        bids.add(bid);
        return new EnglishAuctionState(state.auctionId(), state.sellerId(), state.startPrice(), state.increment(),
                state.reserve(), state.deadline(), bids, false, bid.at(), state.version() + 1);
    }

    /**
     * Closes the auction.
     *
     * @param state the state; not null, open
     * @param at    the closing time, at or after the deadline
     * @return the closed state
     */
    public EnglishAuctionState close(EnglishAuctionState state, Instant at) {
        Require.notNull(state, "state");
        Require.notNull(at, "at");
        Require.that(!state.closed(), "closed", true, Rule.INVALID_STATE, "the auction is closed");
        Require.that(!at.isBefore(state.deadline()), "at", at, Rule.AT_LEAST, state.deadline());
        return new EnglishAuctionState(state.auctionId(), state.sellerId(), state.startPrice(), state.increment(),
                state.reserve(), state.deadline(), state.bids(), true, at, state.version() + 1);
    }

    /**
     * @param state a closed auction; not null
     * @return the winner and price
     */
    public AuctionResult result(EnglishAuctionState state) {
        Require.notNull(state, "state");
        Require.that(state.closed(), "closed", false, Rule.INVALID_STATE, "the auction must be closed first");
        Optional<EnglishBid> standing = state.standingBid().filter(b -> b.amount().compareTo(state.reserve()) >= 0);
        Money zero = Money.zero(state.reserve().currency());
        Money highest = state.standingBid().map(EnglishBid::amount).orElse(zero);
        return new AuctionResult(standing.map(EnglishBid::bidderId), standing.map(EnglishBid::amount),
                explain("pricing.auction.english", state.reserve(), state.bids().size(), standing.isPresent() ? 1 : 0,
                        highest, standing.map(EnglishBid::amount).orElse(zero)));
    }

    /**
     * The outcome under proxy bidding.
     *
     * @param bidderIds  the bidders, in arrival order; not null, same size as values
     * @param values     each bidder's maximum (private value); not null
     * @param startPrice the lowest first bid
     * @param increment  the minimum raise, &gt; 0
     * @param reserve    the reserve price
     * @return the winner and price
     */
    public AuctionResult proxyOutcome(List<String> bidderIds, List<Money> values, Money startPrice, Money increment,
            Money reserve) {
        List<String> ids = Require.copyOf(bidderIds, "bidderIds");
        List<Money> v = Require.copyOf(values, "values");
        Require.size(v.size(), ids.size(), "values");
        EnglishAuctionState.open("proxy", "seller", startPrice, increment, reserve, Instant.EPOCH, Instant.MAX);
        int top = -1;
        for (int i = 0; i < v.size(); i++) {
            Require.that(v.get(i).currency().equals(startPrice.currency()), "values[" + i + "]", v.get(i),
                    Rule.CURRENCY_MISMATCH, startPrice.currency());
            if (top < 0 || v.get(i).compareTo(v.get(top)) > 0) {
                top = i;
            }
        }
        Money second = null;
        for (int i = 0; i < v.size(); i++) {
            if (i != top && (second == null || v.get(i).compareTo(second) > 0)) {
                second = v.get(i);
            }
        }
        Money floor = startPrice.max(reserve);
        Money zero = Money.zero(startPrice.currency());
        if (top < 0 || v.get(top).compareTo(floor) < 0) {
            return new AuctionResult(Optional.empty(), Optional.empty(), explain("pricing.auction.englishProxy",
                    reserve, v.size(), 0, top < 0 ? zero : v.get(top), zero));
        }
        Money competitive = second == null ? startPrice : second.plus(increment).max(startPrice);
        Money price = v.get(top).min(competitive).max(reserve);
        return new AuctionResult(Optional.of(ids.get(top)), Optional.of(price),
                explain("pricing.auction.englishProxy", reserve, v.size(), 1, v.get(top), price));
    }

    private static Explanation explain(String method, Money reserve, int bids, int valid, Money highest, Money price) {
        return Explanation.builder(method).input("reserve", reserve).input("bids", bids)
                .step(Step.builder(AuctionSteps.VALID_BIDS).formula("winning bid ≥ reserve").result(valid, "").build())
                .step(Step.builder(AuctionSteps.HIGHEST).formula("standing bid").result(Quantity.of("highest", highest))
                        .build())
                .step(Step.builder(AuctionSteps.PRICE).formula("standing bid if ≥ reserve")
                        .result(Quantity.of("price", price)).source("Krishna, Auction Theory, 2nd ed., §2.1").build())
                .build();
    }
}
