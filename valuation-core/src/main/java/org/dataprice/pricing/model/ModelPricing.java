package org.dataprice.pricing.model;

import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.CalculationException;
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
 * {q : q non-decreasing in x, q_i/x_i non-increasing in x} in least squares, by Dykstra's alternating
 * projections (Boyle &amp; Dykstra 1986) between the two cones; each projection is an exact isotonic
 * regression by pool-adjacent-violators (unit weights for the first, weights x_i² on r_i = q_i/x_i for
 * the second). It stops when an iteration changes no price by more than 1e-12·(1 + max|y|), and throws
 * {@link CalculationException} after {@link #MAX_ITERATIONS}. Results satisfy both conditions to within
 * the tolerance, so they pass {@link #check} with that tolerance. Stateless and thread-safe.
 */
public final class ModelPricing {
    /** The default instance. */
    public static final ModelPricing DEFAULT = new ModelPricing();
    /** The largest number of Dykstra iterations. */
    public static final int MAX_ITERATIONS = 1_000_000;
    /** The relative tolerance of the checks and the projection. */
    public static final double TOLERANCE = 1e-9;
    /** The limit on points for the pairwise check (O(n²) pairs). */
    public static final int MAX_PAIRWISE_POINTS = 2_000;

    /**
     * @param curve the curve; not null; at most {@link #MAX_PAIRWISE_POINTS} points
     * @return the violations found
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
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double combined = 1 / p.get(i).variance() + 1 / p.get(j).variance();
                double cost = p.get(i).price() + p.get(j).price();
                for (int k = 0; k < n; k++) {
                    if (1 / p.get(k).variance() <= combined && p.get(k).price() > cost + tol) {
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
     */
    public FittedCurve nearestArbitrageFree(PriceCurve wished) {
        Require.notNull(wished, "wished");
        int n = wished.points().size();
        // order by increasing precision x = 1/δ (reverse of the curve's variance order)
        double[] x = new double[n];
        double[] y = new double[n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            PricePoint pt = wished.points().get(n - 1 - i);
            x[i] = 1 / pt.variance();
            y[i] = pt.price();
            scale = Math.max(scale, Math.abs(y[i]));
        }
        double tol = 1e-12 * (1 + scale);
        double[] q = y.clone();
        double[] p1 = new double[n];
        double[] p2 = new double[n];
        double[] a = new double[n];
        double[] w1 = new double[n];
        java.util.Arrays.fill(w1, 1);
        double[] w2 = new double[n];
        for (int i = 0; i < n; i++) {
            w2[i] = x[i] * x[i];
        }
        int it = 0;
        while (true) {
            if (++it > MAX_ITERATIONS) {
                throw CalculationException.noConvergence("nearestArbitrageFree", MAX_ITERATIONS, tol);
            }
            double change = 0;
            // projection onto {q non-decreasing}
            for (int i = 0; i < n; i++) {
                a[i] = q[i] + p1[i];
            }
            double[] b = pav(a, w1, true);
            for (int i = 0; i < n; i++) {
                p1[i] = a[i] - b[i];
            }
            // projection onto {q/x non-increasing}: r = q/x antitone with weights x²
            for (int i = 0; i < n; i++) {
                a[i] = (b[i] + p2[i]) / x[i];
            }
            double[] r = pav(a, w2, false);
            for (int i = 0; i < n; i++) {
                double next = r[i] * x[i];
                p2[i] = b[i] + p2[i] - r[i] * x[i];
                change = Math.max(change, Math.abs(next - q[i]));
                q[i] = next;
            }
            if (change <= tol && violation(q, x) <= TOLERANCE * (1 + scale)) {
                break;
            }
        }
        List<PricePoint> fitted = new ArrayList<>(n);
        double distance = 0;
        for (int i = n - 1; i >= 0; i--) {
            fitted.add(new PricePoint(wished.points().get(n - 1 - i).variance(), Math.max(0, q[i])));
            distance += (q[i] - y[i]) * (q[i] - y[i]);
        }
        Explanation explanation = Explanation.builder("pricing.model.nearestArbitrageFree").input("points", n)
                .step(Step.builder(ModelSteps.ITERATIONS).formula("Dykstra alternating projections").result(it, "").build())
                .step(Step.builder(ModelSteps.DISTANCE).formula("Σ (p_i − wished_i)²").result(distance, "")
                        .source("Chen, Koutris & Kumar, SIGMOD 2019, §5; Boyle & Dykstra 1986").build())
                .build();
        return new FittedCurve(new PriceCurve(fitted), distance, it, explanation);
    }

    // the larger violation of the two cone conditions
    private static double violation(double[] q, double[] x) {
        double v = 0;
        for (int i = 1; i < q.length; i++) {
            v = Math.max(v, q[i - 1] - q[i]);
            v = Math.max(v, (q[i] / x[i] - q[i - 1] / x[i - 1]) * x[i]);
        }
        return v;
    }

    // weighted isotonic (increasing) or antitonic regression by pool-adjacent-violators
    private static double[] pav(double[] v, double[] w, boolean increasing) {
        int n = v.length;
        double[] level = new double[n];
        double[] weight = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            level[blocks] = v[i];
            weight[blocks] = w[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && (increasing ? level[blocks - 2] > level[blocks - 1]
                    : level[blocks - 2] < level[blocks - 1])) {
                double tw = weight[blocks - 2] + weight[blocks - 1];
                level[blocks - 2] = (level[blocks - 2] * weight[blocks - 2] + level[blocks - 1] * weight[blocks - 1]) / tw;
                weight[blocks - 2] = tw;
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int k = 0;
        for (int b = 0; b < blocks; b++) {
            for (int c = 0; c < count[b]; c++) {
                out[k++] = level[b];
            }
        }
        return out;
    }
}
