package org.dataprice.sensitivity;

import org.dataprice.explain.StepKey;

/** The step keys of the sensitivity analyses. */
public final class SensitivitySteps {
    /** The value of the model at the base-case inputs. */
    public static final StepKey BASE_VALUE = StepKey.of("sensitivity.baseValue", "Base-case value V₀");
    /** One bar of a tornado: the values at the input's low and high. */
    public static final StepKey TORNADO_BAR = StepKey.of("sensitivity.tornadoBar", "Swing |V(high) − V(low)|");
    /** The largest swing of a tornado. */
    public static final StepKey LARGEST_SWING = StepKey.of("sensitivity.largestSwing", "Largest swing");
    /** The grid of a two-way table. */
    public static final StepKey TWO_WAY_GRID = StepKey.of("sensitivity.twoWayGrid", "Two-way table cells");
    /** One scenario's value. */
    public static final StepKey SCENARIO_VALUE = StepKey.of("sensitivity.scenarioValue", "Scenario value V_s");
    /** The standard deviation of the scenario values. */
    public static final StepKey SCENARIO_STANDARD_DEVIATION = StepKey.of("sensitivity.scenarioStandardDeviation",
            "Probability-weighted standard deviation");
    /** The probability-weighted value of a scenario table. */
    public static final StepKey WEIGHTED_VALUE = StepKey.of("sensitivity.weightedValue",
            "Probability-weighted value Σ p_s·V_s");

    private SensitivitySteps() {
    }
}
