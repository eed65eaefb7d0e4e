package org.dataprice.quality;

import org.dataprice.error.CalculationException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * Analytic hierarchy process weights (层次分析法) with Saaty's consistency check.
 *
 * <p>Formulas, for a reciprocal n×n matrix A ({@link PairwiseMatrix}):
 * <ul>
 *   <li>{@link WeightMethod#EIGENVECTOR}: A·w = λmax·w, Σw = 1, by power iteration
 *       w ← A·w / Σ(A·w) until max|Δw| ≤ {@link #TOLERANCE} (at most {@link #MAX_ITERATIONS});
 *       λmax = Σ_i (A·w)_i at convergence.</li>
 *   <li>{@link WeightMethod#GEOMETRIC_MEAN}: w_i = (Π_j a_ij)^(1/n) / Σ_k (Π_j a_kj)^(1/n);
 *       λmax = (1/n) Σ_i (A·w)_i / w_i.</li>
 *   <li>CI = (λmax − n)/(n − 1); CR = CI / RI(n) ({@link RandomIndex}); consistent iff CR &lt; 0.10.
 *       For n ≤ 2, CI = CR = 0.</li>
 *   <li>Most inconsistent judgement: the (i, j), i &lt; j, maximising |ln(a_ij · w_j / w_i)|.</li>
 * </ul>
 * Sources: Saaty (1980) <i>The Analytic Hierarchy Process</i>, McGraw-Hill, ch. 1–2; Saaty (1990)
 * "How to make a decision: the analytic hierarchy process", EJOR 48:9–26 (worked house example,
 * λmax = 9.669, CR = 0.169); Crawford &amp; Williams (1985) for the geometric mean.
 *
 * <p>Units: weights and indices are dimensionless. Edge cases: n = 1 gives w = (1); a perfectly
 * consistent matrix gives λmax = n, CI = CR = 0 (up to rounding, clamped at 0). Limits: n ≤ 15.
 * Transcendental functions use {@link StrictMath}, so results are identical on every JVM and platform.
 * Stateless and thread-safe; {@link #kernel} is allocation-free.
 */
public final class Ahp {
    /** The default instance. */
    public static final Ahp DEFAULT = new Ahp();
    /** Saaty's acceptance threshold: a matrix with CR ≥ 0.10 is reported as inconsistent. */
    public static final double CR_THRESHOLD = 0.10;
    /** The power-iteration tolerance on max|Δw|. */
    public static final double TOLERANCE = 1e-15;
    /** The power-iteration budget. */
    public static final int MAX_ITERATIONS = 10_000;

    private static final String METHOD = "quality.ahp.Saaty";
    private static final String SOURCE = "Saaty (1980) The Analytic Hierarchy Process, ch. 1-2; Saaty (1990) EJOR 48:9-26";

    /**
     * Derives the weights and the consistency ratio.
     *
     * @param matrix the pairwise matrix; not null
     * @param method the weight method; not null
     * @return the weights, λmax, CI, RI, CR and the most inconsistent judgement, explained
     */
    public AhpResult weigh(PairwiseMatrix matrix, WeightMethod method) {
        Require.notNull(matrix, "matrix");
        Require.notNull(method, "method");
        int n = matrix.size();
        double[] a = matrix.rowMajor();
        double[] w = new double[n];
        double lambda = kernel(a, n, method, w, new double[n]);
        double ci = consistencyIndex(lambda, n);
        double ri = RandomIndex.of(n);
        double cr = consistencyRatio(lambda, n);
        Judgement worst = worstJudgement(a, n, w);
        Weights weights = Weights.of(w);
        return new AhpResult(method, weights, lambda, ci, ri, cr, cr < CR_THRESHOLD, worst,
                explain(matrix, method, w, lambda, ci, ri, cr, worst));
    }

    /**
     * The primitive kernel: writes the weights into {@code w} and returns λmax. Allocation-free.
     *
     * @param a       the n×n matrix, row-major; not modified
     * @param n       the order
     * @param method  the method; not null
     * @param w       output, length ≥ n
     * @param scratch work space, length ≥ n
     * @return λmax
     */
    public static double kernel(double[] a, int n, WeightMethod method, double[] w, double[] scratch) {
        if (method == WeightMethod.EIGENVECTOR) {
            return powerIteration(a, n, w, scratch);
        }
        geometricMean(a, n, w);
        return meanRatio(a, n, w);
    }

    /**
     * CI = (λmax − n)/(n − 1), clamped at 0 (rounding); 0 for n ≤ 2.
     *
     * @param lambdaMax the principal eigenvalue (estimate)
     * @param n         the order, 1 ≤ n ≤ 15
     * @return CI
     */
    public static double consistencyIndex(double lambdaMax, int n) {
        return n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
    }

    /**
     * CR = CI / RI(n); 0 when RI = 0 (n ≤ 2). Allocation-free.
     *
     * @param lambdaMax the principal eigenvalue (estimate)
     * @param n         the order, 1 ≤ n ≤ 15
     * @return CR
     */
    public static double consistencyRatio(double lambdaMax, int n) {
        double ri = RandomIndex.of(n);
        return ri == 0 ? 0 : consistencyIndex(lambdaMax, n) / ri;
    }

    /** w ← A·w / Σ(A·w) until stable; returns Σ(A·w) = λmax. */
    private static double powerIteration(double[] a, int n, double[] w, double[] y) {
        geometricMean(a, n, w); // a start close to the eigenvector speeds convergence
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    s += a[row + j] * w[j];
                }
                y[i] = s;
                sum += s;
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double v = y[i] / sum;
                delta = Math.max(delta, Math.abs(v - w[i]));
                w[i] = v;
            }
            if (delta <= TOLERANCE) {
                return sum;
            }
        }
        throw CalculationException.noConvergence("matrix", MAX_ITERATIONS, TOLERANCE);
    }

    /** w_i = exp(mean_j ln a_ij), normalised. */
    private static void geometricMean(double[] a, int n, double[] w) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double logs = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                logs += StrictMath.log(a[row + j]);
            }
            w[i] = StrictMath.exp(logs / n);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
    }

    /** λmax ≈ (1/n) Σ_i (A·w)_i / w_i. */
    private static double meanRatio(double[] a, int n, double[] w) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            int row = i * n;
            for (int j = 0; j < n; j++) {
                s += a[row + j] * w[j];
            }
            total += s / w[i];
        }
        return total / n;
    }

    private static Judgement worstJudgement(double[] a, int n, double[] w) {
        Judgement worst = new Judgement(0, 0, 1, 1, 0);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dev = Math.abs(StrictMath.log(a[i * n + j] * w[j] / w[i]));
                if (dev > worst.logDeviation() || worst.row() == worst.column()) {
                    worst = new Judgement(i, j, a[i * n + j], w[i] / w[j], dev);
                }
            }
        }
        return worst;
    }

    private static Explanation explain(PairwiseMatrix m, WeightMethod method, double[] w, double lambda,
            double ci, double ri, double cr, Judgement worst) {
        int n = m.size();
        Explanation.Builder b = Explanation.builder(METHOD).input("method", method.name()).input("n", n)
                .hashOnly("judgements.upper", m.upperRaw());
        String formula = method == WeightMethod.EIGENVECTOR ? "A·w = λmax·w, Σw = 1 (power iteration)"
                : "w_i = (Π_j a_ij)^(1/n) / Σ_k (Π_j a_kj)^(1/n)";
        for (int i = 0; i < n; i++) {
            b.step(Step.builder(QualitySteps.WEIGHT).formula(formula).result(Quantity.of("w_" + i, w[i], ""))
                    .source(SOURCE).build());
        }
        b.step(Step.builder(QualitySteps.LAMBDA_MAX)
                .formula(method == WeightMethod.EIGENVECTOR ? "λmax = Σ_i (A·w)_i" : "λmax = (1/n) Σ_i (A·w)_i / w_i")
                .result(lambda, "").build());
        b.step(Step.builder(QualitySteps.CONSISTENCY_INDEX).formula("CI = (λmax − n)/(n − 1); 0 for n ≤ 2")
                .input("lambdaMax", lambda, "").input("n", n, "").result(ci, "").build());
        b.step(Step.builder(QualitySteps.RANDOM_INDEX).formula("RI(n) from Saaty's table").input("n", n, "")
                .result(ri, "").source(RandomIndex.SOURCE).build());
        b.step(Step.builder(QualitySteps.WORST_JUDGEMENT).formula("argmax_{i<j} |ln(a_ij · w_j / w_i)|")
                .input("row", worst.row(), "").input("column", worst.column(), "")
                .input("given", worst.given(), "").input("implied", worst.implied(), "")
                .result(worst.logDeviation(), "").build());
        b.step(Step.builder(QualitySteps.CONSISTENCY_RATIO)
                .formula("CR = CI / RI; consistent iff CR < 0.10" + (cr < CR_THRESHOLD ? " → consistent"
                        : " → INCONSISTENT: revisit a_" + worst.row() + "," + worst.column()))
                .input("ci", ci, "").input("ri", ri, "").result(cr, "").source(SOURCE).build());
        return b.build();
    }
}
