package org.dataprice.supervision.pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.pricing.auction.SealedBid;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;

/**
 * 串通投标 — screens for bid rigging in sealed-bid auctions (the exchange sells, so the highest bid wins).
 *
 * <p><b>Cover bidding</b> (陪标), per auction with at least {@code minBids} bids: the losing bids are placed
 * close together, apart from the winner. With b<sub>1</sub> the winning bid, b<sub>2</sub> the best losing bid and
 * σ<sub>L</sub>, μ<sub>L</sub> the standard deviation (n − 1) and mean of the losing bids: the relative distance
 * RD = (b<sub>1</sub> − b<sub>2</sub>) / σ<sub>L</sub> ≥ {@code minDistance} and the losers' coefficient of variation
 * CV<sub>L</sub> = σ<sub>L</sub> / μ<sub>L</sub> ≤ {@code maxLoserCv}: the variance and asymmetry screens of
 * Imhof, Karagök &amp; Rutz (2018), "Screening for bid rigging — does it work?", J. Competition Law &amp; Economics
 * 14(2):235–261 (there for procurement, where the lowest bid wins; mirrored here). Losing bids that are all equal
 * (σ<sub>L</sub> = 0) count as maximally close.
 *
 * <p><b>Bid rotation</b> (轮流中标): the same set of bidders meets in at least {@code minAuctions} auctions and
 * the wins rotate among them: every member wins, win counts differ by at most one, and no member wins twice in a
 * row (Porter &amp; Zona 1993, J. Political Economy 101(3):518–538, on rotation among a stable ring; OECD 2009,
 * <i>Guidelines for Fighting Bid Rigging in Public Procurement</i>, "bid rotation"). Random winners of three
 * equal bidders in six auctions pass these tests with probability about 0.04; a stable ring of identical bidder
 * sets is itself rare in an open market.
 *
 * <p>Stateless and thread-safe.
 *
 * @param rotation    identity of the rotation alert; not null
 * @param cover       identity of the cover-bidding alert; not null
 * @param minAuctions fewest auctions of one bidder set for rotation, &ge; 3
 * @param minBids     fewest bids for the cover screen, &ge; 3 (4 by default: two losers give a noisy σ)
 * @param minDistance RD threshold, &gt; 0
 * @param maxLoserCv  CV threshold, &gt; 0
 */
public record AuctionScreen(RuleIdentity rotation, RuleIdentity cover, int minAuctions, int minBids,
        double minDistance, double maxLoserCv) {
    /** Version 1: rotation over ≥ 4 auctions (HIGH); cover bidding with ≥ 4 bids, RD ≥ 3, CV ≤ 0.01 (WARNING). */
    public static final AuctionScreen EXAMPLE = new AuctionScreen(RuleIdentity.of("pattern.bidRotation", 1, Severity.HIGH),
            RuleIdentity.of("pattern.coverBidding", 1, Severity.WARNING), 4, 4, 3, 0.01);

    /** Validates. */
    public AuctionScreen {
        Require.notNull(rotation, "rotation");
        Require.notNull(cover, "cover");
        Require.atLeast(minAuctions, 3, "minAuctions");
        Require.atLeast(minBids, 3, "minBids");
        Require.greaterThan(minDistance, 0, "minDistance");
        Require.greaterThan(maxLoserCv, 0, "maxLoserCv");
    }

    /**
     * @param auctions closed auctions, any order; not null
     * @return cover-bidding alerts in the given order, then rotation alerts by bidder set
     */
    public List<Alert> find(List<AuctionRecord> auctions) {
        Require.notNull(auctions, "auctions");
        List<Alert> alerts = new ArrayList<>();
        Map<String, List<AuctionRecord>> rings = new TreeMap<>();
        for (AuctionRecord a : auctions) {
            if (a.winnerId() == null) {
                continue;
            }
            Alert c = coverBidding(a);
            if (c != null) {
                alerts.add(c);
            }
            TreeSet<String> bidders = new TreeSet<>();
            a.bids().forEach(b -> bidders.add(b.bidderId()));
            if (bidders.size() >= 2) {
                rings.computeIfAbsent(String.join(",", bidders), k -> new ArrayList<>()).add(a);
            }
        }
        rings.forEach((ring, list) -> {
            Alert r = rotation(ring, list);
            if (r != null) {
                alerts.add(r);
            }
        });
        return alerts;
    }

    private Alert coverBidding(AuctionRecord a) {
        int n = a.bids().size();
        if (n < minBids) {
            return null;
        }
        double b1 = 0;
        double b2 = 0;
        double sum = 0;
        double[] losers = new double[n - 1];
        int k = 0;
        for (SealedBid b : a.bids()) {
            double x = b.amount().toDouble();
            if (b.bidderId().equals(a.winnerId())) {
                b1 = x;
            } else {
                losers[k++] = x;
                sum += x;
                b2 = Math.max(b2, x);
            }
        }
        double mean = sum / losers.length;
        double ss = 0;
        for (double x : losers) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (losers.length - 1));
        double cv = mean > 0 ? sd / mean : 0;
        boolean far = sd == 0 ? b1 > b2 : (b1 - b2) / sd >= minDistance;
        if (!far || cv > maxLoserCv) {
            return null;
        }
        double rd = sd == 0 ? Double.MAX_VALUE : (b1 - b2) / sd;
        Quantity rdq = sd == 0 ? Quantity.text("relativeDistance", "unbounded (equal losing bids)")
                : Quantity.of("relativeDistance", rd, "");
        Quantity cvq = Quantity.of("loserCv", cv, "");
        List<String> bidders = new ArrayList<>();
        a.bids().forEach(b -> bidders.add(b.bidderId()));
        Explanation.Builder e = Explanation.builder("supervision.pattern." + cover.id())
                .input("rule", cover.id()).input("ruleVersion", cover.version()).input("auctionId", a.auctionId())
                .input("winnerId", a.winnerId());
        a.bids().forEach(b -> e.input(b.bidderId(), b.amount()));
        e.step(Step.builder(PatternSteps.RELATIVE_DISTANCE).formula("(b1 − b2) / σ_L ≥ " + minDistance)
                        .input("b1", b1, "").input("b2", b2, "").input("sigmaL", sd, "").result(rdq)
                        .source("Imhof, Karagök & Rutz 2018, J. Competition Law & Econ. 14(2):235").build())
                .step(Step.builder(PatternSteps.LOSER_CV).formula("σ_L / μ_L ≤ " + maxLoserCv).result(cvq).build());
        List<String> evidence = new ArrayList<>();
        evidence.add(a.auctionId());
        return new Alert(cover, a.auctionId(), evidence, List.of(rdq, cvq, Quantity.text("bidders", String.join(",", bidders))),
                e.build());
    }

    private Alert rotation(String ring, List<AuctionRecord> list) {
        if (list.size() < minAuctions) {
            return null;
        }
        List<AuctionRecord> ordered = new ArrayList<>(list);
        ordered.sort(Comparator.comparing(AuctionRecord::closedAt).thenComparing(AuctionRecord::auctionId));
        Map<String, Integer> wins = new HashMap<>();
        for (String m : ring.split(",")) {
            wins.put(m, 0);
        }
        String last = null;
        List<String> winners = new ArrayList<>();
        for (AuctionRecord a : ordered) {
            if (a.winnerId().equals(last)) {
                return null;
            }
            last = a.winnerId();
            winners.add(last);
            wins.merge(last, 1, Integer::sum);
        }
        int lo = wins.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int hi = wins.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (lo == 0 || hi - lo > 1) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        ordered.forEach(a -> ids.add(a.auctionId()));
        Quantity seq = Quantity.text("winners", String.join(" → ", winners));
        Explanation explanation = Explanation.builder("supervision.pattern." + rotation.id())
                .input("rule", rotation.id()).input("ruleVersion", rotation.version()).input("ring", ring)
                .input("auctions", ordered.size())
                .step(Step.builder(PatternSteps.ROTATION)
                        .formula("every member wins, max − min wins ≤ 1, no member wins twice in a row")
                        .input(Quantity.text("auctions", String.join(",", ids))).result(seq)
                        .source("Porter & Zona 1993, JPE 101(3):518; OECD 2009 Guidelines for Fighting Bid Rigging")
                        .build())
                .build();
        return new Alert(rotation, "ring:" + ring, ids, List.of(Quantity.count("auctions", ordered.size()), seq),
                explanation);
    }
}
