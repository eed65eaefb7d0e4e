package org.dataprice.finance.montecarlo;

/** Which way a barrier is crossed and what crossing does. */
public enum BarrierKind {
    /** Comes alive when S ≥ B at a monitoring date. */
    UP_AND_IN,
    /** Dies when S ≥ B at a monitoring date. */
    UP_AND_OUT,
    /** Comes alive when S ≤ B at a monitoring date. */
    DOWN_AND_IN,
    /** Dies when S ≤ B at a monitoring date. */
    DOWN_AND_OUT;

    /** @return true for an up barrier */
    public boolean up() {
        return this == UP_AND_IN || this == UP_AND_OUT;
    }

    /** @return true for a knock-in */
    public boolean knockIn() {
        return this == UP_AND_IN || this == DOWN_AND_IN;
    }
}
