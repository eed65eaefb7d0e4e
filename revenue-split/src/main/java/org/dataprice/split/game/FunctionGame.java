package org.dataprice.split.game;

import org.dataprice.error.Require;

/** A game backed by a caller's {@link CharacteristicFunction}; see {@link Game#of}. */
final class FunctionGame implements Game {
    private final int players;
    private final CharacteristicFunction function;

    FunctionGame(int players, CharacteristicFunction function) {
        this.players = Games.checkPlayers(players, Game.MAX_PLAYERS, "players");
        this.function = Require.notNull(function, "function");
    }

    @Override
    public int players() {
        return players;
    }

    @Override
    public double value(long coalition) {
        return function.value(coalition);
    }
}
