package org.dataprice.api.split;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Whether the worths are profits (more is better) or costs (less is better). It matters for the
 * nucleolus, the least core and the core check, which are taken on the cost side for a cost game;
 * Shapley and Banzhaf values are linear, so for a cost game they are the cost shares directly.
 */
@Serdeable
public enum GameKind {
    /** v(S) is what S earns. */
    PROFIT,
    /** c(S) is what S costs. */
    COST
}
