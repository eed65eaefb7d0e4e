package org.dataprice.valuation.market;

import org.dataprice.error.Require;

/**
 * The volume adjustment X4 (容量修正系数) = (V_subject / V_comparable)^β: β = 1 is the linear ratio of
 * the 2019 expert guide ("at similar value density, more volume is worth more"); β ∈ (0, 1) a concave
 * power for diminishing returns to volume.
 *
 * @param exponent β ∈ (0, 1]
 */
public record VolumeAdjustment(double exponent) {
    /** The linear ratio, β = 1. */
    public static final VolumeAdjustment LINEAR = new VolumeAdjustment(1);

    /** Validates. */
    public VolumeAdjustment {
        Require.positive(exponent, "exponent");
        Require.atMost(exponent, 1, "exponent");
    }

    /**
     * @param exponent β ∈ (0, 1]
     * @return the concave power form
     */
    public static VolumeAdjustment power(double exponent) {
        return new VolumeAdjustment(exponent);
    }

    /**
     * @param subjectVolume    the subject's volume, &gt; 0
     * @param comparableVolume the comparable's volume, &gt; 0
     * @return X4
     */
    public double factor(double subjectVolume, double comparableVolume) {
        double ratio = subjectVolume / comparableVolume;
        return exponent == 1 ? ratio : StrictMath.pow(ratio, exponent);
    }
}
