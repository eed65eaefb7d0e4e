package org.dataprice.supervision.robust;

/** Which spread a {@link CellStatistics} scales its scores by. */
public enum ScaleSource {
    /** 1.4826 · MAD, the Hampel filter's scale. */
    MAD,
    /**
     * 1.2533 · mean |x − median| (√(π/2) makes it consistent for σ under normality), used when more than half the
     * cell's prices are identical and the MAD is 0 (the fallback of Iglewicz &amp; Hoaglin 1993, §3.4, as in the
     * "modified z-score" of IBM SPSS Modeler).
     */
    MEAN_ABSOLUTE_DEVIATION,
    /** No spread: too few prices, or every price equal. The filter raises no alert and gives a warning. */
    NONE
}
