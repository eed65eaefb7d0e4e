package org.dataprice.finance.lattice;

/** When an option may be exercised. */
public enum ExerciseStyle {
    /** Only at expiry (欧式). */
    EUROPEAN,
    /** At any node up to expiry, including now (美式). */
    AMERICAN
}
