package org.dataprice.supervision.pattern;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dataprice.error.LimitExceededException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;

/**
 * 平行定价 — parallel pricing: the fixed-price quotes of two competing sellers (different owner groups, one
 * category, one currency) moving in lockstep.
 *
 * <p><b>Statistic.</b> A seller's <i>path</i> is its quotes in one category, pricing unit and currency (quotes in
 * different units are not comparable, and a seller switching units starts a second path rather than making a move).
 * Its <i>moves</i> are the changes between its consecutive quotes on a path,
 * d = ln(p<sub>k</sub> / p<sub>k−1</sub>) at the time of the later quote (unchanged prices are not moves). A move of
 * seller A and a move of seller B <i>match</i> when they have the same sign, |t<sub>A</sub> − t<sub>B</sub>| ≤ the lag
 * Δ and |d<sub>A</sub> − d<sub>B</sub>| ≤ the tolerance ε; each move matches at most once (greedy, in time order).
 * With m the matched moves and n<sub>A</sub>, n<sub>B</sub> the sellers' moves, the <b>lockstep share</b>
 * s = m / min(n<sub>A</sub>, n<sub>B</sub>). <b>Threshold</b>: an alert when m ≥ {@code minMatches} and
 * s ≥ {@code minShare}.
 *
 * <p><b>False alarms.</b> Under independent pricing, with moves spread over a month and independent
 * idiosyncratic changes of standard deviation σ, one move matches a given move of the other with probability
 * about (2Δ / 30 days) · (2ε / (σ√2 · √(2π))); with Δ = 3 days, ε = 0.005 and σ = 0.05 that is 0.2 · 0.056 ≈ 0.011,
 * so three matches among a handful of moves are of order 10<sup>−5</sup> per pair. Measured on the generated clean
 * market ({@code DetectionQualityTest}): no alert among ≈ 450 competing pairs. Identical price lists published by a
 * regulator or an index-linked clause would match too: the alert is a hint for a supervisor (conscious parallelism
 * alone is not an infringement), WARNING by default. Following the "parallel price movements" plus-factor screens
 * of OECD 2013, <i>Ex officio cartel investigations and the use of screens to detect cartels</i>,
 * DAF/COMP(2013)27, §3.2, and Harrington (2008), "Detecting cartels", in Buccirossi (ed.), <i>Handbook of
 * Antitrust Economics</i>, MIT Press, pp. 213–258.
 *
 * <p>Work is bounded: comparing moves stops with a {@link LimitExceededException} after {@code maxSteps}
 * comparisons. Stateless and thread-safe.
 *
 * @param identity   the rule's id, version and severity; not null
 * @param lag        Δ, the largest time between matched moves, &ge; 0; not null
 * @param tolerance  ε, the largest difference of matched log changes, &ge; 0
 * @param minMatches fewest matched moves, &ge; 2
 * @param minShare   the lockstep share threshold, in (0, 1]
 * @param maxSteps   the work bound, &ge; 1
 */
public record ParallelPricingScreen(RuleIdentity identity, Duration lag, double tolerance, int minMatches,
        double minShare, long maxSteps) {
    /** Version 1: Δ = 3 days, ε = 0.005 (half a per cent), m ≥ 3, s ≥ 0.75, 5·10<sup>7</sup> steps, WARNING. */
    public static final ParallelPricingScreen EXAMPLE = new ParallelPricingScreen(
            RuleIdentity.of("pattern.parallelPricing", 1, Severity.WARNING), Duration.ofDays(3), 0.005, 3, 0.75,
            50_000_000L);

    /** Validates. */
    public ParallelPricingScreen {
        Require.notNull(identity, "identity");
        Require.notNull(lag, "lag");
        Require.that(!lag.isNegative(), "lag", lag, org.dataprice.error.Rule.AT_LEAST, 0);
        Require.atLeast(tolerance, 0, "tolerance");
        Require.atLeast(minMatches, 2, "minMatches");
        Require.inLeftOpenRange(minShare, 0, 1, "minShare");
        Require.atLeast(maxSteps, 1L, "maxSteps");
    }

    private record Move(String seller, String fromQuote, String toQuote, long at, double change) {
    }

    /**
     * @param quotes the quotes, any order; not null
     * @param groups the owner groups (sellers of one group may price together); not null
     * @return one alert per pair of sellers in lockstep, by category then pair
     * @throws LimitExceededException on {@code maxSteps} when the comparison would exceed the bound
     */
    public List<Alert> find(List<PriceQuote> quotes, OwnershipGroups groups) {
        Require.notNull(quotes, "quotes");
        Require.notNull(groups, "groups");
        Map<String, Map<String, List<PriceQuote>>> paths = new TreeMap<>();
        for (PriceQuote q : quotes) {
            // one market per category, pricing unit and currency: prices in different units are not comparable,
            // and a seller switching units starts a new path instead of making a move
            String market = q.category() + "\u0000" + q.pricingUnit() + "\u0000"
                    + q.unitPrice().currency().getCurrencyCode();
            paths.computeIfAbsent(market, k -> new TreeMap<>()).computeIfAbsent(q.sellerId(), k -> new ArrayList<>())
                    .add(q);
        }
        long[] steps = {0};
        List<Alert> alerts = new ArrayList<>();
        paths.forEach((market, bySeller) -> {
            String[] parts = market.split("\u0000", -1);
            alerts.addAll(market(parts[0], parts[1], bySeller, groups, steps));
        });
        return alerts;
    }

    private List<Alert> market(String category, String unit, Map<String, List<PriceQuote>> bySeller, OwnershipGroups groups,
                               long[] steps) {
        Map<String, List<Move>> moves = new TreeMap<>();
        List<Move> all = new ArrayList<>();
        bySeller.forEach((seller, path) -> {
            path.sort(Comparator.comparing(PriceQuote::at).thenComparing(PriceQuote::quoteId));
            List<Move> own = new ArrayList<>();
            for (int i = 1; i < path.size(); i++) {
                double d = Math.log(path.get(i).unitPrice().toDouble() / path.get(i - 1).unitPrice().toDouble());
                if (d != 0) {
                    own.add(new Move(seller, path.get(i - 1).quoteId(), path.get(i).quoteId(),
                            path.get(i).at().getEpochSecond(), d));
                }
            }
            if (own.size() >= minMatches) {
                moves.put(seller, own);
                all.addAll(own);
            }
        });
        // candidate pairs: moves of two sellers within the lag and the tolerance (a sliding window over time)
        all.sort(Comparator.comparingLong(Move::at));
        long lagSeconds = lag.getSeconds();
        Map<String, Integer> candidates = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            Move a = all.get(i);
            for (int j = i + 1; j < all.size() && all.get(j).at() - a.at() <= lagSeconds; j++) {
                if (++steps[0] > maxSteps) {
                    throw new LimitExceededException("maxSteps", steps[0], maxSteps,
                            "narrow the window or the lag, or raise maxSteps");
                }
                Move b = all.get(j);
                if (!a.seller().equals(b.seller()) && matches(a, b) && !groups.related(a.seller(), b.seller())) {
                    String pair = a.seller().compareTo(b.seller()) < 0 ? a.seller() + "\u0000" + b.seller()
                            : b.seller() + "\u0000" + a.seller();
                    candidates.merge(pair, 1, Integer::sum);
                }
            }
        }
        List<Alert> alerts = new ArrayList<>();
        candidates.forEach((pair, count) -> {
            if (count >= minMatches) {
                String[] ab = pair.split("\u0000");
                Alert alert = pair(category, unit, ab[0], moves.get(ab[0]), ab[1], moves.get(ab[1]));
                if (alert != null) {
                    alerts.add(alert);
                }
            }
        });
        return alerts;
    }

    private boolean matches(Move a, Move b) {
        return Math.abs(a.at() - b.at()) <= lag.getSeconds() && Math.signum(a.change()) == Math.signum(b.change())
                && Math.abs(a.change() - b.change()) <= tolerance;
    }

    private Alert pair(String category, String unit, String sellerA, List<Move> movesA, String sellerB, List<Move> movesB) {
        boolean[] used = new boolean[movesB.size()];
        List<Move[]> matched = new ArrayList<>();
        for (Move a : movesA) {
            for (int j = 0; j < movesB.size(); j++) {
                if (!used[j] && matches(a, movesB.get(j))) {
                    used[j] = true;
                    matched.add(new Move[] {a, movesB.get(j)});
                    break;
                }
            }
        }
        int m = matched.size();
        int fewer = Math.min(movesA.size(), movesB.size());
        double share = (double) m / fewer;
        if (m < minMatches || share < minShare) {
            return null;
        }
        TreeSet<String> evidence = new TreeSet<>();
        List<String> lines = new ArrayList<>();
        for (Move[] p : matched) {
            evidence.add(p[0].fromQuote());
            evidence.add(p[0].toQuote());
            evidence.add(p[1].fromQuote());
            evidence.add(p[1].toQuote());
            lines.add(String.format(Locale.ROOT, "%s %s %+.4f / %s %s %+.4f", p[0].toQuote(),
                    java.time.Instant.ofEpochSecond(p[0].at()), p[0].change(), p[1].toQuote(),
                    java.time.Instant.ofEpochSecond(p[1].at()), p[1].change()));
        }
        Quantity shareQ = Quantity.of("lockstepShare", share, "");
        Quantity matchedQ = Quantity.count("matchedMoves", m);
        Quantity pairs = Quantity.text("matched", String.join("; ", lines));
        Explanation explanation = Explanation.builder("supervision.pattern." + identity.id())
                .input("rule", identity.id()).input("ruleVersion", identity.version()).input("category", category)
                .input("pricingUnit", unit).input("sellerA", sellerA).input("sellerB", sellerB).input("movesA", movesA.size())
                .input("movesB", movesB.size())
                .step(Step.builder(PatternSteps.LOCKSTEP_MOVES)
                        .formula("same sign, |tA − tB| ≤ " + lag + ", |ln(pA'/pA) − ln(pB'/pB)| ≤ " + tolerance
                                + ", each move once")
                        .input(pairs).result(matchedQ).build())
                .step(Step.builder(PatternSteps.LOCKSTEP_SHARE)
                        .formula("m / min(nA, nB) ≥ " + minShare + " and m ≥ " + minMatches)
                        .input(Quantity.count("m", m)).input(Quantity.count("minMoves", fewer)).result(shareQ)
                        .source("OECD 2013, DAF/COMP(2013)27 §3.2; Harrington 2008, Detecting cartels").build())
                .build();
        return new Alert(identity, "parallel:" + category + ":" + sellerA + "," + sellerB, new ArrayList<>(evidence),
                List.of(matchedQ, shareQ, Quantity.count("movesA", movesA.size()),
                        Quantity.count("movesB", movesB.size()), pairs), explanation);
    }
}
