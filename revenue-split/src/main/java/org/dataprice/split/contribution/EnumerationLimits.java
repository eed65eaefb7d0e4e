package org.dataprice.split.contribution;

import org.dataprice.error.Require;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.nucleolus.Nucleolus;

/**
 * How many players the methods that enumerate coalitions may take: exact Shapley/Banzhaf enumerate all 2^n
 * coalitions (time 2^n · n), the nucleolus and least core solve linear programs over them. Games with a closed
 * form or a pseudo-polynomial algorithm (airport, weighted majority, synergy, unanimity, minimum spanning tree)
 * are not limited by {@code maxExactPlayers}.
 *
 * @param maxExactPlayers     the most players enumerated exactly, 1 to {@link TableGame#MAX_PLAYERS}
 * @param maxNucleolusPlayers the most players of the nucleolus and least core, 1 to {@link Nucleolus#MAX_PLAYERS}
 */
public record EnumerationLimits(int maxExactPlayers, int maxNucleolusPlayers) {
    /** The largest limits the algorithms allow. */
    public static final EnumerationLimits LARGEST = new EnumerationLimits(TableGame.MAX_PLAYERS, Nucleolus.MAX_PLAYERS);

    /** Validates. */
    public EnumerationLimits {
        Require.atLeast(maxExactPlayers, 1, "maxExactPlayers");
        Require.withinLimit(maxExactPlayers, TableGame.MAX_PLAYERS, "maxExactPlayers", "");
        Require.atLeast(maxNucleolusPlayers, 1, "maxNucleolusPlayers");
        Require.withinLimit(maxNucleolusPlayers, Nucleolus.MAX_PLAYERS, "maxNucleolusPlayers", "");
    }
}
