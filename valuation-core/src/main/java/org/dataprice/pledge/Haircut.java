package org.dataprice.pledge;

import org.dataprice.error.Require;

/**
 * One haircut applied to a pledge loan's LTV.
 *
 * @param name   e.g. {@code "noRegistration"}; not blank
 * @param factor the multiplier, in [0, 1]
 * @param reason why it applies; not blank
 */
public record Haircut(String name, double factor, String reason) {
    /** Validates. */
    public Haircut {
        Require.notBlank(name, "name");
        Require.probability(factor, "factor");
        Require.notBlank(reason, "reason");
    }
}
