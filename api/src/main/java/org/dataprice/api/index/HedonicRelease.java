package org.dataprice.api.index;

import org.dataprice.index.hedonic.HedonicFit;
import org.dataprice.index.method.IndexMethods;
import org.dataprice.index.release.HedonicSummary;

import java.util.List;

/**
 * The time-dummy hedonic fit of a release ({@link HedonicSummary}, fitted by the core's
 * {@code ReleaseCalculator}) as the release shows and stores it ({@link IndexViews.HedonicExplanation}).
 * A mapping only: building the characteristics, fitting and every data error live in the core
 * ({@code org.dataprice.index.release}). Stateless.
 */
final class HedonicRelease {
    private HedonicRelease() {
    }

    /**
     * @param summary the fit of a release
     * @return its explanation
     */
    static IndexViews.HedonicExplanation explanation(HedonicSummary summary) {
        HedonicFit fit = summary.fit();
        List<IndexViews.Coefficient> coefficients = fit.coefficients().stream()
                .map(c -> new IndexViews.Coefficient(c.name(), c.estimate() + 0.0, c.standardError() + 0.0)).toList();
        return new IndexViews.HedonicExplanation(IndexMethods.HEDONIC, summary.weighted(), summary.characteristics(),
                fit.observations(), summary.products(), summary.periods(), fit.parameters(),
                fit.residualDegreesOfFreedom(), fit.rSquared() + 0.0, fit.adjustedRSquared() + 0.0,
                fit.residualStandardError() + 0.0, coefficients, fit.warnings());
    }
}
