package org.dataprice.registry;

import java.math.BigDecimal;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * A party's share of one right: an exact fraction in (0, 1] with at most {@value #MAX_SCALE} decimal
 * places, held without trailing zeros so that {@code 0.50} and {@code 0.5} are the same share (and the same
 * canonical bytes).
 *
 * @param party    the holder's party id; an identifier ({@link RegistryText#id})
 * @param fraction the share; {@code 0 < fraction ≤ 1}, at most {@value #MAX_SCALE} decimals
 */
public record Share(String party, BigDecimal fraction) {
    /** Most decimal places of a share. */
    public static final int MAX_SCALE = 12;

    /** Checks and normalises the components. */
    public Share {
        RegistryText.id(party, "party");
        Require.notNull(fraction, "fraction");
        Require.that(fraction.signum() > 0, "fraction", fraction, Rule.GREATER_THAN, 0);
        Require.that(fraction.compareTo(BigDecimal.ONE) <= 0, "fraction", fraction, Rule.AT_MOST, 1);
        fraction = normal(fraction);
        Require.that(fraction.scale() <= MAX_SCALE, "fraction", fraction, Rule.PRECISION_LOSS, MAX_SCALE);
    }

    /**
     * @param party    the holder
     * @param fraction the share as decimal text, e.g. {@code "0.25"}
     * @return the share
     */
    public static Share of(String party, String fraction) {
        return new Share(party, new BigDecimal(fraction));
    }

    /** Strips trailing zeros, never to a negative scale ({@code 1}, not {@code 1E+0}). */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
