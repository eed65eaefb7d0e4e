package org.dataprice.split.game;

import org.dataprice.explain.StepKey;

/** Step keys shared by the value computations of {@code org.dataprice.split}. */
public final class GameSteps {
    /** The game's grand-coalition worth v(N). */
    public static final StepKey GRAND_COALITION = StepKey.of("split.grandCoalition", "Worth of the grand coalition v(N)");
    /** The value of one player (a child of {@link #VALUES}). */
    public static final StepKey PLAYER_VALUE = StepKey.of("split.playerValue", "Value of player");
    /** The values of all players; the result is their sum. */
    public static final StepKey VALUES = StepKey.of("split.values", "Values of the players (sum)");

    private GameSteps() {
    }
}
