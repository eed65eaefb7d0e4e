package org.dataprice.api.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.finance.montecarlo.MonteCarloDiagnostics;

/**
 * Whether a Monte Carlo option value can be trusted; the definitions and thresholds are those of
 * {@link MonteCarloDiagnostics} (docs/finance.md, "Where Monte Carlo stops being reliable").
 *
 * @param controlMean         sample mean of the control statistic X (discounted S_T, or the geometric-Asian payoff)
 * @param controlKnownMean    its known mean E[X]
 * @param controlZ            (mean(X) − E[X]) / SE(X); null when X has zero sample variance
 * @param zeroShare           share of samples whose payoff is 0
 * @param largestShare        the largest single sample's share of the sum of payoffs
 * @param effectiveSampleSize (Σ Y)² / Σ Y², Kish's effective sample size of the payoffs
 * @param samples             independent samples n (paths, or antithetic pairs)
 * @param varianceExponent    σ²T
 * @param expectedTailSamples paths · Φ(−σ√T), expected draws in the half of E[S_T] beyond σ√T
 * @param closedForm          Black–Scholes (European) or Kemna–Vorst (geometric Asian) value; null otherwise
 */
@Serdeable
public record MonteCarloDiagnosticsResponse(double controlMean, double controlKnownMean, @Nullable Double controlZ,
                                            double zeroShare, double largestShare, double effectiveSampleSize,
                                            long samples, double varianceExponent, double expectedTailSamples,
                                            @Nullable Double closedForm) {
    /**
     * @param d the core diagnostics; not null
     * @return the JSON form
     */
    static MonteCarloDiagnosticsResponse from(MonteCarloDiagnostics d) {
        return new MonteCarloDiagnosticsResponse(d.controlMean(), d.controlKnownMean(),
                d.controlZ().isPresent() ? d.controlZ().getAsDouble() : null, d.zeroShare(), d.largestShare(),
                d.effectiveSampleSize(), d.samples(), d.varianceExponent(), d.expectedTailSamples(),
                d.closedForm().isPresent() ? d.closedForm().getAsDouble() : null);
    }
}
