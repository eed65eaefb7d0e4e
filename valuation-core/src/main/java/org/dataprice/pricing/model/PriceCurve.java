package org.dataprice.pricing.model;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A price curve over noise variance: points with strictly increasing variance.
 *
 * @param points at least one, strictly increasing in variance, at most {@link #MAX_POINTS}; copied
 */
public record PriceCurve(List<PricePoint> points) {
    /** The largest curve accepted. */
    public static final int MAX_POINTS = 100_000;

    /** Validates. */
    public PriceCurve {
        points = Require.nonEmptyCopy(points, "points");
        Require.withinLimit(points.size(), MAX_POINTS, "points", "");
        for (int i = 1; i < points.size(); i++) {
            Require.that(points.get(i).variance() > points.get(i - 1).variance(), "points[" + i + "].variance",
                    points.get(i).variance(), Rule.GREATER_THAN, points.get(i - 1).variance());
        }
    }
}
