package org.dataprice.split.game;

/**
 * A caller-supplied characteristic function v: 2<sup>N</sup> → ℝ (特征函数) over bitmask coalitions.
 * It must be pure, deterministic, finite and thread-safe (exact values evaluate it from both cores).
 */
@FunctionalInterface
public interface CharacteristicFunction {
    /**
     * @param coalition the coalition as a bitmask
     * @return its worth; finite
     */
    double value(long coalition);
}
