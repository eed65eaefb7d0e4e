package org.dataprice.split.shapley;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.split.game.PlayerValues;

/**
 * The power indices of a weighted majority game ({@link WeightedMajorityPower}).
 *
 * @param shapleyShubik     the Shapley–Shubik index, summing to 1; not null
 * @param banzhaf           the raw Banzhaf index (swings / 2<sup>n−1</sup>); not null
 * @param normalisedBanzhaf the Banzhaf index normalised to sum to 1 (0 when nobody swings); not null
 * @param swingsBySize      swings[i][k]: coalitions of size k for which player i is pivotal, exact
 *                          counts from which the indices are exact rationals; copied
 */
public record VotingPower(PlayerValues shapleyShubik, PlayerValues banzhaf, PlayerValues normalisedBanzhaf,
        List<List<Long>> swingsBySize) {
    /** Validates and copies. */
    public VotingPower {
        Require.notNull(shapleyShubik, "shapleyShubik");
        Require.notNull(banzhaf, "banzhaf");
        Require.notNull(normalisedBanzhaf, "normalisedBanzhaf");
        swingsBySize = List.copyOf(Require.nonEmptyCopy(swingsBySize, "swingsBySize"));
    }
}
