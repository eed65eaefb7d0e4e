package org.dataprice.api.valuation;

import org.dataprice.appraisal.driver.EngagementDrivers;
import org.dataprice.sensitivity.BaseCase;
import org.dataprice.sensitivity.ScenarioAnalysis;
import org.dataprice.sensitivity.ScenarioInputs;
import org.dataprice.sensitivity.ScenarioTable;
import org.dataprice.sensitivity.Tornado;
import org.dataprice.sensitivity.TornadoInputs;
import org.dataprice.sensitivity.TornadoResult;
import org.dataprice.sensitivity.TwoWayAnalysis;
import org.dataprice.sensitivity.TwoWayInputs;
import org.dataprice.sensitivity.TwoWayTable;
import org.dataprice.simulation.InputDistribution;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.SimulationResult;
import org.dataprice.simulation.ValuationMonteCarlo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataprice.api.MapperRoundTrip.assertCarried;
import static org.dataprice.api.MapperRoundTrip.assertFullyPopulated;

/**
 * No silent data drops in {@link AnalysisMapper}: fully populated sensitivity and Monte Carlo requests over the
 * drivers of a fully populated engagement ({@link ValuationMapperTest#engagement()}) map to core inputs that carry
 * every field, and the core results map to responses that carry every figure (the two-way table's base cell and the
 * Monte Carlo target included). Only the N simulated values are deliberately not shown (summary and histogram).
 */
class AnalysisMapperTest {
    private static EngagementDrivers drivers;
    private static List<String> names;

    @BeforeAll
    static void drivers() {
        drivers = new EngagementDrivers(ValuationMapper.toModel(ValuationMapperTest.engagement()));
        names = drivers.names();
        assertThat(names).hasSizeGreaterThanOrEqualTo(3);
    }

    private static double base(int i) {
        return drivers.base(names.get(i));
    }

    private static AnalysisRequests.Sensitivity sensitivity() {
        return new AnalysisRequests.Sensitivity(
                List.of(new AnalysisRequests.Range(names.get(0), base(0) * 0.9, base(0) * 1.1),
                        new AnalysisRequests.Range(names.get(1), base(1) * 0.8, base(1) * 1.2)),
                new AnalysisRequests.TwoWay(names.get(0), List.of(base(0) * 0.9, base(0) * 1.1), names.get(1),
                        List.of(base(1) * 0.8, base(1) * 1.2)),
                List.of(new AnalysisRequests.Scenario("low", 0.3, List.of(new AnalysisRequests.DriverValue(names.get(0),
                                base(0) * 0.9), new AnalysisRequests.DriverValue(names.get(1), base(1) * 0.8))),
                        new AnalysisRequests.Scenario("high", 0.7, List.of(new AnalysisRequests.DriverValue(names.get(2),
                                base(2) * 1.05)))));
    }

    @Test
    void test_sensitivity_requestToCoreToResponse_carriesEveryField() {
        AnalysisRequests.Sensitivity r = sensitivity();
        assertFullyPopulated(r, Set.of());
        BaseCase base = AnalysisMapper.base(drivers);

        TornadoInputs t = AnalysisMapper.tornado(r, drivers, base);
        for (int i = 0; i < r.tornado().size(); i++) {
            assertCarried(r.tornado().get(i), t.ranges().get(i), Map.of("driver", "name"), Set.of());
        }
        TwoWayInputs w = AnalysisMapper.twoWay(r, drivers, base);
        assertCarried(r.twoWay(), w, Map.of("row", "rowInput", "column", "columnInput"), Set.of());
        ScenarioInputs s = AnalysisMapper.scenarios(r, drivers, base);
        assertThat(s.scenarios()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            AnalysisRequests.Scenario given = r.scenarios().get(i);
            assertCarried(given, s.scenarios().get(i), Map.of(), Set.of("overrides"));
            Map<String, Double> overrides = new LinkedHashMap<>();
            given.overrides().forEach(o -> overrides.put(o.driver(), o.value()));
            assertThat(s.scenarios().get(i).overrides()).isEqualTo(overrides);
        }

        TornadoResult tornado = Tornado.DEFAULT.compute(t);
        TwoWayTable table = TwoWayAnalysis.DEFAULT.compute(w);
        ScenarioTable scenarios = ScenarioAnalysis.DEFAULT.compute(s);
        AnalysisResponses.Sensitivity response = AnalysisMapper.toResponse("v-1", "USD", drivers, base, tornado, table,
                scenarios);

        assertThat(response.valuationId()).isEqualTo("v-1");
        assertThat(response.currency()).isEqualTo("USD");
        assertThat(response.baseValue()).isEqualTo(base.baseValue()).isEqualTo(tornado.baseValue())
                .isEqualTo(scenarios.baseValue());
        assertThat(response.drivers()).extracting(AnalysisResponses.Driver::name).containsExactlyElementsOf(names);
        assertThat(response.drivers()).extracting(AnalysisResponses.Driver::base)
                .containsExactlyElementsOf(drivers.baseValues());
        assertCarried(tornado, response.tornado(), Map.of("name", "driver", "lowInput", "low", "highInput", "high"),
                Set.of("baseValue"));
        assertCarried(table, response.twoWay(), Map.of("rowInput", "row", "columnInput", "column"), Set.of());
        assertCarried(scenarios, response.scenarios(), Map.of(), Set.of("baseValue"));
    }

    private static AnalysisRequests.Distribution distribution(AnalysisRequests.Kind kind, double at) {
        return switch (kind) {
            case NORMAL, LOGNORMAL -> new AnalysisRequests.Distribution(kind, at, at * 0.1, null, null, null, null);
            case TRIANGULAR, PERT -> new AnalysisRequests.Distribution(kind, null, null, at * 0.8, at, at * 1.3, null);
            case UNIFORM -> new AnalysisRequests.Distribution(kind, null, null, at * 0.8, null, at * 1.2, null);
            case FIXED -> new AnalysisRequests.Distribution(kind, null, null, null, null, null, at);
        };
    }

    @Test
    void test_monteCarlo_requestToCoreToResponse_carriesEveryField() {
        AnalysisRequests.MonteCarlo r = new AnalysisRequests.MonteCarlo(42L, 2_000,
                List.of(new AnalysisRequests.Input(names.get(0), distribution(AnalysisRequests.Kind.NORMAL, base(0))),
                        new AnalysisRequests.Input(names.get(1), distribution(AnalysisRequests.Kind.PERT, base(1)))),
                List.of(List.of(1.0, 0.3), List.of(0.3, 1.0)), List.of(0.05, 0.5, 0.95), 25, base(0));
        assertFullyPopulated(r, Set.of("inputs[0].distribution.min", "inputs[0].distribution.mode",
                "inputs[0].distribution.max", "inputs[0].distribution.value", "inputs[1].distribution.mean",
                "inputs[1].distribution.standardDeviation", "inputs[1].distribution.value"));

        SimulationInputs in = AnalysisMapper.monteCarlo(r, drivers, 10_000, 2);

        assertThat(in.model().inputNames()).containsExactly(names.get(0), names.get(1));
        assertThat(in.inputs()).extracting(i -> i.name()).containsExactly(names.get(0), names.get(1));
        assertThat(in.inputs().get(0).distribution()).isEqualTo(new InputDistribution.Normal(base(0), base(0) * 0.1));
        InputDistribution.Pert pert = (InputDistribution.Pert) in.inputs().get(1).distribution();
        assertThat(List.of(pert.min(), pert.mode(), pert.max())).containsExactly(base(1) * 0.8, base(1), base(1) * 1.3);
        assertThat(in.correlation().get(0, 1)).isEqualTo(0.3);
        assertCarried(r, in.settings(), Map.of(), Set.of("inputs", "correlation"));
        assertThat(in.settings().maxDraws()).isEqualTo(10_000);
        assertThat(in.settings().threads()).isEqualTo(2);

        SimulationResult result = ValuationMonteCarlo.DEFAULT.run(in);
        AnalysisResponses.MonteCarlo response = AnalysisMapper.toResponse("v-1", "USD", 123.0, result);

        // values: the N draws are summarised (percentiles, histogram), never listed
        assertCarried(result, response, Map.of(), Set.of("values"));
        assertThat(response.target()).isEqualTo(r.target());
        assertThat(response.valuationId()).isEqualTo("v-1");
        assertThat(response.baseValue()).isEqualTo(123.0);
    }

    /** Each other distribution kind maps to the core distribution of its parameters. */
    @Test
    void test_monteCarlo_everyDistributionKind() {
        for (AnalysisRequests.Kind kind : AnalysisRequests.Kind.values()) {
            AnalysisRequests.MonteCarlo r = new AnalysisRequests.MonteCarlo(1L, 100,
                    List.of(new AnalysisRequests.Input(names.get(0), distribution(kind, 10.0))), null, null, null, null);
            InputDistribution d = AnalysisMapper.monteCarlo(r, drivers, 1_000, 1).inputs().get(0).distribution();
            InputDistribution expected = switch (kind) {
                case NORMAL -> new InputDistribution.Normal(10, 1);
                case LOGNORMAL -> InputDistribution.LogNormal.ofMeanAndStandardDeviation(10, 1);
                case TRIANGULAR -> new InputDistribution.Triangular(8, 10, 13);
                case PERT -> new InputDistribution.Pert(8, 10, 13);
                case UNIFORM -> new InputDistribution.Uniform(8, 12);
                case FIXED -> new InputDistribution.Fixed(10);
            };
            assertThat(d).as(kind.name()).isEqualTo(expected);
        }
    }
}
