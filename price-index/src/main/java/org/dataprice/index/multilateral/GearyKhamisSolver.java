package org.dataprice.index.multilateral;

/** How the Geary–Khamis equations are solved. */
public enum GearyKhamisSolver {
    /** Fixed-point iteration on quality-adjusting factors and price levels until the tolerance is met. */
    ITERATIVE,
    /** The direct N × N linear system (Diewert 1999): exact, O(T·N² + N³), limited to 2,000 products. */
    MATRIX
}
