package org.dataprice.supervision.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.dataprice.error.Require;
import org.dataprice.money.Money;
import org.dataprice.pricing.auction.SealedBid;
import org.dataprice.pricing.negotiation.DeliveryMode;
import org.dataprice.pricing.negotiation.Offer;
import org.dataprice.pricing.negotiation.RecordedOffer;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.UpdateFrequency;
import org.dataprice.pricing.negotiation.UsageScope;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.pattern.AuctionRecord;
import org.dataprice.supervision.pattern.NegotiationRecord;
import org.dataprice.supervision.pattern.OwnerLink;
import org.dataprice.supervision.pattern.PriceQuote;
import org.dataprice.supervision.rule.IndexLevel;

/**
 * A seeded data market with planted manipulation (模拟市场), documented so that the detectors' precision and recall
 * can be read against it.
 *
 * <p><b>Ordinary market.</b> Category c has a base unit price μ<sub>c</sub> = exp(U[ln 20, ln 2000]) CNY and an
 * index I<sub>c,m</sub> = exp(Σ N(0.005, 0.02²)) (I<sub>c,0</sub> = 1; published as 100·I). Sellers are chosen with
 * Zipf weights 1/(rank + 1)<sup>1.1</sup> (a few large data suppliers, a long tail), each in its home category
 * (rank mod categories) 80 % of the time; buyers uniformly; brokers (数据商) both sell (with the smallest seller
 * weights) and buy (5 % of purchases). A listing is a seller and a category, with a premium ln p<sub>l</sub> ~
 * N(0, 0.1²). A deal's unit price is u = μ<sub>c</sub> · I<sub>c,m</sub> · p<sub>l</sub> · exp(ε), ε ~ N(0, 0.2²), so
 * the log unit prices of a category and month are normal with σ ≈ 0.224 (the Hampel filter's false-alarm rate
 * applies); quantity q = 1 + ⌊exp(N(1, 1))⌋ ≤ 1 000; price = u·q rounded to the fen; time uniform in the month.
 * 70 % of listings are appraised at A = μ<sub>c</sub>·I<sub>c,m</sub>·p<sub>l</sub> per unit with a band β = 0.8; half of
 * the listings have a reference price A·q·exp(N(0, 0.05²)). Ordinary auctions: 3–6 random buyers bidding
 * v·exp(N(0, 0.2²)), highest wins; ordinary negotiations: 3–5 buyer offers rising from 50–70 % of v to v with random
 * steps, to the fen, and the seller's falling offers. Fixed-price quotes: in each category ten random sellers
 * quote μ<sub>c</sub>·exp(N(0, 0.3²)) in the first month and revise in each later month with probability 0.35, at a
 * uniform time, by the index's move times exp(N(0, 0.05²)); quotes come from a second stream seeded with
 * {@code seed ^ 0x51756f746573} so that they leave the deals, auctions and negotiations of a seed unchanged.
 *
 * <p><b>Planted</b> ({@code plants} incidents per kind, price outliers 20 times as many; {@link PlantedPattern}):
 * price outliers shifted by ±U[1.2, 2.0] in log; wash rings of 2–4 new shell parties passing the same amount ±3 %
 * round within 10 days, every other ring of three or more closing through a party declared linked to the first;
 * round trips of three legs between two new parties, each leg 30–60 % dearer, within 20 days; self-deals from a
 * seller to a newly registered buyer declared under the same owner; bunching sellers with 14 deals in
 * [0.95 T, T) and one just below, T = 100 000 CNY; volume spikes adding three times a cell's expected deals in one
 * month (from the fourth month); bid-rotation rings of three new bidders meeting in six auctions and winning in
 * turn; cover-bidding auctions whose 3–4 losing bids sit at 80 % ± 0.5 % of the winner's; and pairs of new buyers
 * making the same offer sequence; pairs of new sellers of one category (r mod categories) changing their quotes
 * five times within a day of each other by the same log change (the index's move plus N(0, 0.05²), ± 0.001).
 * Benign owner links (seller–seller, buyer–buyer) are declared as well.
 *
 * <p>Deterministic for a seed (Commons RNG {@code XO_RO_SHI_RO_128_PP}); deal ids {@code D0000001…} in creation
 * order, deals returned in {@link MonitoredDeal#TIME_ORDER} and allocated in that order (as a service mapping rows
 * read {@code ORDER BY at} lays them out in memory). Stateless and thread-safe (each call owns its state).
 */
public final class MarketGenerator {
    /** The generator. */
    public static final MarketGenerator DEFAULT = new MarketGenerator();
    /** The reporting threshold T of the planted bunching, 100 000 CNY. */
    public static final Money REPORTING_THRESHOLD = Money.cny("100000.00");
    /** σ of the deal noise ε. */
    public static final double NOISE_SIGMA = 0.2;
    /** σ of the listing premium. */
    public static final double LISTING_SIGMA = 0.1;
    /** Half-width β of the appraisal band. */
    public static final double BAND_BETA = 0.8;

    private MarketGenerator() {
    }

    /**
     * @param spec the market's shape; not null
     * @return the market and its ground truth
     */
    public SimulatedMarket generate(MarketSpec spec) {
        Require.notNull(spec, "spec");
        return new Run(spec).run();
    }

    /** The state of one generation. */
    private static final class Run {
        private final MarketSpec spec;
        private final UniformRandomProvider rng;
        private final ZigguratSampler.NormalizedGaussian normal;
        private final double[] mu;
        private final double[][] index;
        private final double[] sellerCdf;
        private final String[] sellerIds;
        private final Map<String, Double> premium = new HashMap<>();
        private final Map<String, int[]> listingFlags = new HashMap<>();
        private final List<MonitoredDeal> deals = new ArrayList<>();
        private final List<OwnerLink> links = new ArrayList<>();
        private final List<AuctionRecord> auctions = new ArrayList<>();
        private final List<NegotiationRecord> negotiations = new ArrayList<>();
        private final List<PriceQuote> quotes = new ArrayList<>();
        private UniformRandomProvider qrng;
        private ZigguratSampler.NormalizedGaussian qnormal;
        private final List<PlantedIncident> incidents = new ArrayList<>();
        private int dealSeq;
        private final long periodStart;
        private final long periodEnd;

        Run(MarketSpec spec) {
            this.spec = spec;
            this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(spec.seed());
            this.normal = ZigguratSampler.NormalizedGaussian.of(rng);
            int c = spec.categories();
            mu = new double[c];
            index = new double[c][spec.months()];
            for (int k = 0; k < c; k++) {
                mu[k] = Math.exp(Math.log(20) + rng.nextDouble() * (Math.log(2000) - Math.log(20)));
                double level = 0;
                for (int m = 0; m < spec.months(); m++) {
                    level += m == 0 ? 0 : 0.005 + 0.02 * normal.sample();
                    index[k][m] = Math.exp(level);
                }
            }
            int s = spec.sellers() + spec.intermediaries();
            sellerIds = new String[s];
            sellerCdf = new double[s];
            double sum = 0;
            for (int i = 0; i < s; i++) {
                sellerIds[i] = i < spec.sellers() ? "S" + i : "M" + (i - spec.sellers());
                sum += 1 / Math.pow(i + 1, 1.1);
                sellerCdf[i] = sum;
            }
            periodStart = spec.start().atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            periodEnd = spec.start().plusMonths(spec.months()).atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        }

        SimulatedMarket run() {
            for (int i = 0; i < spec.deals(); i++) {
                ordinaryDeal();
            }
            for (int i = 0; i < spec.auctions(); i++) {
                ordinaryAuction("A" + i);
            }
            for (int i = 0; i < spec.negotiations(); i++) {
                NegotiationRecord n = negotiation("N" + i, buyer(), rng.nextInt(spec.categories()));
                negotiations.add(n);
            }
            benignLinks();
            for (int r = 0; r < spec.plants(); r++) {
                for (int k = 0; k < 20; k++) {
                    priceOutlier();
                }
                washRing(r);
                roundTrip(r);
                selfDeal(r);
                bunching(r);
                rotation(r);
                cover(r);
                identicalOffers(r);
            }
            volumeSpikes();
            qrng = RandomSource.XO_RO_SHI_RO_128_PP.create(spec.seed() ^ 0x51756f746573L);
            qnormal = ZigguratSampler.NormalizedGaussian.of(qrng);
            for (int k = 0; k < spec.categories(); k++) {
                ordinaryQuotes(k);
            }
            for (int r = 0; r < spec.plants(); r++) {
                parallelPricing(r);
            }
            List<MonitoredDeal> byTime = new ArrayList<>(deals);
            byTime.sort(MonitoredDeal.TIME_ORDER);
            // allocated afresh in time order, as a service mapping rows read ORDER BY at would lay them out
            List<MonitoredDeal> sorted = new ArrayList<>(byTime.size());
            for (MonitoredDeal d : byTime) {
                sorted.add(copy(d));
            }
            List<IndexLevel> levels = new ArrayList<>();
            for (int k = 0; k < spec.categories(); k++) {
                for (int m = 0; m < spec.months(); m++) {
                    levels.add(new IndexLevel(category(k), spec.start().plusMonths(m), 100 * index[k][m]));
                }
            }
            return new SimulatedMarket(sorted, links, auctions, negotiations, quotes, levels, REPORTING_THRESHOLD, incidents);
        }

        private static MonitoredDeal copy(MonitoredDeal d) {
            return new MonitoredDeal(new String(d.dealId().toCharArray()), new String(d.listingId().toCharArray()),
                    d.sellerId(), d.buyerId(), d.category(), YearMonth.of(d.month().getYear(), d.month().getMonthValue()),
                    Instant.ofEpochSecond(d.at().getEpochSecond()),
                    copy(d.price()), new BigDecimal(d.quantity().unscaledValue(), d.quantity().scale()),
                    copy(d.bandLower()), copy(d.bandUpper()), copy(d.referencePrice()));
        }

        private static Money copy(Money m) {
            return m == null ? null : Money.ofMinor(m.toMinor(), m.currency());
        }

        // ---------------------------------------------------------------- ordinary market

        private static String category(int k) {
            return String.format("cat-%02d", k);
        }

        private int sellerRank() {
            double x = rng.nextDouble() * sellerCdf[sellerCdf.length - 1];
            int i = java.util.Arrays.binarySearch(sellerCdf, x);
            return i >= 0 ? i : Math.min(-i - 1, sellerCdf.length - 1);
        }

        private String buyer() {
            if (spec.intermediaries() > 0 && rng.nextDouble() < 0.05) {
                return "M" + rng.nextInt(spec.intermediaries());
            }
            return "B" + rng.nextInt(spec.buyers());
        }

        private long randomTime() {
            return periodStart + (long) (rng.nextDouble() * (periodEnd - periodStart - 1));
        }

        private YearMonth monthOf(long t) {
            return YearMonth.from(Instant.ofEpochSecond(t).atOffset(ZoneOffset.UTC));
        }

        private int monthIndex(long t) {
            return (int) spec.start().until(monthOf(t), java.time.temporal.ChronoUnit.MONTHS);
        }

        private double premium(String listing) {
            return premium.computeIfAbsent(listing, l -> Math.exp(LISTING_SIGMA * normal.sample()));
        }

        /** The market unit price of a listing in a month (its appraisal per unit). */
        private double unitValue(String listing, int category, int month) {
            return mu[category] * index[category][month] * premium(listing);
        }

        private void ordinaryDeal() {
            int rank = sellerRank();
            int c = rng.nextDouble() < 0.8 ? rank % spec.categories() : rng.nextInt(spec.categories());
            dealAt(sellerIds[rank], buyerOtherThan(sellerIds[rank]), c, randomTime(), 0);
        }

        private String buyerOtherThan(String seller) {
            String b = buyer();
            while (b.equals(seller)) {
                b = buyer();
            }
            return b;
        }

        private int quantity() {
            return (int) Math.min(1000, 1 + Math.floor(Math.exp(1 + normal.sample())));
        }

        /** A deal at the market price of the listing times exp(ε + shift). */
        private MonitoredDeal dealAt(String seller, String buyer, int c, long t, double shift) {
            String listing = "L-" + seller + "-" + c;
            int q = quantity();
            double unit = unitValue(listing, c, monthIndex(t)) * Math.exp(NOISE_SIGMA * normal.sample() + shift);
            return add(seller, buyer, c, t, listing, q, Math.max(0.01, unit * q));
        }

        private MonitoredDeal add(String seller, String buyer, int c, long t, String listing, int q, double amount) {
            int m = monthIndex(t);
            int[] flags = listingFlags.computeIfAbsent(listing,
                    l -> new int[] {rng.nextDouble() < 0.7 ? 1 : 0, rng.nextDouble() < 0.5 ? 1 : 0});
            double a = unitValue(listing, c, m) * q;
            Money lower = flags[0] == 1 ? Money.ofDouble(a * (1 - BAND_BETA), Money.CNY, RoundingMode.HALF_EVEN) : null;
            Money upper = flags[0] == 1 ? Money.ofDouble(a * (1 + BAND_BETA), Money.CNY, RoundingMode.HALF_EVEN) : null;
            Money reference = flags[1] == 1
                    ? Money.ofDouble(Math.max(0.01, a * Math.exp(0.05 * normal.sample())), Money.CNY, RoundingMode.HALF_EVEN)
                    : null;
            MonitoredDeal d = new MonitoredDeal(String.format("D%07d", ++dealSeq), listing, seller, buyer, category(c),
                    monthOf(t), Instant.ofEpochSecond(t), Money.ofDouble(amount, Money.CNY, RoundingMode.HALF_EVEN),
                    BigDecimal.valueOf(q), lower, upper, reference);
            deals.add(d);
            return d;
        }

        private void ordinaryAuction(String id) {
            int n = 3 + rng.nextInt(4);
            Set<String> bidders = new LinkedHashSet<>();
            while (bidders.size() < n) {
                bidders.add("B" + rng.nextInt(spec.buyers()));
            }
            double v = mu[rng.nextInt(spec.categories())] * 20;
            List<SealedBid> bids = new ArrayList<>();
            String winner = null;
            double best = -1;
            for (String b : bidders) {
                double x = v * Math.exp(0.2 * normal.sample());
                bids.add(bid(b, x, bids.size()));
                if (x > best) {
                    best = x;
                    winner = b;
                }
            }
            auctions.add(new AuctionRecord(id, "LA-" + id, Instant.ofEpochSecond(randomTime()), bids, winner));
        }

        private static SealedBid bid(String bidder, double amount, int seq) {
            return new SealedBid(bidder, Money.ofDouble(amount, Money.CNY, RoundingMode.HALF_EVEN), seq);
        }

        private NegotiationRecord negotiation(String id, String buyer, int c) {
            double v = mu[c] * 20;
            int k = 3 + rng.nextInt(3);
            List<Double> offers = new ArrayList<>();
            double x = v * (0.5 + 0.2 * rng.nextDouble());
            for (int i = 0; i < k; i++) {
                offers.add(x);
                x += (v - x) * (0.2 + 0.5 * rng.nextDouble());
            }
            return negotiation(id, buyer, offers, v);
        }

        private NegotiationRecord negotiation(String id, String buyer, List<Double> buyerOffers, double v) {
            List<RecordedOffer> recorded = new ArrayList<>();
            long t = randomTime();
            double ask = v * (1.3 + 0.3 * rng.nextDouble());
            int round = 0;
            for (double b : buyerOffers) {
                recorded.add(offer(round++, Role.SELLER, "S-neg", ask, t + round * 3600L));
                recorded.add(offer(round++, Role.BUYER, buyer, b, t + round * 3600L));
                ask -= (ask - v) * (0.2 + 0.5 * rng.nextDouble());
            }
            return new NegotiationRecord(id, "LN-" + id, "S-neg", buyer, recorded);
        }

        private static RecordedOffer offer(int round, Role role, String actor, double price, long t) {
            return new RecordedOffer(round, role, actor, new Offer(Money.ofDouble(price, Money.CNY, RoundingMode.HALF_EVEN),
                    12, UsageScope.INTERNAL, UpdateFrequency.MONTHLY, DeliveryMode.API), Instant.ofEpochSecond(t));
        }

        private void benignLinks() {
            for (int i = 0; i + 1 < spec.sellers(); i += 50) {
                links.add(new OwnerLink("S" + i, "S" + (i + 1)));
            }
            for (int i = 0; i + 1 < spec.buyers(); i += 100) {
                links.add(new OwnerLink("B" + i, "B" + (i + 1)));
            }
        }

        // ---------------------------------------------------------------- planted

        private void plant(PlantedPattern p, Set<String> ids) {
            incidents.add(new PlantedIncident(p, ids));
        }

        private void priceOutlier() {
            int rank = sellerRank();
            double shift = (rng.nextBoolean() ? 1 : -1) * (1.2 + 0.8 * rng.nextDouble());
            MonitoredDeal d = dealAt(sellerIds[rank], buyerOtherThan(sellerIds[rank]), rank % spec.categories(), randomTime(), shift);
            plant(PlantedPattern.PRICE_OUTLIER, Set.of(d.dealId()));
        }

        private long plantTime(long span) {
            return periodStart + (long) (rng.nextDouble() * (periodEnd - periodStart - span - 86_400));
        }

        private void washRing(int r) {
            int k = 2 + r % 3;
            int c = rng.nextInt(spec.categories());
            long t = plantTime(10 * 86_400L);
            String[] parties = new String[k];
            for (int j = 0; j < k; j++) {
                parties[j] = "W" + r + "-" + j;
            }
            boolean viaLink = k >= 3 && r % 2 == 1;
            if (viaLink) {
                links.add(new OwnerLink(parties[0], "W" + r + "-0b"));
            }
            double amount = unitValue("L-" + parties[0] + "-" + c, c, monthIndex(t)) * 10;
            Set<String> ids = new LinkedHashSet<>();
            for (int j = 0; j < k; j++) {
                String to = j == k - 1 ? (viaLink ? "W" + r + "-0b" : parties[0]) : parties[j + 1];
                ids.add(add(parties[j], to, c, t, "L-" + parties[j] + "-" + c, 10,
                        amount * (1 + 0.06 * (rng.nextDouble() - 0.5))).dealId());
                t += 86_400L + (long) (rng.nextDouble() * 2 * 86_400);
            }
            plant(PlantedPattern.WASH_RING, ids);
        }

        private void roundTrip(int r) {
            int c = rng.nextInt(spec.categories());
            long t = plantTime(20 * 86_400L);
            String a = "R" + r + "-a";
            String b = "R" + r + "-b";
            double amount = unitValue("L-" + a + "-" + c, c, monthIndex(t)) * 10;
            Set<String> ids = new LinkedHashSet<>();
            for (int leg = 0; leg < 3; leg++) {
                String from = leg % 2 == 0 ? a : b;
                String to = leg % 2 == 0 ? b : a;
                ids.add(add(from, to, c, t, "L-" + from + "-" + c, 10, amount).dealId());
                amount *= 1.3 + 0.3 * rng.nextDouble();
                t += 2 * 86_400L + (long) (rng.nextDouble() * 4 * 86_400);
            }
            plant(PlantedPattern.ROUND_TRIP, ids);
        }

        private void selfDeal(int r) {
            int rank = sellerRank();
            String shell = "SD" + r;
            links.add(new OwnerLink(sellerIds[rank], shell));
            MonitoredDeal d = dealAt(sellerIds[rank], shell, rank % spec.categories(), randomTime(), 0);
            plant(PlantedPattern.SELF_DEALING, Set.of(d.dealId()));
        }

        private void bunching(int r) {
            String seller = "BN" + r;
            int c = rng.nextInt(spec.categories());
            double t = REPORTING_THRESHOLD.toDouble();
            for (int j = 0; j < 15; j++) {
                long time = randomTime();
                double price = t * (j < 14 ? 0.95 + 0.049 * rng.nextDouble() : 0.90 + 0.049 * rng.nextDouble());
                String listing = "L-" + seller + "-" + c;
                int q = (int) Math.max(1, Math.round(price / unitValue(listing, c, monthIndex(time))));
                add(seller, buyer(), c, time, listing, q, price);
            }
            plant(PlantedPattern.THRESHOLD_BUNCHING, Set.of(seller));
        }

        private void volumeSpikes() {
            if (spec.plants() == 0 || spec.months() < 5) {
                return;
            }
            double perCell = (double) spec.deals() / (spec.categories() * spec.months());
            for (int r = 0; r < Math.min(spec.plants(), spec.categories()); r++) {
                int c = r;
                int m = 4 + rng.nextInt(spec.months() - 4);
                YearMonth month = spec.start().plusMonths(m);
                long from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                long to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                int cellDeals = 0;
                for (MonitoredDeal d : deals) {
                    if (d.category().equals(category(c)) && d.month().equals(month)) {
                        cellDeals++;
                    }
                }
                int extra = (int) Math.max(3 * cellDeals, 3 * perCell / 4);
                for (int j = 0; j < extra; j++) {
                    int rank = sellerRank();
                    dealAt(sellerIds[rank], buyerOtherThan(sellerIds[rank]), c, from + (long) (rng.nextDouble() * (to - from - 1)), 0);
                }
                plant(PlantedPattern.VOLUME_SPIKE, Set.of(category(c) + "/" + month));
            }
        }

        private void rotation(int r) {
            String[] ring = {"BR" + r + "-0", "BR" + r + "-1", "BR" + r + "-2"};
            double v = mu[rng.nextInt(spec.categories())] * 20;
            Set<String> ids = new LinkedHashSet<>();
            long t = plantTime(0);
            for (int j = 0; j < 6; j++) {
                String id = "AR" + r + "-" + j;
                int w = j % 3;
                double win = v * (0.9 + 0.1 * rng.nextDouble());
                List<SealedBid> bids = new ArrayList<>();
                for (int b = 0; b < 3; b++) {
                    bids.add(bid(ring[b], b == w ? win : win * (0.85 + 0.1 * rng.nextDouble()), b));
                }
                auctions.add(new AuctionRecord(id, "LA-" + id, Instant.ofEpochSecond(t + j * 86_400L), bids, ring[w]));
                ids.add(id);
            }
            plant(PlantedPattern.BID_ROTATION, ids);
        }

        private void cover(int r) {
            String id = "AC" + r;
            int n = 4 + rng.nextInt(2);
            double win = mu[rng.nextInt(spec.categories())] * 20 * (0.95 + 0.1 * rng.nextDouble());
            List<SealedBid> bids = new ArrayList<>();
            Set<String> bidders = new LinkedHashSet<>();
            while (bidders.size() < n) {
                bidders.add("B" + rng.nextInt(spec.buyers()));
            }
            String winner = null;
            for (String b : bidders) {
                boolean first = winner == null;
                double x = first ? win : win * 0.8 * (1 + 0.01 * (rng.nextDouble() - 0.5));
                bids.add(bid(b, x, bids.size()));
                winner = first ? b : winner;
            }
            auctions.add(new AuctionRecord(id, "LA-" + id, Instant.ofEpochSecond(randomTime()), bids, winner));
            plant(PlantedPattern.COVER_BIDDING, Set.of(id));
        }

        private void identicalOffers(int r) {
            NegotiationRecord first = negotiation("NI" + r + "-a", "BI" + r + "-a", rng.nextInt(spec.categories()));
            List<Double> script = new ArrayList<>();
            for (RecordedOffer o : first.offers()) {
                if (o.proposer() == Role.BUYER) {
                    script.add(o.offer().price().toDouble());
                }
            }
            NegotiationRecord second = negotiation("NI" + r + "-b", "BI" + r + "-b", script, script.get(script.size() - 1));
            negotiations.add(first);
            negotiations.add(second);
            plant(PlantedPattern.IDENTICAL_OFFERS, Set.of(first.negotiationId(), second.negotiationId()));
        }
    
        private long monthStart(int m) {
            return spec.start().plusMonths(m).atDay(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        }

        private long timeIn(int m) {
            return monthStart(m) + (long) (qrng.nextDouble() * (monthStart(m + 1) - monthStart(m) - 86_400L));
        }

        private void quote(String seller, int c, long t, double price) {
            quotes.add(new PriceQuote(String.format("Q%06d", quotes.size() + 1), seller, category(c), "record",
                    Instant.ofEpochSecond(t), Money.ofDouble(Math.max(0.01, price), Money.CNY, RoundingMode.HALF_EVEN)));
        }

        private void ordinaryQuotes(int c) {
            Set<String> sellers = new LinkedHashSet<>();
            while (sellers.size() < Math.min(10, sellerIds.length)) {
                sellers.add(sellerIds[qrng.nextInt(sellerIds.length)]);
            }
            for (String seller : sellers) {
                double p = mu[c] * Math.exp(0.3 * qnormal.sample());
                quote(seller, c, timeIn(0), p);
                for (int m = 1; m < spec.months(); m++) {
                    if (qrng.nextDouble() < 0.35) {
                        p *= index[c][m] / index[c][m - 1] * Math.exp(0.05 * qnormal.sample());
                        quote(seller, c, timeIn(m), p);
                    }
                }
            }
        }

        private void parallelPricing(int r) {
            int c = r % spec.categories();
            String a = "PP" + r + "-a";
            String b = "PP" + r + "-b";
            int first = quotes.size();
            double pa = mu[c] * Math.exp(0.1 * qnormal.sample());
            double pb = pa * Math.exp(0.02 * qnormal.sample());
            quote(a, c, timeIn(0), pa);
            quote(b, c, timeIn(0), pb);
            Set<Integer> months = new java.util.TreeSet<>();
            while (months.size() < Math.min(5, spec.months() - 1)) {
                months.add(1 + qrng.nextInt(spec.months() - 1));
            }
            for (int m : months) {
                double d = Math.log(index[c][m] / index[c][m - 1]) + 0.05 * qnormal.sample();
                long t = timeIn(m);
                pa *= Math.exp(d + 0.001 * (2 * qrng.nextDouble() - 1));
                pb *= Math.exp(d + 0.001 * (2 * qrng.nextDouble() - 1));
                quote(a, c, t, pa);
                quote(b, c, t + (long) (qrng.nextDouble() * 86_400L), pb);
            }
            Set<String> ids = new LinkedHashSet<>();
            for (int i = first; i < quotes.size(); i++) {
                ids.add(quotes.get(i).quoteId());
            }
            plant(PlantedPattern.PARALLEL_PRICING, ids);
        }
    }
}
