package org.dataprice.pricing.auction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * 流拍 (撤拍) — closing an open auction without sale because the listing may no longer be sold (a negative list
 * version published after the auction opened prohibits its category, keywords or data class): the sale would be
 * refused when its deal is recorded, so the close must not try it (the deadline sweep would retry it forever).
 *
 * <p>Rule: only an open auction ({@code closed}, INVALID_STATE); at or after its last transition ({@code at},
 * AT_LEAST); at least one ground, each a citation (e.g. {@code "negative list v2 entry NL-3 (数据安全法 art. 21)"}).
 * Unlike {@link AuctionState#close} neither the seller nor the deadline is required: the market closes it, whenever
 * the prohibition is found. The bids stay recorded; the result has no winner and no price, and its explanation names
 * the grounds. Who closed it and why is stored append-only by the service.
 *
 * @param closed the auction closed, {@code version + 1}, {@code updatedAt = at}
 * @param result no winner, no price; the explanation cites the grounds
 */
public record AuctionWithdrawal(AuctionState closed, AuctionResult result) {
    /** Validates. */
    public AuctionWithdrawal {
        Require.notNull(closed, "closed");
        Require.notNull(result, "result");
        Require.that(!result.sold(), "result", result.winnerId(), Rule.INVALID_STATE, "no sale");
    }

    /**
     * @param open    the open auction; not null
     * @param grounds the citations of what prohibits the sale; not empty
     * @param at      when it is closed; not before {@code open.updatedAt()}
     * @return the auction closed without sale
     */
    public static AuctionWithdrawal of(AuctionState open, List<String> grounds, Instant at) {
        Require.notNull(open, "auction");
        Require.that(!open.closed(), "closed", true, Rule.INVALID_STATE, "the auction is closed");
        Require.notNull(at, "at");
        Require.that(!at.isBefore(open.updatedAt()), "at", at, Rule.AT_LEAST, open.updatedAt());
        List<String> cited = Require.nonEmptyCopy(grounds, "grounds");
        AuctionState closed;
        if (open instanceof EnglishAuctionState e) {
            closed = new EnglishAuctionState(e.auctionId(), e.sellerId(), e.startPrice(), e.increment(), e.reserve(),
                    e.deadline(), e.bids(), true, at, e.version() + 1);
        } else {
            SealedBidAuctionState s = (SealedBidAuctionState) open;
            closed = new SealedBidAuctionState(s.auctionId(), s.sellerId(), s.format(), s.reserve(), s.deadline(),
                    s.bids(), true, at, s.version() + 1);
        }
        Money zero = Money.zero(open.reserve().currency());
        Explanation explanation = Explanation.builder("pricing.auction.withdrawal")
                .input("auctionId", open.auctionId()).input("bids", open.bidCount())
                .step(Step.builder(AuctionSteps.NO_SALE_GROUNDS).formula("a deal on a prohibited listing is refused")
                        .input(Quantity.text("grounds", String.join("; ", cited)))
                        .result(Quantity.text("sale", "none")).build())
                .step(Step.builder(AuctionSteps.PRICE).formula("no sale").result(Quantity.of("price", zero)).build())
                .build();
        return new AuctionWithdrawal(closed, new AuctionResult(Optional.empty(), Optional.empty(), explanation));
    }
}
