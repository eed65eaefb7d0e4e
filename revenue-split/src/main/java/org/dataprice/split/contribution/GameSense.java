package org.dataprice.split.contribution;

import org.dataprice.error.Require;
import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.IncrementalGame;
import org.dataprice.split.game.MinimumSpanningTreeGame;

/**
 * Whether a game's worths are profits (more is better) or costs (less is better). The Shapley and Banzhaf values
 * are linear, so for a cost game they are the cost shares directly; the nucleolus and the least core are taken on
 * the cost side (the excess of a coalition is x(S) − c(S)), and the prenucleolus is defined here for profit games
 * only (Schmeidler 1969; for cost allocation, Young, "Cost allocation", Handbook of Game Theory 2, 1994, §4).
 */
public enum GameSense {
    /** v(S) is what S earns. */
    PROFIT,
    /** c(S) is what S costs. */
    COST;

    /**
     * The sense a game has by construction, when the caller does not say: {@link #COST} for the airport game
     * (c(S) = max of the needed facilities, Littlechild &amp; Owen 1973) and the minimum-spanning-tree game (the cost
     * of connecting S to the source, Castro, Gómez &amp; Tejada 2009 §4), {@link #PROFIT} for every other game.
     *
     * @param game the game; not null
     * @return its natural sense
     */
    public static GameSense natural(IncrementalGame game) {
        Require.notNull(game, "game");
        return game instanceof AirportGame || game instanceof MinimumSpanningTreeGame ? COST : PROFIT;
    }
}
