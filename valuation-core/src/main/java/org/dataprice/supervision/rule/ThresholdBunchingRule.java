package org.dataprice.supervision.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;

/**
 * 规避报告门槛 — a seller's deal prices bunch just under a reporting threshold T (deals split or priced to stay
 * below a reporting or approval line; "structuring", cf. 31 U.S.C. §5324). Per seller over the batch, with
 * a = #deals in [T(1 − δ), T) and b = #deals in the bin below, [T(1 − 2δ), T(1 − δ)): a smooth price density
 * gives a ≈ b (a decreasing one a &lt; b), so the rule tests H0: a ~ Bin(a + b, 1/2) one-sided and flags
 * P(X ≥ a) ≤ α when a + b ≥ n<sub>min</sub> (the bunching estimator of Saez 2010, AEJ: Economic Policy 2(3):180–212,
 * reduced to its two-bin test). The false-alarm rate per judged seller is at most α (exact binomial tail,
 * conservative for a decreasing density). Prices compared exactly in decimal; another currency than T's is skipped.
 *
 * @param identity  the rule's id, version and severity; not null
 * @param threshold T, the reporting threshold, &gt; 0; not null
 * @param width     δ, the bin width as a share of T, in (0, 0.5)
 * @param minDeals  n<sub>min</sub>, fewest deals in the two bins for a judgement, &ge; 2
 * @param alpha     α, the significance level, in (0, 0.5)
 */
public record ThresholdBunchingRule(RuleIdentity identity, Money threshold, double width, int minDeals, double alpha)
        implements PeriodRule {
    /** Validates. */
    public ThresholdBunchingRule {
        Require.notNull(identity, "identity");
        Require.notNull(threshold, "threshold");
        Require.that(threshold.signum() > 0, "threshold", threshold, org.dataprice.error.Rule.GREATER_THAN, 0);
        Require.inOpenRange(width, 0, 0.5, "width");
        Require.atLeast(minDeals, 2, "minDeals");
        Require.inOpenRange(alpha, 0, 0.5, "alpha");
    }

    @Override
    public void scan(List<MonitoredDeal> deals, List<Alert> alerts, List<String> warnings) {
        BigDecimal t = threshold.amount();
        BigDecimal d = BigDecimal.valueOf(width);
        BigDecimal upperBinLow = t.multiply(BigDecimal.ONE.subtract(d));
        BigDecimal lowerBinLow = t.multiply(BigDecimal.ONE.subtract(d.add(d)));
        Map<String, List<String>> near = new HashMap<>();
        Map<String, int[]> below = new HashMap<>();
        // a double pre-filter far from the bins; the bins' edges themselves are compared exactly in decimal
        double lo = lowerBinLow.doubleValue() * (1 - 1e-9);
        double hi = t.doubleValue() * (1 + 1e-9);
        for (MonitoredDeal deal : deals) {
            double x = deal.price().toDouble();
            if (x < lo || x > hi || !deal.price().currency().equals(threshold.currency())) {
                continue;
            }
            BigDecimal p = deal.price().amount();
            if (p.compareTo(t) >= 0 || p.compareTo(lowerBinLow) < 0) {
                continue;
            }
            if (p.compareTo(upperBinLow) >= 0) {
                near.computeIfAbsent(deal.sellerId(), s -> new ArrayList<>()).add(deal.dealId());
            } else {
                below.computeIfAbsent(deal.sellerId(), s -> new int[1])[0]++;
            }
        }
        List<String> sellers = new ArrayList<>(near.keySet());
        sellers.sort(null);
        for (String seller : sellers) {
            List<String> ids = near.get(seller);
            int a = ids.size();
            int b = below.getOrDefault(seller, new int[1])[0];
            if (a + b < minDeals || a <= b) {
                continue;
            }
            double p = BinomialDistribution.of(a + b, 0.5).survivalProbability(a - 1);
            if (p > alpha) {
                continue;
            }
            alerts.add(alert(seller, ids, a, b, p));
        }
    }

    private Alert alert(String seller, List<String> ids, int a, int b, double p) {
        List<String> evidence = new ArrayList<>(ids);
        evidence.sort(null);
        Quantity pq = Quantity.of("pValue", p, "");
        Explanation explanation = Explanation.builder("supervision.rule." + identity.id())
                .input("rule", identity.id()).input("ruleVersion", identity.version())
                .input("sellerId", seller).input("threshold", threshold).input("width", width, "")
                .step(Step.builder(RuleSteps.BUNCHING).formula("a = #[T(1 − δ), T), b = #[T(1 − 2δ), T(1 − δ))")
                        .input(Quantity.count("a", a)).input(Quantity.count("b", b)).result(a, "deals").build())
                .step(Step.builder(RuleSteps.BUNCHING_P).formula("P(X ≥ a), X ~ Bin(a + b, 1/2); flag when ≤ α")
                        .input("alpha", alpha, "").result(pq)
                        .source("Saez 2010, AEJ: Economic Policy 2(3):180; 31 U.S.C. §5324 (structuring)").build())
                .build();
        return new Alert(identity, seller, evidence,
                List.of(Quantity.count("justUnder", a), Quantity.count("binBelow", b), pq), explanation);
    }
}
