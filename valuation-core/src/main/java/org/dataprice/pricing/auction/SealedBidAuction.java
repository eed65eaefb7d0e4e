package org.dataprice.pricing.auction;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * A sealed-bid auction of one item: first-price or Vickrey (second-price).
 *
 * <p>Rules:
 * <ul>
 *   <li><b>Reserve.</b> Bids below the reserve r are not valid; without a valid bid there is no sale.</li>
 *   <li><b>Winner.</b> The highest valid bid; <b>ties</b> go to the earliest submission (smallest
 *       {@code sequence}), the usual "first come" rule of exchanges.</li>
 *   <li><b>Price.</b> First-price: the winner's bid. Vickrey: max(r, the highest valid bid of the others);
 *       with a tie at the top the second price equals the winning bid. A single valid bidder pays r.</li>
 * </ul>
 * In a Vickrey auction bidding one's value is a weakly dominant strategy (Vickrey 1961; Krishna, <i>Auction
 * Theory</i>, 2nd ed., Prop. 2.1). Edge cases: one bid per bidder ({@link Rule#DUPLICATE}), distinct
 * sequences, one currency. Limit: {@link #MAX_BIDS} bids. Stateless and thread-safe.
 *
 * @param format  first-price or Vickrey; not null
 * @param reserve the reserve price r, &ge; 0; not null
 */
public record SealedBidAuction(AuctionFormat format, Money reserve) {
    /** The largest number of bids accepted. */
    public static final int MAX_BIDS = 1_000_000;

    /** Validates. */
    public SealedBidAuction {
        Require.notNull(format, "format");
        Require.notNull(reserve, "reserve");
        Require.that(!reserve.isNegative(), "reserve", reserve, Rule.AT_LEAST, 0);
    }

    /**
     * @param bids the sealed bids; not null; may be empty (no sale)
     * @return the winner and price
     */
    public AuctionResult run(List<SealedBid> bids) {
        List<SealedBid> copy = Require.copyOf(bids, "bids");
        Require.withinLimit(copy.size(), MAX_BIDS, "bids", "");
        Set<String> bidders = new HashSet<>();
        Set<Long> sequences = new HashSet<>();
        SealedBid best = null;
        int valid = 0;
        for (int i = 0; i < copy.size(); i++) {
            SealedBid b = copy.get(i);
            Require.that(bidders.add(b.bidderId()), "bids[" + i + "].bidderId", b.bidderId(), Rule.DUPLICATE, "bidder");
            Require.that(sequences.add(b.sequence()), "bids[" + i + "].sequence", b.sequence(), Rule.DUPLICATE,
                    "sequence");
            Require.that(b.amount().currency().equals(reserve.currency()), "bids[" + i + "].amount", b.amount(),
                    Rule.CURRENCY_MISMATCH, reserve.currency());
            if (b.amount().compareTo(reserve) >= 0) {
                valid++;
                if (best == null || beats(b, best)) {
                    best = b;
                }
            }
        }
        Money second = reserve;
        for (SealedBid b : copy) {
            if (b != best && b.amount().compareTo(second) > 0) {
                second = b.amount();
            }
        }
        Optional<Money> price = best == null ? Optional.empty()
                : Optional.of(format == AuctionFormat.FIRST_PRICE ? best.amount() : second);
        Money zero = Money.zero(reserve.currency());
        Explanation explanation = Explanation.builder("pricing.auction." + format.name().toLowerCase(java.util.Locale.ROOT))
                .input("reserve", reserve).input("bids", copy.size())
                .step(Step.builder(AuctionSteps.VALID_BIDS).formula("count(bid ≥ reserve)").result(valid, "").build())
                .step(Step.builder(AuctionSteps.HIGHEST).formula("max bid; ties: earliest sequence")
                        .result(Quantity.of("highest", best == null ? zero : best.amount())).build())
                .step(Step.builder(AuctionSteps.SECOND).formula("max(reserve, max other bid)")
                        .result(Quantity.of("second", second)).build())
                .step(Step.builder(AuctionSteps.PRICE)
                        .formula(format == AuctionFormat.FIRST_PRICE ? "winner's bid" : "second price")
                        .result(Quantity.of("price", price.orElse(zero)))
                        .source(format == AuctionFormat.VICKREY ? "Vickrey, J. Finance 16(1):8–37, 1961"
                                : "Krishna, Auction Theory, 2nd ed., ch. 2").build())
                .build();
        return new AuctionResult(best == null ? Optional.empty() : Optional.of(best.bidderId()), price, explanation);
    }

    // higher amount wins; equal amounts: earlier sequence wins
    private static boolean beats(SealedBid a, SealedBid b) {
        int c = a.amount().compareTo(b.amount());
        return c > 0 || (c == 0 && a.sequence() < b.sequence());
    }
}
