package org.dataprice.quality;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;

/**
 * Entropy weights (熵权法), the objective weights of "entropy-corrected AHP": indicators whose values
 * vary more across the m evaluated objects carry more information and more weight.
 *
 * <p>For x_ij ≥ 0 (object i, indicator j, already oriented so that larger is better or normalised):
 * p_ij = x_ij / Σ_i x_ij; e_j = −(1/ln m) Σ_i p_ij ln p_ij (0·ln 0 = 0); d_j = 1 − e_j;
 * w_j = d_j / Σ_k d_k. Source: Shannon (1948); applied as in Gao, Wang &amp; Li, 中国资产评估
 * 2023(5):44–50. Edge cases: m ≥ 2; a column summing to 0 is rejected; when every indicator is
 * uniform (Σ d = 0) the weights are undefined and rejected. Limits: m·n ≤ 1,000,000. Thread-safe.
 */
public final class EntropyWeight {
    /** The default instance. */
    public static final EntropyWeight DEFAULT = new EntropyWeight();
    /** The largest matrix accepted. */
    public static final int MAX_CELLS = 1_000_000;

    /**
     * @param values m ≥ 2 rows (objects) × n ≥ 1 columns (indicators), finite and ≥ 0; not modified
     * @return the entropy weights, explained
     */
    public WeightResult weigh(double[][] values) {
        Require.notNull(values, "values");
        int m = values.length;
        Require.that(m >= 2, "values", m + " rows", Rule.TOO_FEW, "2 rows");
        Require.notNull(values[0], "values[0]");
        int n = values[0].length;
        Require.that(n >= 1, "values[0]", "[]", Rule.EMPTY);
        Require.withinLimit((long) m * n, MAX_CELLS, "values", "");
        for (int i = 0; i < m; i++) {
            Require.notNull(values[i], "values[" + i + "]");
            Require.size(values[i].length, n, "values[" + i + "]");
            for (int j = 0; j < n; j++) {
                Require.nonNegative(values[i][j], "values[" + i + "][" + j + "]");
            }
        }
        double[] d = new double[n];
        double[] entropy = new double[n];
        double dSum = 0;
        double k = 1 / StrictMath.log(m);
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < m; i++) {
                col += values[i][j];
            }
            Require.that(col > 0, "values[*][" + j + "]", col, Rule.GREATER_THAN, "0 in column sum");
            double h = 0;
            for (int i = 0; i < m; i++) {
                double p = values[i][j] / col;
                if (p > 0) {
                    h -= p * StrictMath.log(p);
                }
            }
            entropy[j] = Math.min(1, k * h);
            d[j] = 1 - entropy[j];
            dSum += d[j];
        }
        Require.that(dSum > 0, "values", "uniform columns", Rule.INVALID_STATE,
                "entropy weights are undefined when every indicator is uniform across objects");
        double[] w = new double[n];
        Explanation.Builder e = Explanation.builder("quality.entropyWeight").input("objects", m).input("indicators", n);
        double sum = 0;
        for (int j = 0; j < n; j++) {
            w[j] = d[j] / dSum;
            sum += w[j];
            e.step(Step.builder(QualitySteps.ENTROPY).formula("e_j = −(1/ln m) Σ_i p_ij ln p_ij; w_j = (1 − e_j)/Σ(1 − e_k)")
                    .input(Quantity.of("e_" + j, entropy[j], "")).result(Quantity.of("w_" + j, w[j], "")).build());
        }
        for (double[] row : values) {
            e.hashOnly("row", row);
        }
        e.step(Step.builder(QualitySteps.ENTROPY_WEIGHT).formula("Σ_j w_j").result(sum, "")
                .source("Shannon (1948); Gao, Wang & Li, 中国资产评估 2023(5):44-50").build());
        return new WeightResult("entropy", Weights.normalise(w), e.build());
    }
}
