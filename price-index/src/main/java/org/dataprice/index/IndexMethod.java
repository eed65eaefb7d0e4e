package org.dataprice.index;

/**
 * Any index method that turns a panel into an index result carrying its settings: a bilateral formula
 * with its linking, a multilateral method on one window, or a rolling-window extension. Used by
 * sub-indices, composites and {@code org.dataprice.index.method.IndexMethods}. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface IndexMethod {
    /**
     * @param panel the prices and quantities; not null
     * @return the index with settings and explanation
     */
    IndexResult compute(PricePanel panel);
}
