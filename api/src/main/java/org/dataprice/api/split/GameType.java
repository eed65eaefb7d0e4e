package org.dataprice.api.split;

import io.micronaut.serde.annotation.Serdeable;

/** The kinds of game {@code POST /v1/contributions} accepts, and the fields each one reads. */
@Serdeable
public enum GameType {
    /** An explicit table: {@code players} and either {@code worths} (CoopGame order) or {@code coalitions}. */
    TABLE,
    /** Weighted majority: {@code quota}, integer {@code weights}. */
    WEIGHTED_MAJORITY,
    /** Airport (a cost game): {@code costs}. */
    AIRPORT,
    /** Glove: {@code left}, {@code right}. */
    GLOVE,
    /** Bankruptcy: {@code estate}, {@code claims}. */
    BANKRUPTCY,
    /** Additive plus pairwise synergies: {@code additive}, {@code synergies}. */
    SYNERGY,
    /** A sum of unanimity games: {@code players}, {@code dividends}. */
    UNANIMITY,
    /**
     * Minimum-spanning-tree cost game on a ring (Castro, Gómez &amp; Tejada 2009 §4): {@code players},
     * {@code sourceCost}, {@code edgeCost}.
     */
    MST
}
