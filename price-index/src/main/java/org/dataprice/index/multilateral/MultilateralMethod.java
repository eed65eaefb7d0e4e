package org.dataprice.index.multilateral;

import org.dataprice.index.IndexMethod;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.PricePanel;

/**
 * A multilateral index method: given all periods of a window at once, it returns one transitive level
 * per period, the first equal to 1. Implementations are immutable and thread-safe.
 */
public interface MultilateralMethod extends IndexMethod {
    /** @return the method and its parameters */
    IndexSettings settings();

    /**
     * The primitive kernel used by window extension and benchmarks.
     *
     * @param window the periods of one window (all of them are used); not null
     * @return the levels, first = 1, each finite and &gt; 0
     */
    double[] levels(PricePanel window);

    /**
     * The levels over the whole panel as one window, with settings and explanation.
     *
     * @param panel the periods; not null
     * @return the result
     */
    IndexResult compute(PricePanel panel);
}
