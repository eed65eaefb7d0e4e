package org.dataprice.quality;

/**
 * How AHP priorities are derived from a pairwise matrix; always named in the result (peers report
 * silent method differences, pyDecision issue #15).
 */
public enum WeightMethod {
    /**
     * Principal right eigenvector (Perron vector) normalised to sum 1, by power iteration;
     * λmax is its eigenvalue. Saaty (1980), ch. 1–2; Saaty (1990) EJOR 48:9–26, §2.
     */
    EIGENVECTOR,
    /**
     * Row geometric mean (logarithmic least squares): w_i ∝ (Π_j a_ij)^(1/n); λmax estimated as
     * mean_i (A·w)_i / w_i. Crawford &amp; Williams (1985), J. Math. Psych. 29:387–405.
     */
    GEOMETRIC_MEAN
}
