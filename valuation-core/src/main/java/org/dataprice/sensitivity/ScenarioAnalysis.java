package org.dataprice.sensitivity;

import org.dataprice.progress.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.dataprice.simulation.ValuationModel;

/**
 * Scenario analysis (情景分析): the value in each of a few named scenarios (e.g. pessimistic, base,
 * optimistic) and the probability-weighted value.
 *
 * <p>Formula: V<sub>s</sub> = f(x₀ with the scenario's overrides), E[V] = Σ p<sub>s</sub>·V<sub>s</sub>,
 * SD = √(Σ p<sub>s</sub>(V<sub>s</sub> − E[V])²), with Σ p<sub>s</sub> = 1 (within
 * {@value #PROBABILITY_TOLERANCE}). Probability-weighted scenarios are the expected cash flow approach
 * of IVS 105 §50.3 and the 2023 CAS data-asset guidance's multi-scenario income form
 * (domain notes §1.2). Stateless and thread-safe.
 */
public final class ScenarioAnalysis {
    /** The default instance. */
    public static final ScenarioAnalysis DEFAULT = new ScenarioAnalysis();
    /** The most scenarios accepted. */
    public static final int MAX_SCENARIOS = 1_000;
    /** The tolerance on Σ p = 1. */
    public static final double PROBABILITY_TOLERANCE = 1e-9;

    private static final String METHOD = "sensitivity.scenarios";

    /**
     * @param inputs the base case and scenarios; not null
     * @return the scenario values and the probability-weighted value
     */
    public ScenarioTable compute(ScenarioInputs inputs) {
        return compute(inputs, Progress.NONE);
    }

    /**
     * The same table, bit for bit, reporting model evaluations done (the base case and one per scenario).
     *
     * @param inputs   the base case and scenarios; not null
     * @param progress told (evaluations done, 1 + scenarios) before the first and after each evaluation; may throw
     *                 {@link org.dataprice.error.CancelledException} to stop; not null
     * @return the scenario values and the probability-weighted value
     */
    public ScenarioTable compute(ScenarioInputs inputs, Progress progress) {
        Require.notNull(inputs, "inputs");
        Require.notNull(progress, "progress");
        ValuationModel model = inputs.base().model();
        double[] base = inputs.base().toArray();
        long evaluations = 1L + inputs.scenarios().size();
        progress.advance(0, evaluations);
        double baseValue = model.evaluate(base, "the base case");
        progress.advance(1, evaluations);
        List<ScenarioRow> rows = new ArrayList<>();
        double weighted = 0;
        for (Scenario s : inputs.scenarios()) {
            double[] x = base.clone();
            for (Map.Entry<String, Double> e : s.overrides().entrySet()) {
                x[model.indexOf(e.getKey(), "overrides")] = e.getValue();
            }
            double v = model.evaluate(x, "scenario " + s.name());
            rows.add(new ScenarioRow(s.name(), s.probability(), v, s.probability() * v));
            progress.advance(1L + rows.size(), evaluations);
            weighted += s.probability() * v; // E[V] = Σ p_s V_s
        }
        double variance = 0;
        for (ScenarioRow r : rows) {
            variance += r.probability() * (r.value() - weighted) * (r.value() - weighted);
        }
        double sd = Math.sqrt(variance);
        Explanation.Builder b = Explanation.builder(METHOD).input("model", model.name())
                .hashOnly("base", inputs.base().values().toString());
        for (Scenario s : inputs.scenarios()) {
            b.hashOnly("scenario." + s.name(), s.probability() + " " + new java.util.TreeMap<>(s.overrides()));
        }
        b.step(Step.builder(SensitivitySteps.BASE_VALUE).formula("V₀ = f(x₀)").result(baseValue, model.unit()).build());
        Step.Builder total = Step.builder(SensitivitySteps.WEIGHTED_VALUE).formula("E[V] = Σ p_s · V_s")
                .source("IVS 105 §50.3 (expected cash flows); CAS 2023 data-asset guidance, multi-scenario income form");
        for (ScenarioRow r : rows) {
            total.child(Step.builder(SensitivitySteps.SCENARIO_VALUE).formula("V_s = f(x₀ with overrides of " + r.name() + ")")
                    .input("p", r.probability(), "").result(r.value(), model.unit()).build());
        }
        b.step(Step.builder(SensitivitySteps.SCENARIO_STANDARD_DEVIATION).formula("√(Σ p_s (V_s − E[V])²)")
                .result(sd, model.unit()).build());
        b.step(total.result(weighted, model.unit()).build());
        return new ScenarioTable(baseValue, rows, weighted, sd, b.build());
    }
}
