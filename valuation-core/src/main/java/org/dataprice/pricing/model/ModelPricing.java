package org.dataprice.pricing.model;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.CancelledException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;

/**
 * Arbitrage-free pricing of noisy model instances (Chen, Koutris &amp; Kumar, SIGMOD 2019, §4).
 *
 * <p>A buyer may buy several instances with noise variances δ₁, δ₂ and average them (inverse-variance
 * weights) into an instance of precision 1/δ₁ + 1/δ₂. With precision x = 1/δ and q(x) = p(1/x), the price
 * is arbitrage-free iff p is non-increasing in δ (q non-decreasing in x) and q is subadditive:
 * q(x + y) ≤ q(x) + q(y) (Chen et al., Thm 4.3). For a finite curve this class checks
 * <ol>
 *   <li>monotonicity: p_{i+1} ≤ p_i for increasing δ;</li>
 *   <li>the tractable sufficient condition for subadditivity used by Chen et al. (§5): q(x)/x non-increasing
 *       in x, i.e. p·δ non-decreasing in δ (a non-negative function with q(x)/x non-increasing is subadditive);</li>
 *   <li>pairwise combinations: for every pair i ≤ j and every point k with x_k ≤ x_i + x_j,
 *       q_k ≤ q_i + q_j (a direct arbitrage that the buyer could execute).</li>
 * </ol>
 * p(δ) = c/δ (linear in precision) is the simplest arbitrage-free curve.
 *
 * <p>{@link #nearestArbitrageFree} projects the wished prices y onto the convex cone
 * {q : q non-decreasing in x, q_i/x_i non-increasing in x} in least squares. The cone is a chain of
 * constraints between neighbours, q_{i-1} ≤ q_i ≤ (x_i/x_{i-1})·q_{i-1}, so the projection is computed
 * exactly by one forward dynamic-programming pass and one backward pass ({@code ChainProjection}), in
 * O(n) memory and near-linear time (100,000 points in well under a second; see
 * {@code ModelPriceFitBenchmark}). It replaces Dykstra's alternating projections (Boyle &amp; Dykstra 1986),
 * which reached the same point to 1e-12·(1 + max|y|) but needed up to n² work; the tests compare both on
 * seeded random curves. Results satisfy both conditions to rounding, so they pass {@link #check}.
 * Stateless and thread-safe; an interrupted thread stops the fit with {@link CancelledException}.
 */
public final class ModelPricing {
    /** The default instance. */
    public static final ModelPricing DEFAULT = new ModelPricing();
    /** The relative tolerance of the checks and the projection. */
    public static final double TOLERANCE = 1e-9;
    /** The limit on points for the pairwise check (O(n² log n) work). */
    public static final int MAX_PAIRWISE_POINTS = 2_000;
    /** The most violations listed by {@link #check}; a last entry says when more were found. */
    public static final int MAX_LISTED_VIOLATIONS = 1_000;

    /**
     * Checks the three conditions. The pairwise condition is checked for all O(n²) pairs, each with a
     * binary search for the points within reach and a suffix maximum, so the work is O(n² log n) plus the
     * violations listed; at most {@link #MAX_LISTED_VIOLATIONS} are listed (in the order point i, then j,
     * then k), followed by one entry saying more exist.
     *
     * @param curve the curve; not null; at most {@link #MAX_PAIRWISE_POINTS} points
     * @return the violations found
     * @throws CancelledException when the calling thread is interrupted
     */
    public ArbitrageCheck check(PriceCurve curve) {
        Require.notNull(curve, "curve");
        List<PricePoint> p = curve.points();
        Require.withinLimit(p.size(), MAX_PAIRWISE_POINTS, "points", "check a coarser curve");
        double scale = 0;
        for (PricePoint pt : p) {
            scale = Math.max(scale, pt.price());
        }
        double tol = TOLERANCE * (1 + scale);
        List<String> violations = new ArrayList<>();
        int monotone = 0;
        int ratio = 0;
        for (int i = 1; i < p.size(); i++) {
            if (p.get(i).price() > p.get(i - 1).price() + tol) {
                monotone++;
                violations.add("price rises from δ=" + p.get(i - 1).variance() + " to δ=" + p.get(i).variance());
            }
            if (p.get(i).price() * p.get(i).variance() < p.get(i - 1).price() * p.get(i - 1).variance()
                    - tol * p.get(i).variance()) {
                ratio++;
                violations.add("p·δ falls from δ=" + p.get(i - 1).variance() + " to δ=" + p.get(i).variance());
            }
        }
        int n = p.size();
        double[] x = new double[n];
        // suffixMax[k] = max price over points k..n-1 (precision falls with k)
        double[] suffixMax = new double[n + 1];
        suffixMax[n] = Double.NEGATIVE_INFINITY;
        for (int k = n - 1; k >= 0; k--) {
            x[k] = 1 / p.get(k).variance();
            suffixMax[k] = Math.max(suffixMax[k + 1], p.get(k).price());
        }
        pairs:
        for (int i = 0; i < n; i++) {
            if (i % 64 == 0) {
                CancelledException.throwIfInterrupted();
            }
            for (int j = i; j < n; j++) {
                double combined = x[i] + x[j];
                double cost = p.get(i).price() + p.get(j).price();
                // the points k with x_k <= combined are a suffix: find its start
                int from = firstAtMost(x, combined);
                if (suffixMax[from] <= cost + tol) {
                    continue;
                }
                for (int k = from; k < n; k++) {
                    if (p.get(k).price() > cost + tol) {
                        if (violations.size() >= MAX_LISTED_VIOLATIONS) {
                            violations.add("… more violations not listed");
                            break pairs;
                        }
                        violations.add("buying δ=" + p.get(i).variance() + " and δ=" + p.get(j).variance()
                                + " beats δ=" + p.get(k).variance());
                    }
                }
            }
        }
        boolean free = violations.isEmpty();
        Explanation explanation = Explanation.builder("pricing.model.arbitrageCheck").input("points", n)
                .step(Step.builder(ModelSteps.MONOTONE).formula("count p_{i+1} > p_i").result(monotone, "").build())
                .step(Step.builder(ModelSteps.SUBADDITIVE).formula("count p_{i+1}δ_{i+1} < p_iδ_i").result(ratio, "").build())
                .step(Step.builder(ModelSteps.ARBITRAGE_FREE).formula("no violation")
                        .result(free ? 1 : 0, "").source("Chen, Koutris & Kumar, SIGMOD 2019, Thm 4.3").build())
                .build();
        return new ArbitrageCheck(free, violations, explanation);
    }

    /**
     * @param wished the seller's wished prices at each variance; not null
     * @return the least-squares nearest curve satisfying the two conditions
     * @throws CancelledException when the calling thread is interrupted (checked every
     *                            {@link CancelledException#CHECK_INTERVAL} points)
     */
    public FittedCurve nearestArbitrageFree(PriceCurve wished) {
        Require.notNull(wished, "wished");
        int n = wished.points().size();
        // order by increasing precision x = 1/δ (reverse of the curve's variance order)
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            PricePoint pt = wished.points().get(n - 1 - i);
            x[i] = 1 / pt.variance();
            y[i] = pt.price();
        }
        double[] q = ChainProjection.project(x, y);
        List<PricePoint> fitted = new ArrayList<>(n);
        double distance = 0;
        for (int i = n - 1; i >= 0; i--) {
            fitted.add(new PricePoint(wished.points().get(n - 1 - i).variance(), Math.max(0, q[i])));
            distance += (q[i] - y[i]) * (q[i] - y[i]);
        }
        Explanation explanation = Explanation.builder("pricing.model.nearestArbitrageFree").input("points", n)
                .step(Step.builder(ModelSteps.ITERATIONS).formula("one forward pass over the points (dynamic programming)")
                        .result(1, "").build())
                .step(Step.builder(ModelSteps.DISTANCE).formula("Σ (p_i − wished_i)²").result(distance, "")
                        .source("Chen, Koutris & Kumar, SIGMOD 2019, §5").build())
                .build();
        return new FittedCurve(new PriceCurve(fitted), distance, 1, explanation);
    }

    // the first index k with x[k] <= bound, x strictly decreasing; x.length when none
    private static int firstAtMost(double[] x, double bound) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= bound) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
