package org.dataprice.supervision.robust;

import org.dataprice.error.Require;

/**
 * The robust location and scale of the log unit prices of one comparable cell (a category and month), as the
 * {@link HampelFilter} uses them.
 *
 * @param size        number of prices in the cell, &ge; 0
 * @param median      median of the log unit prices (0 when the cell is empty)
 * @param mad         1.4826 · MAD, &ge; 0
 * @param scale       the scale scores are divided by: {@code mad}, or the fallback of {@link ScaleSource}; &ge; 0
 * @param scaleSource where {@code scale} came from; not null
 */
public record CellStatistics(int size, double median, double mad, double scale, ScaleSource scaleSource) {
    /** Validates. */
    public CellStatistics {
        Require.atLeast(size, 0, "size");
        Require.finite(median, "median");
        Require.nonNegative(mad, "mad");
        Require.nonNegative(scale, "scale");
        Require.notNull(scaleSource, "scaleSource");
        Require.that((scaleSource == ScaleSource.NONE) == (scale == 0), "scale", scale,
                org.dataprice.error.Rule.INVALID_STATE, "scale is 0 exactly when the source is NONE");
    }

    /** @return true when scores can be computed (a positive scale) */
    public boolean usable() {
        return scaleSource != ScaleSource.NONE;
    }
}
