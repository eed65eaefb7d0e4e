package org.dataprice.split.sampling;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.finance.montecarlo.MonteCarloDiagnostics;

/**
 * Whether a sampled Shapley value (蒙特卡洛沙普利值) can be trusted: sample diagnostics computed in the
 * same pass as the estimates, the efficiency check, and the warnings they raise. Computed by
 * {@link MonteCarloShapley} for every result (and so for truncated Data Shapley too).
 *
 * <p><b>Diagnostics</b> (player i's m samples x<sub>i1</sub> … x<sub>im</sub>, its marginal contributions,
 * or antithetic pair means; for STRATIFIED the draws of all n strata pooled):
 * <ul>
 * <li><b>Per-player standard error and interval</b> are those of {@link SampledValues} (value ± z·SE at its
 * confidence, 95 % by default).</li>
 * <li><b>Largest share</b> of player i = max<sub>s</sub> |x<sub>is</sub>| / Σ<sub>s</sub> |x<sub>is</sub>|; flagged
 * above {@link MonteCarloDiagnostics#largestShareLimit(long)} = max(1 %, 10/m), the same threshold as the
 * option and valuation Monte Carlo: one permutation moves the estimate by more than 1 % and by more
 * than ten equal shares.</li>
 * <li><b>Effective sample size</b> of player i, Kish's ESS = (Σ|x<sub>is</sub>|)² / Σx<sub>is</sub>² (Kish,
 * <i>Survey Sampling</i>, Wiley 1965): m when every marginal is equal, 1 when one carries everything, 0
 * when all are 0 (a null player: nothing to flag). Flagged below {@link MonteCarloDiagnostics#MIN_ESS_SHARE}
 * · m, i.e. when the player is pivotal in fewer than about 1 % of the permutations.</li>
 * <li><b>Efficiency</b>: each permutation's marginals telescope to v(N) − v(∅), so for PLAIN and ANTITHETIC
 * Σ<sub>i</sub> φ̂<sub>i</sub> = v(N) − v(∅) exactly up to rounding; truncation (Data Shapley) and stratified
 * sampling do not have that property. The gap Σφ̂ − (v(N) − v(∅)) is reported and flagged above
 * {@link #EFFICIENCY_TOLERANCE} · (|v(N) − v(∅)| + Σ|φ̂|).</li>
 * <li><b>Interval width</b>: the widest interval, max<sub>i</sub> (upper<sub>i</sub> − lower<sub>i</sub>), flagged above
 * {@link #MAX_INTERVAL_SHARE} = 5 % of the pool |v(N) − v(∅)| (any positive width when the pool is 0): a
 * share is then not known to within ± 2.5 % of what is split.</li>
 * <li><b>Ranking</b>: players sorted by estimate; two neighbours whose intervals overlap cannot be ranked
 * at that confidence (players with equal estimates and zero standard error are a determined tie). The
 * number of such neighbouring pairs is reported, and the first {@link #MAX_LISTED_PAIRS} are named in a
 * warning. Symmetric players (equal true values) always overlap: the warning then says the order
 * between them is not determined, which is true.</li>
 * <li><b>Budget</b>: fewer than {@link #requiredSamples(int)} = max({@value #MIN_SAMPLES}, ⌈n·H<sub>n</sub>⌉) samples
 * per player is flagged (H<sub>n</sub> the n-th harmonic number): n·H<sub>n</sub> is the expected number of
 * uniform permutations before a player has joined a coalition of every size 0 … n−1 once (coupon
 * collector; Feller, <i>An Introduction to Probability Theory</i> I, 3rd ed., 1968, §IX.3), and the
 * normal interval needs about 30 samples.</li>
 * <li><b>Stop rule</b>: a target standard error not reached within the budget is flagged.</li>
 * </ul>
 *
 * @param permutations           whole permutations walked: m (PLAIN), 2m (ANTITHETIC), 0 (STRATIFIED draws coalitions)
 * @param samples                samples per player, m
 * @param requiredSamples        max(30, ⌈n·H<sub>n</sub>⌉)
 * @param grandValue             v(N) − v(∅), from one walk through all players
 * @param sum                    Σ<sub>i</sub> φ̂<sub>i</sub>
 * @param efficiencyGap          Σ φ̂ − (v(N) − v(∅))
 * @param maxIntervalWidth       the widest interval, max(upper − lower)
 * @param largestShares          per player max|x| / Σ|x|, in [0, 1]; copied
 * @param effectiveSampleSizes   per player (Σ|x|)² / Σx², in [0, m]; copied
 * @param undeterminedPairs      neighbouring players (by estimate) whose intervals overlap
 * @param warnings               what makes the answer unreliable; empty when none; copied
 */
public record ShapleyDiagnostics(long permutations, long samples, long requiredSamples, double grandValue, double sum,
        double efficiencyGap, double maxIntervalWidth, List<Double> largestShares, List<Double> effectiveSampleSizes,
        int undeterminedPairs, List<String> warnings) {
    /** The widest interval's share of |v(N) − v(∅)| above which the answer is flagged. */
    public static final double MAX_INTERVAL_SHARE = 0.05;
    /** The efficiency gap, relative to |v(N) − v(∅)| + Σ|φ̂|, above which the answer is flagged. */
    public static final double EFFICIENCY_TOLERANCE = 1e-9;
    /** The fewest samples per player for the normal interval. */
    public static final int MIN_SAMPLES = 30;
    /** How many overlapping pairs a warning names. */
    public static final int MAX_LISTED_PAIRS = 5;

    /** Validates and copies. */
    public ShapleyDiagnostics {
        Require.nonNegative(permutations, "permutations");
        Require.nonNegative(samples, "samples");
        Require.finite(grandValue, "grandValue");
        Require.finite(sum, "sum");
        Require.finite(efficiencyGap, "efficiencyGap");
        Require.finite(maxIntervalWidth, "maxIntervalWidth");
        largestShares = Require.copyOf(largestShares, "largestShares");
        effectiveSampleSizes = Require.copyOf(effectiveSampleSizes, "effectiveSampleSizes");
        Require.size(effectiveSampleSizes.size(), largestShares.size(), "effectiveSampleSizes");
        warnings = Require.copyOf(warnings, "warnings");
    }

    /**
     * The budget below which an answer is flagged: max({@value #MIN_SAMPLES}, ⌈n·H<sub>n</sub>⌉).
     *
     * @param players n ≥ 1
     * @return the required samples per player
     */
    public static long requiredSamples(int players) {
        double h = 0;
        for (int k = 1; k <= players; k++) {
            h += 1.0 / k;
        }
        return Math.max(MIN_SAMPLES, (long) Math.ceil(players * h - 1e-9));
    }

    /** @return true when any warning was raised */
    public boolean unreliable() {
        return !warnings.isEmpty();
    }

    /** @return the largest per-player largest share */
    public double largestShare() {
        return largestShares.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** @return the smallest positive per-player effective sample size (0 when every player's samples are all 0) */
    public double minEffectiveSampleSize() {
        return effectiveSampleSizes.stream().mapToDouble(Double::doubleValue).filter(x -> x > 0).min().orElse(0);
    }

    /**
     * Computes the diagnostics.
     *
     * @param phi          the estimates
     * @param lower        the interval's lower ends
     * @param upper        the interval's upper ends
     * @param se           the standard errors
     * @param samples      m, samples per player
     * @param permutations whole permutations walked
     * @param absSum       per player Σ|x|
     * @param sumSquares   per player Σx²
     * @param maxAbs       per player max|x|
     * @param grand        v(N) − v(∅)
     * @param confidence   the intervals' confidence
     * @param target       the target standard error, 0 for none
     * @param converged    whether the target was reached
     * @return the diagnostics and warnings
     */
    static ShapleyDiagnostics of(double[] phi, double[] lower, double[] upper, double[] se, long samples,
            long permutations, double[] absSum, double[] sumSquares, double[] maxAbs, double grand, double confidence,
            double target, boolean converged) {
        int n = phi.length;
        List<String> w = new ArrayList<>();
        long required = requiredSamples(n);
        if (samples < required) {
            w.add("unreliable: " + samples + " samples per player for " + n + " players; at least " + required
                    + " = max(" + MIN_SAMPLES + ", n H_n) are needed for each player to join coalitions of every size");
        }
        if (!converged) {
            w.add("unreliable: the target standard error " + fmt(target) + " was not reached within the budget (largest "
                    + fmt(max(se)) + ")");
        }
        double sum = 0;
        double absPhi = 0;
        double widest = 0;
        int widestPlayer = 0;
        for (int i = 0; i < n; i++) {
            sum += phi[i];
            absPhi += Math.abs(phi[i]);
            if (upper[i] - lower[i] > widest) {
                widest = upper[i] - lower[i];
                widestPlayer = i;
            }
        }
        double gap = sum - grand + 0.0; // + 0.0: never -0.0
        if (Math.abs(gap) > EFFICIENCY_TOLERANCE * (Math.abs(grand) + absPhi)) {
            w.add("not efficient: the estimates sum to " + fmt(sum) + ", v(N) - v(empty) = " + fmt(grand)
                    + " (truncated or stratified sampling does not split exactly what there is)");
        }
        double pool = Math.abs(grand);
        if (widest > MAX_INTERVAL_SHARE * pool) {
            w.add("unreliable: player " + widestPlayer + "'s " + fmt(100 * confidence) + "% interval ["
                    + fmt(lower[widestPlayer]) + ", " + fmt(upper[widestPlayer]) + "] is " + (pool > 0
                            ? fmt(100 * widest / pool) + "% of the pool |v(N) - v(empty)| = " + fmt(pool)
                            : "wider than 0, and the pool v(N) - v(empty) is 0")
                    + " (> " + fmt(100 * MAX_INTERVAL_SHARE) + "%)");
        }
        List<Double> shares = new ArrayList<>(n);
        List<Double> ess = new ArrayList<>(n);
        double shareLimit = MonteCarloDiagnostics.largestShareLimit(Math.max(1, samples));
        int worstShare = -1;
        int worstEss = -1;
        for (int i = 0; i < n; i++) {
            double share = absSum[i] > 0 ? Math.min(maxAbs[i] / absSum[i], 1) : 0;
            double e = sumSquares[i] > 0 ? Math.min(absSum[i] * absSum[i] / sumSquares[i], samples) : 0;
            shares.add(share);
            ess.add(e);
            if (share > shareLimit && (worstShare < 0 || share > shares.get(worstShare))) {
                worstShare = i;
            }
            if (e > 0 && e < MonteCarloDiagnostics.MIN_ESS_SHARE * samples && (worstEss < 0 || e < ess.get(worstEss))) {
                worstEss = i;
            }
        }
        if (worstShare >= 0) {
            w.add("unreliable: player " + worstShare + "'s largest single marginal contribution is "
                    + fmt(100 * shares.get(worstShare)) + "% of the sum of its |marginals| (> " + fmt(100 * shareLimit) + "%)");
        }
        if (worstEss >= 0) {
            w.add("unreliable: player " + worstEss + "'s effective sample size (sum |x|)^2 / sum x^2 = "
                    + fmt(ess.get(worstEss)) + " is below " + fmt(100 * MonteCarloDiagnostics.MIN_ESS_SHARE) + "% of the "
                    + samples + " samples: it is pivotal in too few permutations");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : phi[a] != phi[b] ? Double.compare(phi[b], phi[a]) : a - b);
        int pairs = 0;
        StringBuilder listed = new StringBuilder();
        for (int k = 0; k + 1 < n; k++) {
            int hi = order[k];
            int lo = order[k + 1];
            boolean tie = se[hi] == 0 && se[lo] == 0;
            if (!tie && lower[hi] <= upper[lo]) {
                if (pairs < MAX_LISTED_PAIRS) {
                    listed.append(pairs == 0 ? "" : ", ").append(hi).append(" and ").append(lo);
                }
                pairs++;
            }
        }
        if (pairs > 0) {
            w.add("ranking not determined: the " + fmt(100 * confidence) + "% intervals of " + pairs
                    + " neighbouring pair(s) of players overlap (players " + listed
                    + (pairs > MAX_LISTED_PAIRS ? ", and " + (pairs - MAX_LISTED_PAIRS) + " more" : "")
                    + "); their order may change with the seed");
        }
        return new ShapleyDiagnostics(permutations, samples, required, grand, sum, gap, widest, shares, ess, pairs, w);
    }

    private static double max(double[] a) {
        double m = 0;
        for (double x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** Six significant digits, no −0. */
    static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        double abs = Math.abs(v);
        return abs >= 1e-4 && abs < 1e9 ? d.toPlainString() : d.toString();
    }
}
