package org.dataprice.split.sampling;

import org.dataprice.error.Require;

/**
 * Options of a sampling estimator.
 *
 * @param seed                the seed of the random stream (results are reproducible from it)
 * @param maxSamples          the budget: permutations (PLAIN; ANTITHETIC rounds up to whole pairs) or
 *                            marginal contributions per player (STRATIFIED, rounded up to whole rounds of
 *                            the n strata), in [2, {@link #MAX_SAMPLES}]
 * @param targetStandardError stop once every player's standard error is at most this (≥ 0; 0 runs
 *                            the whole budget); checked after each round of blocks
 * @param confidence          the confidence level of the intervals, in (0, 1), e.g. 0.95
 * @param variant             the sampling scheme; not null
 * @param blockSize           permutations (or per-stratum draws × n) per block, in [2, 2^20], even; blocks
 *                            are the unit of parallel work and of the stop check
 */
public record SamplingOptions(long seed, long maxSamples, double targetStandardError, double confidence,
        SamplingVariant variant, int blockSize) {
    /** The confidence of the intervals when none is asked for. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** The block size when none is asked for. */
    public static final int DEFAULT_BLOCK_SIZE = 1000;
    /** The target standard error when none is asked for: none, the whole budget runs. */
    public static final double NO_TARGET = 0;
    /** The sampling scheme when none is asked for. */
    public static final SamplingVariant DEFAULT_VARIANT = SamplingVariant.PLAIN;
    /** The largest budget accepted. */
    public static final long MAX_SAMPLES = 1_000_000_000L;

    /** Validates. */
    public SamplingOptions {
        Require.atLeast(maxSamples, 2L, "maxSamples");
        Require.withinLimit(maxSamples, MAX_SAMPLES, "maxSamples", "");
        Require.nonNegative(targetStandardError, "targetStandardError");
        Require.inOpenRange(confidence, 0, 1, "confidence");
        Require.notNull(variant, "variant");
        Require.atLeast(blockSize, 2, "blockSize");
        Require.withinLimit(blockSize, 1 << 20, "blockSize", "");
        Require.that(blockSize % 2 == 0, "blockSize", blockSize, org.dataprice.error.Rule.INVALID_FORMAT, "an even number");
    }

    /**
     * Plain permutation sampling of a fixed budget at 95 % confidence, blocks of 1,000.
     *
     * @param seed       the seed
     * @param maxSamples the number of permutations
     * @return the options
     */
    public static SamplingOptions of(long seed, long maxSamples) {
        return new SamplingOptions(seed, maxSamples, NO_TARGET, DEFAULT_CONFIDENCE, DEFAULT_VARIANT, DEFAULT_BLOCK_SIZE);
    }

    /**
     * @param variant the variant; not null
     * @return a copy with that variant
     */
    public SamplingOptions withVariant(SamplingVariant variant) {
        return new SamplingOptions(seed, maxSamples, targetStandardError, confidence, variant, blockSize);
    }

    /**
     * @param target the target standard error, ≥ 0
     * @return a copy with that stop rule
     */
    public SamplingOptions withTargetStandardError(double target) {
        return new SamplingOptions(seed, maxSamples, target, confidence, variant, blockSize);
    }
}
