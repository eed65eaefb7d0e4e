package org.dataprice.sensitivity;

import org.dataprice.error.Require;

/**
 * One bar of a tornado chart.
 *
 * @param name        the input moved
 * @param lowInput    the input's low value
 * @param highInput   the input's high value
 * @param valueAtLow  V with this input at its low and the others at base
 * @param valueAtHigh V with this input at its high and the others at base
 * @param swing       |valueAtHigh − valueAtLow|, ≥ 0
 */
public record TornadoBar(String name, double lowInput, double highInput, double valueAtLow, double valueAtHigh,
        double swing) {
    /** Validates. */
    public TornadoBar {
        Require.notBlank(name, "name");
        Require.finite(lowInput, "lowInput");
        Require.finite(highInput, "highInput");
        Require.finite(valueAtLow, "valueAtLow");
        Require.finite(valueAtHigh, "valueAtHigh");
        Require.nonNegative(swing, "swing");
    }

    /** @return the smaller of the two values */
    public double minValue() {
        return Math.min(valueAtLow, valueAtHigh);
    }

    /** @return the larger of the two values */
    public double maxValue() {
        return Math.max(valueAtLow, valueAtHigh);
    }
}
