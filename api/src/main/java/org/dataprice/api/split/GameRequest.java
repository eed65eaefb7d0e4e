package org.dataprice.api.split;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * A cooperative game in {@code POST /v1/contributions}. {@code type} says which fields are read;
 * the others must be absent. Players are numbered 0 … n−1. A missing field the type needs is a 422
 * ({@code not-null}, field {@code game.<name>}).
 *
 * @param type       the kind of game; required
 * @param kind       PROFIT or COST; default COST for AIRPORT and MST, PROFIT otherwise
 * @param players    n, for TABLE, UNANIMITY and MST
 * @param worths     TABLE: the 2<sup>n</sup> − 1 worths in CoopGame order (by size, then lexicographic:
 *                   v1, v2, v3, v12, v13, v23, v123)
 * @param coalitions TABLE: worths by coalition (members listed); unlisted coalitions are worth 0
 * @param quota      WEIGHTED_MAJORITY: the quota q
 * @param weights    WEIGHTED_MAJORITY: integer weights
 * @param costs      AIRPORT: each player's runway cost
 * @param left       GLOVE: players holding a left glove
 * @param right      GLOVE: players holding a right glove
 * @param estate     BANKRUPTCY: the estate E
 * @param claims     BANKRUPTCY: the claims
 * @param additive   SYNERGY: stand-alone worths a<sub>i</sub>
 * @param synergies  SYNERGY: pairwise synergies b<sub>ij</sub> (unlisted pairs 0)
 * @param dividends  UNANIMITY: Harsanyi dividends by carrier coalition
 * @param sourceCost MST: K, the cost of each player's edge to the source; finite, ≥ 0
 * @param edgeCost   MST: e, the cost of the edge between ring neighbours; finite, ≥ 0
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameRequest(
        @NotNull GameType type,
        @Nullable GameKind kind,
        @Nullable Integer players,
        @Nullable List<@NotNull Double> worths,
        @Nullable List<@Valid @NotNull CoalitionWorth> coalitions,
        @Nullable Long quota,
        @Nullable List<@NotNull Long> weights,
        @Nullable List<@NotNull Double> costs,
        @Nullable Integer left,
        @Nullable Integer right,
        @Nullable Double estate,
        @Nullable List<@NotNull Double> claims,
        @Nullable List<@NotNull Double> additive,
        @Nullable List<@Valid @NotNull CoalitionWorth> synergies,
        @Nullable List<@Valid @NotNull CoalitionWorth> dividends,
        @Nullable Double sourceCost,
        @Nullable Double edgeCost) {

    /**
     * A worth attached to a coalition: v(S) in a table, b<sub>ij</sub> for a pair, d<sub>T</sub> for a carrier.
     *
     * @param members the players of the coalition, distinct, in [0, n); not empty
     * @param worth   the figure
     */
    @Serdeable
    public record CoalitionWorth(@NotEmpty List<@NotNull Integer> members, @NotNull Double worth) {
    }
}
