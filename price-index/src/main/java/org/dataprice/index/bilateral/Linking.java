package org.dataprice.index.bilateral;

/**
 * How a bilateral index is carried from the first period to the others.
 *
 * <ul>
 *   <li>{@link #DIRECT}: fixed base, {@code P(0,t) = f(0, t)}, comparing every period with the first.</li>
 *   <li>{@link #CHAINED}: {@code P(0,t) = P(0,t-1) × f(t-1, t)}, comparing adjacent periods, so products
 *   entering or leaving the market are matched as soon as two adjacent periods share them.</li>
 * </ul>
 */
public enum Linking {
    /** Fixed base: each period compared with the first. */
    DIRECT,
    /** Chained: each period compared with the one before, links multiplied. */
    CHAINED
}
