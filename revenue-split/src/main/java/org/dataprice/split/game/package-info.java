/**
 * Cooperative games (合作博弈) with transferable utility: explicit tables over bitmask coalitions
 * ({@link org.dataprice.split.game.TableGame}), rule games (weighted majority, airport, glove,
 * bankruptcy, additive plus pairwise synergies, sums of unanimity games), caller-supplied
 * characteristic functions, the savings game of a cost game, and the incremental (walk) form used by
 * permutation sampling.
 */
package org.dataprice.split.game;
