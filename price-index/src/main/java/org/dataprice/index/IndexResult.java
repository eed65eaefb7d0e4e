package org.dataprice.index;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;

/**
 * A price index: one level per period, relative to the first period (= 1), unrounded, with the
 * settings that produced it and an explanation.
 *
 * @param settings    the method and parameters that produced the levels; not null
 * @param periods     the periods, strictly increasing; not empty, copied
 * @param levels      the index level per period, finite and &gt; 0, first = 1; same size as periods
 * @param explanation how the levels were computed; its last step holds the last level
 */
public record IndexResult(IndexSettings settings, List<YearMonth> periods, List<Double> levels,
        Explanation explanation) {
    /** Validates and copies. */
    public IndexResult {
        Require.notNull(settings, "settings");
        periods = Require.nonEmptyCopy(periods, "periods");
        levels = Require.nonEmptyCopy(levels, "levels");
        Require.size(levels.size(), periods.size(), "levels");
        for (int t = 0; t < levels.size(); t++) {
            Require.positive(levels.get(t), "levels[" + t + "]");
        }
        Require.notNull(explanation, "explanation");
    }

    /**
     * @param settings    the settings; not null
     * @param periods     the periods; not empty
     * @param levels      the levels (copied)
     * @param explanation the explanation; not null
     * @return the result
     */
    public static IndexResult of(IndexSettings settings, List<YearMonth> periods, double[] levels,
            Explanation explanation) {
        List<Double> boxed = new ArrayList<>(levels.length);
        for (double v : levels) {
            boxed.add(v);
        }
        return new IndexResult(settings, periods, boxed, explanation);
    }

    /** @return a copy of the levels as a primitive array */
    public double[] levelsArray() {
        double[] out = new double[levels.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = levels.get(t);
        }
        return out;
    }

    /**
     * @param period a period of the index; not null
     * @return its level
     */
    public double level(YearMonth period) {
        int t = periods.indexOf(Require.notNull(period, "period"));
        Require.that(t >= 0, "period", period, Rule.UNKNOWN, "the index periods");
        return levels.get(t);
    }
}
