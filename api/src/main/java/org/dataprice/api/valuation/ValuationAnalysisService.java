package org.dataprice.api.valuation;

import jakarta.inject.Singleton;
import org.dataprice.appraisal.driver.EngagementDrivers;
import org.dataprice.sensitivity.BaseCase;
import org.dataprice.sensitivity.ScenarioAnalysis;
import org.dataprice.sensitivity.ScenarioInputs;
import org.dataprice.sensitivity.Tornado;
import org.dataprice.sensitivity.TornadoInputs;
import org.dataprice.sensitivity.TwoWayAnalysis;
import org.dataprice.sensitivity.TwoWayInputs;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.ValuationMonteCarlo;

/**
 * The analyses of a stored valuation: sensitivity (tornado, two-way table, scenarios) and a seeded Monte Carlo of
 * the reconciled value. Load → core → answer: the stored engagement is read once by {@link ValuationService},
 * mapped once to the core's {@code Engagement} and moved by the core's {@link EngagementDrivers} (no JSON per
 * draw); the models are the core's {@link Tornado}, {@link TwoWayAnalysis}, {@link ScenarioAnalysis} and
 * {@link ValuationMonteCarlo}. Reads only; stores nothing.
 */
@Singleton
public class ValuationAnalysisService {
    private final ValuationService valuations;
    private final ValuationConfiguration configuration;

    /**
     * @param valuations    the stored valuations (their engagements)
     * @param configuration the analysis limits (draws, threads)
     */
    public ValuationAnalysisService(ValuationService valuations, ValuationConfiguration configuration) {
        this.valuations = valuations;
        this.configuration = configuration;
    }

    /**
     * Tornado, two-way table and/or scenarios over the stored engagement's drivers.
     *
     * @param id      the valuation id
     * @param request the analyses
     * @return the results
     */
    public AnalysisResponses.Sensitivity sensitivity(String id, AnalysisRequests.Sensitivity request) {
        EngagementDrivers drivers = drivers(id);
        BaseCase base = AnalysisMapper.base(drivers);
        TornadoInputs t = AnalysisMapper.tornado(request, drivers, base);
        TwoWayInputs w = AnalysisMapper.twoWay(request, drivers, base);
        ScenarioInputs s = AnalysisMapper.scenarios(request, drivers, base);
        return AnalysisMapper.toResponse(id, currency(drivers), drivers, base, t == null ? null : Tornado.DEFAULT.compute(t),
                w == null ? null : TwoWayAnalysis.DEFAULT.compute(w), s == null ? null : ScenarioAnalysis.DEFAULT.compute(s));
    }

    /**
     * A seeded Monte Carlo of the reconciled value over the stored engagement's drivers.
     *
     * @param id      the valuation id
     * @param request distributions, correlation, seed, draws
     * @return summary statistics and histogram
     */
    public AnalysisResponses.MonteCarlo monteCarlo(String id, AnalysisRequests.MonteCarlo request) {
        EngagementDrivers drivers = drivers(id);
        SimulationInputs inputs = AnalysisMapper.monteCarlo(request, drivers, configuration.getMaxDraws(), configuration.getThreads());
        double base = AnalysisMapper.base(drivers).baseValue();
        return AnalysisMapper.toResponse(id, currency(drivers), base, ValuationMonteCarlo.DEFAULT.run(inputs));
    }

    private EngagementDrivers drivers(String id) {
        return new EngagementDrivers(ValuationMapper.toModel(valuations.engagement(id)));
    }

    /** The currency of the engagement's conclusion, as the core settled it (the request's, else the core default). */
    private static String currency(EngagementDrivers drivers) {
        return drivers.engagement().currency().getCurrencyCode();
    }
}
