package org.dataprice.api.valuation;

/** The kinds of stored valuation analysis (column {@code valuation_analysis.kind}). */
public enum AnalysisKind {
    /** Tornado, two-way table and/or scenarios ({@code POST /v1/valuations/{id}/sensitivity}). */
    SENSITIVITY,
    /** A seeded Monte Carlo of the reconciled value ({@code POST /v1/valuations/{id}/monte-carlo}). */
    MONTE_CARLO
}
