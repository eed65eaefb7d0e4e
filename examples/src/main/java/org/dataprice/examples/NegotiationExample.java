package org.dataprice.examples;

import java.io.PrintStream;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;
import org.dataprice.pricing.auction.AuctionFormat;
import org.dataprice.pricing.auction.AuctionResult;
import org.dataprice.pricing.auction.SealedBid;
import org.dataprice.pricing.auction.SealedBidAuction;
import org.dataprice.pricing.band.Appraisal;
import org.dataprice.pricing.band.AppraisalBand;
import org.dataprice.pricing.band.QuoteReview;
import org.dataprice.pricing.listing.DataCategory;
import org.dataprice.pricing.listing.DataUse;
import org.dataprice.pricing.listing.Listing;
import org.dataprice.pricing.listing.ListingMode;
import org.dataprice.pricing.listing.PricingUnit;
import org.dataprice.pricing.listing.VolumeTier;
import org.dataprice.pricing.negotiation.AcceptanceCondition;
import org.dataprice.pricing.negotiation.AdditiveUtility;
import org.dataprice.pricing.negotiation.NegotiationAgent;
import org.dataprice.pricing.negotiation.NegotiationDomain;
import org.dataprice.pricing.negotiation.NegotiationOutcome;
import org.dataprice.pricing.negotiation.NegotiationSimulator;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.TimeDependentTactic;
import org.dataprice.pricing.negotiation.TracedOffer;
import org.dataprice.pricing.tariff.FeeResult;
import org.dataprice.pricing.tariff.PublicDataTariff;
import org.dataprice.pricing.tariff.TieredFeeSchedule;

/**
 * User story (issue 5, price formation on the exchange: 报价 — 估价 — 议价 — 竞价).
 *
 * <ol>
 *   <li><b>Listing and appraisal band.</b> A seller lists a yearly licence to an enterprise power-usage
 *       data product for negotiation, quoting 1,380,000 元. The appraisal is 1,100,000 元; with the
 *       example band β = ±20 % the band is [880,000, 1,320,000] 元, so the quote is flagged and the
 *       seller must justify it.</li>
 *   <li><b>Automated negotiation</b> (议价) over price (900,000 to 1,380,000 元 in steps of 30,000) and
 *       licence term (12, 24 or 36 months). The seller weighs price 0.7 and prefers short terms (0.3);
 *       the buyer weighs price 0.6 and prefers long terms (0.4); both walk away below utility 0.2. The
 *       seller plays Boulware (concedes late), the buyer Conceder (concedes early); both accept an
 *       offer at least as good as their own next bid (AC_next); 10 offers at most, the seller first.
 *       The outcome is compared with the Nash bargaining solution.</li>
 *   <li><b>Vickrey auction</b> (竞价) of another listing, a one-off traffic data set with reserve
 *       500,000 元: the highest bidder wins and pays the second-highest valid bid.</li>
 *   <li><b>Public-data tariff</b> (公共数据运营服务费, 发改价格〔2025〕65号): a posted per-call schedule of
 *       0.05 元 up to 100,000 calls, 0.03 元 up to 1,000,000 and 0.02 元 beyond, with a 20 % discount
 *       for supported small businesses; the fee for 1,500,000 calls.</li>
 * </ol>
 * All figures are illustrative.
 */
public final class NegotiationExample {
    /** The deadline of the negotiation in offers. */
    public static final int ROUNDS = 10;
    /** The volume of the tariff example, in calls. */
    public static final long VOLUME = 1_500_000;

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-02-01T00:00:00Z");

    private NegotiationExample() {
    }

    /**
     * The key results of the example.
     *
     * @param listing     the negotiated listing
     * @param review      the appraisal band review of its quote
     * @param negotiation the negotiation outcome
     * @param nash        the Nash bargaining offer of the domain
     * @param auction     the Vickrey auction result
     * @param fee         the public-data fee for {@link #VOLUME} calls
     */
    public record Results(Listing listing, QuoteReview review, NegotiationOutcome negotiation, Offer nash,
            AuctionResult auction, FeeResult fee) {
    }

    /**
     * Prints the story.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the story and prints it.
     *
     * @param out where to print; not null
     * @return the results
     */
    public static Results run(PrintStream out) {
        // 1. Listing and appraisal band.
        Listing listing = new Listing("L-2026-0042", "企业用电数据产品 power-usage data", "seller-grid", DataCategory.ENTERPRISE,
                DataUse.INDUSTRY, PricingUnit.PER_YEAR, ListingMode.NEGOTIATED, Money.cny("1380000.00"), FROM, UNTIL,
                List.of(), List.of());
        Appraisal appraisal = new Appraisal(Money.cny("1100000.00"), "示例评估 Example Appraisal Co.", "income");
        QuoteReview review = AppraisalBand.EXAMPLE.review(appraisal, listing.quote(),
                "daily updates and exclusive coverage of 12 industrial parks");
        out.println("1. Listing " + listing.listingId() + " (" + listing.productId() + "), " + listing.mode() + ", quote "
                + yuan(listing.quote()) + " per year");
        out.println("   appraisal " + yuan(appraisal.value()) + ", band ±20 %: [" + yuan(review.lower()) + ", "
                + yuan(review.upper()) + "]");
        out.printf(Locale.ROOT, "   quote deviates %+.2f %% from the appraisal: %s%n", 100 * review.deviation(),
                review.flagged() ? "FLAGGED, justification: " + review.justification().orElseThrow() : "inside the band");
        summary(out, review.explanation());

        // 2. Automated negotiation over price and licence term (the other issues carry no weight).
        List<Double> scopes = List.of(0.0, 0.0, 0.0);
        List<Double> frequencies = List.of(0.0, 0.0, 0.0, 0.0, 0.0);
        List<Double> deliveries = List.of(0.0, 0.0, 0.0);
        AdditiveUtility sellerUtility = new AdditiveUtility(0.7, 900_000, 1_380_000, 0.3, 36, 12, 0, scopes, 0,
                frequencies, 0, deliveries, 0.2, 1);
        AdditiveUtility buyerUtility = new AdditiveUtility(0.6, 1_380_000, 900_000, 0.4, 12, 36, 0, scopes, 0,
                frequencies, 0, deliveries, 0.2, 1);
        NegotiationDomain domain = NegotiationDomain.of(Money.cny("900000"), listing.quote(), 17, List.of(12, 24, 36),
                sellerUtility, buyerUtility);
        NegotiationOutcome outcome = NegotiationSimulator.DEFAULT.simulate(domain,
                new NegotiationAgent(sellerUtility, TimeDependentTactic.BOULWARE, AcceptanceCondition.NEXT),
                new NegotiationAgent(buyerUtility, TimeDependentTactic.CONCEDER, AcceptanceCondition.NEXT), ROUNDS,
                Role.SELLER);
        Offer nash = domain.decode(domain.nashOutcome());
        out.println();
        out.println("2. Negotiation (议价): Boulware seller vs Conceder buyer, " + ROUNDS + " offers at most");
        out.println("   round  proposer  price            term   U_seller  U_buyer");
        for (TracedOffer o : outcome.trace()) {
            out.printf(Locale.ROOT, "   %5d  %-8s  %-15s  %2d m   %.4f    %.4f%n", o.round(), o.proposer(),
                    yuan(o.offer().price()), o.offer().licenceMonths(), o.sellerUtility(), o.buyerUtility());
        }
        if (outcome.agreed()) {
            Offer deal = outcome.agreement().orElseThrow();
            out.printf(Locale.ROOT, "   agreed: offer of round %d accepted, %s for %d months (U_seller %.4f, U_buyer %.4f)%n",
                    outcome.round(), yuan(deal.price()), deal.licenceMonths(), outcome.sellerUtility(),
                    outcome.buyerUtility());
        } else {
            out.println("   no agreement before the deadline");
        }
        out.printf(Locale.ROOT, "   Nash solution: %s for %d months (U_seller %.4f, U_buyer %.4f); distance %.4f%n",
                yuan(nash.price()), nash.licenceMonths(), domain.utility(Role.SELLER, domain.nashOutcome()),
                domain.utility(Role.BUYER, domain.nashOutcome()), outcome.distanceToNash());
        out.printf(Locale.ROOT, "   distance to the Pareto frontier %.4f%s%n", outcome.distanceToPareto(),
                outcome.distanceToPareto() > 0 ? ": another price and term would leave both better off" : "");
        summary(out, outcome.explanation());

        // 3. Vickrey auction of another listing.
        Listing auctioned = new Listing("L-2026-0043", "城市交通数据集 city traffic data set", "seller-transport",
                DataCategory.ENTERPRISE, DataUse.INDUSTRY, PricingUnit.ONE_OFF, ListingMode.AUCTION,
                Money.cny("500000.00"), FROM, UNTIL, List.of(), List.of());
        List<SealedBid> bids = List.of(new SealedBid("buyer-A", Money.cny("620000.00"), 1),
                new SealedBid("buyer-B", Money.cny("710000.00"), 2), new SealedBid("buyer-C", Money.cny("680000.00"), 3),
                new SealedBid("buyer-D", Money.cny("450000.00"), 4));
        AuctionResult auction = new SealedBidAuction(AuctionFormat.VICKREY, auctioned.quote()).run(bids);
        out.println();
        out.println("3. Vickrey auction (竞价) of " + auctioned.listingId() + " (" + auctioned.productId() + "), reserve "
                + yuan(auctioned.quote()));
        for (SealedBid b : bids) {
            out.println("   " + b.bidderId() + " bids " + yuan(b.amount())
                    + (b.amount().compareTo(auctioned.quote()) < 0 ? " (below the reserve: invalid)" : ""));
        }
        out.println("   winner " + auction.winnerId().orElse("none") + " pays the second price "
                + auction.price().map(NegotiationExample::yuan).orElse("-"));
        summary(out, auction.explanation());

        // 4. Public-data tariff.
        Listing publicData = new Listing("L-2026-0101", "公共数据 enterprise registration API", "operator-public",
                DataCategory.PUBLIC, DataUse.INDUSTRY, PricingUnit.PER_CALL, ListingMode.FIXED_PRICE, Money.cny("0.05"),
                FROM, UNTIL, List.of(new VolumeTier(0, Money.cny("0.05")), new VolumeTier(100_000, Money.cny("0.03")),
                        new VolumeTier(1_000_000, Money.cny("0.02"))), List.of());
        PublicDataTariff tariff = new PublicDataTariff(publicData.productId(), TieredFeeSchedule.fromListing(publicData),
                Map.of("small-business", 0.20), true);
        FeeResult fee = tariff.fee(VOLUME, DataUse.INDUSTRY, "small-business");
        FeeResult free = tariff.fee(VOLUME, DataUse.PUBLIC_INTEREST, "");
        out.println();
        out.println("4. Public-data tariff (公共数据运营服务费, trial) of " + publicData.listingId()
                + ": 0.05 元/call up to 100,000, 0.03 up to 1,000,000, 0.02 beyond");
        out.println("   " + String.format(Locale.ROOT, "%,d", VOLUME) + " calls: tiered fee " + yuan(fee.tieredFee()) + ", small-business discount "
                + Math.round(100 * fee.discount()) + " %, fee due " + yuan(fee.fee()));
        out.println("   the same calls for a public-interest use (公益): " + yuan(free.fee()));
        summary(out, fee.explanation());
        return new Results(listing, review, outcome, nash, auction, fee);
    }

    /** Prints an explanation's method, input hash and top-level steps (without their sub-steps). */
    private static void summary(PrintStream out, Explanation e) {
        out.println("   explanation: method " + e.methodId() + ", inputs sha256 " + e.inputHash().substring(0, 12) + "…");
        for (Step step : e.steps()) {
            out.println("     - " + step.key().label() + ": " + value(step.result()));
        }
    }

    /** A step result as text: numbers to 8 significant digits, with their unit. */
    private static String value(Quantity q) {
        if (!q.isNumeric()) {
            return q.text();
        }
        if ("CNY".equals(q.unit())) {
            return Money.of(q.number(), Money.CNY, 2, RoundingMode.HALF_EVEN).format(DisplayUnit.YUAN);
        }
        String number = q.number().round(new MathContext(8)).stripTrailingZeros().toPlainString();
        return q.unit().isEmpty() ? number : number + " " + q.unit();
    }

    private static String yuan(Money m) {
        return m.format(DisplayUnit.YUAN);
    }
}
