package org.dataprice.api.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's value axis with round-number ticks: the "nice numbers" of Heckbert (1990), "Nice numbers for graph
 * labels", Graphics Gems I, pp. 61–63. The range is rounded to a nice number {@code 1, 2, 5 × 10^k}; the tick step
 * is the nice number nearest {@code range / (ticks − 1)} (mantissa below 1.5 → 1, below 3 → 2, below 7 → 5, else
 * 10); the axis runs from {@code ⌊min / step⌋ × step} to {@code ⌈max / step⌉ × step}, so every tick is a whole
 * multiple of the step (90, 95, 100, 105 rather than 90.5, 98.0, 105.6) and the data lie inside the axis. Tick values
 * are exact decimals (no binary noise) and are labelled with as many decimals as the step has ({@code max(−k, 0)}).
 * An empty range ({@code min = max}) is widened by 1 on each side. Immutable.
 *
 * @param min   the axis bottom, a multiple of step
 * @param max   the axis top, a multiple of step, above min
 * @param step  the tick step, {@code 1, 2 or 5 × 10^k}
 * @param ticks the tick values from min to max
 */
public record ChartAxis(BigDecimal min, BigDecimal max, BigDecimal step, List<BigDecimal> ticks) {

    /**
     * @param lo    the smallest value to show; finite
     * @param hi    the largest value to show; finite, &ge; lo
     * @param ticks the wanted number of ticks, in [2, 20] (the result has about that many)
     * @return the axis
     * @throws IllegalArgumentException on a non-finite bound, {@code hi < lo} or ticks out of range
     */
    public static ChartAxis nice(double lo, double hi, int ticks) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || hi < lo || ticks < 2 || ticks > 20) {
            throw new IllegalArgumentException("axis bounds " + lo + ".." + hi + " with " + ticks + " ticks");
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            lo -= 1;
            hi += 1;
        }
        BigDecimal range = niceNumber(hi - lo, false);
        BigDecimal step = niceNumber(range.doubleValue() / (ticks - 1), true);
        BigDecimal min = step.multiply(BigDecimal.valueOf(lo).divide(step, 0, RoundingMode.FLOOR));
        BigDecimal max = step.multiply(BigDecimal.valueOf(hi).divide(step, 0, RoundingMode.CEILING));
        int scale = Math.max(step.stripTrailingZeros().scale(), 0);
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            values.add(v.setScale(scale, RoundingMode.UNNECESSARY));
        }
        return new ChartAxis(min.setScale(scale, RoundingMode.UNNECESSARY), max.setScale(scale, RoundingMode.UNNECESSARY),
                step.stripTrailingZeros(), List.copyOf(values));
    }

    /**
     * Heckbert's {@code nicenum}: a number {@code 1, 2, 5 or 10 × 10^k} near x.
     *
     * @param x     a positive finite number
     * @param round true: the nearest nice number; false: the smallest nice number &ge; x
     * @return it, exactly
     */
    static BigDecimal niceNumber(double x, boolean round) {
        int exponent = (int) Math.floor(Math.log10(x));
        double fraction = x / Math.pow(10, exponent);
        int nice;
        if (round) {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
    }

    /**
     * @param value a value on this axis
     * @return its position from the bottom, 0 at min and 1 at max
     */
    public double fraction(double value) {
        double lo = min.doubleValue();
        return (value - lo) / (max.doubleValue() - lo);
    }
}
