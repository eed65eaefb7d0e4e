package org.dataprice.api.valuation;

import org.dataprice.api.json.CoreFields;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.appraisal.driver.EngagementDrivers;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.sensitivity.BaseCase;
import org.dataprice.sensitivity.InputRange;
import org.dataprice.sensitivity.Scenario;
import org.dataprice.sensitivity.ScenarioInputs;
import org.dataprice.sensitivity.ScenarioRow;
import org.dataprice.sensitivity.ScenarioTable;
import org.dataprice.sensitivity.TornadoBar;
import org.dataprice.sensitivity.TornadoInputs;
import org.dataprice.sensitivity.TornadoResult;
import org.dataprice.sensitivity.TwoWayInputs;
import org.dataprice.sensitivity.TwoWayTable;
import org.dataprice.simulation.CorrelationMatrix;
import org.dataprice.simulation.InputDistribution;
import org.dataprice.simulation.MonteCarloSettings;
import org.dataprice.simulation.Percentile;
import org.dataprice.simulation.SimulationInput;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.SimulationResult;
import org.dataprice.simulation.ValuationModel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The one mapper of the valuation-analysis domain (sensitivity and Monte Carlo over a stored engagement):
 * request DTOs → core inputs over a {@link EngagementDrivers} model (the core moves the mapped engagement; this class maps DTOs only), core results → response DTOs. Errors
 * name the JSON path ({@code tornado[1].driver}, {@code inputs[0].distribution.standardDeviation},
 * {@code correlation[0][1]}). Stateless.
 */
public final class AnalysisMapper {
    private AnalysisMapper() {
    }

    private static <T> T within(String path, java.util.function.Supplier<T> body) {
        return CoreFields.within(path, body);
    }

    /**
     * @param drivers the engagement's drivers
     * @return the base case over every driver
     */
    public static BaseCase base(EngagementDrivers drivers) {
        return new BaseCase(drivers.model(), drivers.baseValues());
    }

    /**
     * @param r       the request (at least one analysis)
     * @param drivers the engagement's drivers
     * @param base    the base case
     * @return tornado inputs, or null when not requested
     */
    public static TornadoInputs tornado(AnalysisRequests.Sensitivity r, EngagementDrivers drivers, BaseCase base) {
        Require.that(r.tornado() != null || r.twoWay() != null || r.scenarios() != null, "tornado", "none", Rule.EMPTY,
                "one of tornado, twoWay, scenarios");
        if (r.tornado() == null) {
            return null;
        }
        List<InputRange> ranges = new ArrayList<>();
        for (int i = 0; i < r.tornado().size(); i++) {
            AnalysisRequests.Range g = r.tornado().get(i);
            String path = "tornado[" + i + "]";
            drivers.require(g.driver(), path + ".driver");
            ranges.add(within(path, () -> CoreFields.renamed(Map.of("name", "driver"),
                    () -> new InputRange(g.driver(), g.low(), g.high()))));
        }
        return CoreFields.renamed(Map.of("ranges[*].name", "tornado[*].driver", "ranges", "tornado"),
                () -> new TornadoInputs(base, ranges));
    }

    /**
     * @param r       the request
     * @param drivers the engagement's drivers
     * @param base    the base case
     * @return two-way inputs, or null when not requested
     */
    public static TwoWayInputs twoWay(AnalysisRequests.Sensitivity r, EngagementDrivers drivers, BaseCase base) {
        AnalysisRequests.TwoWay t = r.twoWay();
        if (t == null) {
            return null;
        }
        drivers.require(t.row(), "twoWay.row");
        drivers.require(t.column(), "twoWay.column");
        return within("twoWay", () -> CoreFields.renamed(Map.of("rowInput", "row", "columnInput", "column"),
                () -> new TwoWayInputs(base, t.row(), t.rowValues(), t.column(), t.columnValues())));
    }

    /**
     * @param r       the request
     * @param drivers the engagement's drivers
     * @param base    the base case
     * @return scenario inputs, or null when not requested
     */
    public static ScenarioInputs scenarios(AnalysisRequests.Sensitivity r, EngagementDrivers drivers, BaseCase base) {
        if (r.scenarios() == null) {
            return null;
        }
        List<Scenario> list = new ArrayList<>();
        for (int i = 0; i < r.scenarios().size(); i++) {
            AnalysisRequests.Scenario s = r.scenarios().get(i);
            Map<String, Double> overrides = new LinkedHashMap<>();
            for (int j = 0; j < s.overrides().size(); j++) {
                AnalysisRequests.DriverValue o = s.overrides().get(j);
                String path = "scenarios[" + i + "].overrides[" + j + "]";
                drivers.require(o.driver(), path + ".driver");
                if (overrides.put(o.driver(), o.value()) != null) {
                    throw new InvalidInputException(path + ".driver", o.driver(), Rule.DUPLICATE, o.driver());
                }
            }
            String path = "scenarios[" + i + "]";
            list.add(within(path, () -> new Scenario(s.name(), s.probability(), overrides)));
        }
        return CoreFields.rebased("scenarios", "scenarios", () -> new ScenarioInputs(base, list));
    }

    /**
     * @param id        valuation id
     * @param currency  ISO 4217
     * @param drivers   the drivers
     * @param base      the base case
     * @param tornado   result or null
     * @param twoWay    result or null
     * @param scenarios result or null
     * @return the response
     */
    public static AnalysisResponses.Sensitivity toResponse(String id, String currency, EngagementDrivers drivers, BaseCase base,
                                                           TornadoResult tornado, TwoWayTable twoWay, ScenarioTable scenarios) {
        List<AnalysisResponses.Driver> ds = new ArrayList<>();
        for (String n : drivers.names()) {
            ds.add(new AnalysisResponses.Driver(n, drivers.base(n)));
        }
        AnalysisResponses.Tornado t = null;
        if (tornado != null) {
            List<AnalysisResponses.Bar> bars = new ArrayList<>();
            for (TornadoBar b : tornado.bars()) {
                bars.add(new AnalysisResponses.Bar(b.name(), b.lowInput(), b.highInput(), b.valueAtLow(), b.valueAtHigh(), b.swing()));
            }
            t = new AnalysisResponses.Tornado(bars, ExplanationResponse.from(tornado.explanation()));
        }
        AnalysisResponses.TwoWay w = twoWay == null ? null : new AnalysisResponses.TwoWay(twoWay.rowInput(), twoWay.rowValues(),
                twoWay.columnInput(), twoWay.columnValues(), twoWay.values(), twoWay.baseRow(), twoWay.baseColumn(),
                ExplanationResponse.from(twoWay.explanation()));
        AnalysisResponses.Scenarios s = null;
        if (scenarios != null) {
            List<AnalysisResponses.ScenarioRow> rows = new ArrayList<>();
            for (ScenarioRow row : scenarios.rows()) {
                rows.add(new AnalysisResponses.ScenarioRow(row.name(), row.probability(), row.value(), row.contribution()));
            }
            s = new AnalysisResponses.Scenarios(rows, scenarios.weightedValue(), scenarios.standardDeviation(),
                    ExplanationResponse.from(scenarios.explanation()));
        }
        return new AnalysisResponses.Sensitivity(id, currency, ds, base.baseValue(), t, w, s);
    }

    /**
     * @param r        the request
     * @param drivers  the engagement's drivers
     * @param maxDraws the configured ceiling on draws
     * @param threads  worker threads
     * @return the simulation inputs over the requested drivers (others at base)
     */
    public static SimulationInputs monteCarlo(AnalysisRequests.MonteCarlo r, EngagementDrivers drivers, int maxDraws, int threads) {
        List<String> names = new ArrayList<>();
        List<SimulationInput> inputs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.inputs().size(); i++) {
            AnalysisRequests.Input in = r.inputs().get(i);
            String path = "inputs[" + i + "]";
            drivers.require(in.driver(), path + ".driver");
            if (!seen.add(in.driver())) {
                throw new InvalidInputException(path + ".driver", in.driver(), Rule.DUPLICATE, in.driver());
            }
            names.add(in.driver());
            InputDistribution d = within(path + ".distribution", () -> distribution(in.distribution()));
            inputs.add(new SimulationInput(in.driver(), d));
        }
        ValuationModel model = drivers.model(names);
        CorrelationMatrix correlation;
        if (r.correlation() == null) {
            correlation = CorrelationMatrix.identity(names.size());
        } else {
            double[][] m = new double[r.correlation().size()][];
            for (int i = 0; i < m.length; i++) {
                m[i] = r.correlation().get(i).stream().mapToDouble(Double::doubleValue).toArray();
            }
            correlation = CorrelationMatrix.of(m);
        }
        MonteCarloSettings settings = new MonteCarloSettings(r.draws(), r.seed(), threads,
                r.percentiles() == null ? MonteCarloSettings.DEFAULT_PERCENTILES : r.percentiles(),
                r.histogramBins() == null ? MonteCarloSettings.DEFAULT_BINS : r.histogramBins(),
                r.target() == null ? OptionalDouble.empty() : OptionalDouble.of(r.target()), maxDraws);
        return new SimulationInputs(model, inputs, correlation, settings);
    }

    private static InputDistribution distribution(AnalysisRequests.Distribution d) {
        return switch (d.kind()) {
            case NORMAL -> new InputDistribution.Normal(Require.notNull(d.mean(), "mean"),
                    Require.notNull(d.standardDeviation(), "standardDeviation"));
            case LOGNORMAL -> InputDistribution.LogNormal.ofMeanAndStandardDeviation(Require.notNull(d.mean(), "mean"),
                    Require.notNull(d.standardDeviation(), "standardDeviation"));
            case TRIANGULAR -> new InputDistribution.Triangular(Require.notNull(d.min(), "min"), Require.notNull(d.mode(), "mode"),
                    Require.notNull(d.max(), "max"));
            case PERT -> new InputDistribution.Pert(Require.notNull(d.min(), "min"), Require.notNull(d.mode(), "mode"),
                    Require.notNull(d.max(), "max"));
            case UNIFORM -> new InputDistribution.Uniform(Require.notNull(d.min(), "min"), Require.notNull(d.max(), "max"));
            case FIXED -> new InputDistribution.Fixed(Require.notNull(d.value(), "value"));
        };
    }

    /**
     * @param id       valuation id
     * @param currency ISO 4217
     * @param base     the value at base
     * @param r        the simulation result
     * @return the response (summary and histogram, not the N values)
     */
    public static AnalysisResponses.MonteCarlo toResponse(String id, String currency, double base, SimulationResult r) {
        List<AnalysisResponses.Percentile> ps = new ArrayList<>();
        for (Percentile p : r.percentiles()) {
            ps.add(new AnalysisResponses.Percentile(p.probability(), p.value()));
        }
        return new AnalysisResponses.MonteCarlo(id, currency, base, r.draws(), r.seed(), r.mean(), r.standardDeviation(),
                r.standardError(), r.confidenceLower(), r.confidenceUpper(), ps,
                r.target().isPresent() ? r.target().getAsDouble() : null,
                r.probabilityAboveTarget().isPresent() ? r.probabilityAboveTarget().getAsDouble() : null,
                new AnalysisResponses.Histogram(r.histogram().lower(), r.histogram().width(), r.histogram().counts()),
                r.zeroShare(), r.largestShare(), r.effectiveSampleSize(), r.warnings(),
                ExplanationResponse.from(r.explanation()));
    }
}
