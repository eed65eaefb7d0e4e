package org.dataprice.appraisal.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A chart axis with round-number ticks: the step is a "nice number" 1, 2 or 5 × 10^k (Heckbert, "Nice numbers for graph
 * labels", Graphics Gems, 1990, with the 1-2-5 series of statistical offices), the smallest such step that covers the
 * data in at most {@code maxTicks - 1} intervals; the axis runs from the data minimum rounded down to a step to the
 * maximum rounded up. A degenerate range (min = max) is widened to one step around the value. Ticks are computed as
 * {@code min + i × step} in decimal ({@link BigDecimal}), so they print as {@code 0.1, 0.2, 0.3}, never
 * {@code 0.30000000000000004}.
 *
 * @param min  the axis start (a multiple of step)
 * @param max  the axis end (a multiple of step), greater than min
 * @param step the tick step, 1, 2 or 5 × 10^k
 */
public record NiceScale(BigDecimal min, BigDecimal max, BigDecimal step) {
    /** Validates. */
    public NiceScale {
        Require.notNull(min, "min");
        Require.notNull(max, "max");
        Require.notNull(step, "step");
        Require.that(max.compareTo(min) > 0, "max", max, Rule.GREATER_THAN, min);
        Require.that(step.signum() > 0, "step", step, Rule.GREATER_THAN, 0);
    }

    /**
     * @param lo       the smallest value to show; finite
     * @param hi       the largest value to show; finite, at least lo
     * @param maxTicks the most ticks wanted, 2 to 20
     * @return the scale
     */
    public static NiceScale of(double lo, double hi, int maxTicks) {
        Require.finite(lo, "lo");
        Require.finite(hi, "hi");
        Require.atLeast(hi, lo, "hi");
        Require.inClosedRange(maxTicks, 2, 20, "maxTicks");
        double span = hi - lo;
        if (span == 0) {
            span = lo == 0 ? 1 : Math.abs(lo) * 0.1;
        }
        BigDecimal step = niceStep(span / (maxTicks - 1));
        BigDecimal min = BigDecimal.valueOf(lo).divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step);
        BigDecimal max = BigDecimal.valueOf(hi).divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
        if (max.compareTo(min) == 0) {
            max = max.add(step);
        }
        return new NiceScale(min.stripTrailingZeros(), max.stripTrailingZeros(), step);
    }

    /**
     * @param raw a positive step; finite
     * @return the smallest of 1, 2, 5 × 10^k that is at least raw
     */
    public static BigDecimal niceStep(double raw) {
        Require.positive(Require.finite(raw, "raw"), "raw");
        int exponent = (int) Math.floor(Math.log10(raw));
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal r = BigDecimal.valueOf(raw);
        for (int m : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(m));
            if (candidate.compareTo(r) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN).stripTrailingZeros();
    }

    /** @return the tick values from min to max inclusive */
    public List<BigDecimal> ticks() {
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            out.add(t);
        }
        return List.copyOf(out);
    }

    /**
     * @param value  a value; finite
     * @param length the axis length in px
     * @return its position from the axis start, {@code (value − min) / (max − min) × length}
     */
    public double position(double value, double length) {
        double lo = min.doubleValue();
        return (Require.finite(value, "value") - lo) / (max.doubleValue() - lo) * length;
    }
}
