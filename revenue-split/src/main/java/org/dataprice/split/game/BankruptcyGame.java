package org.dataprice.split.game;

import org.dataprice.error.Require;

/**
 * The bankruptcy (estate division) game (破产博弈) of O'Neill (1982): an estate E is owed claims
 * d<sub>1..n</sub> with Σd ≥ E, and a coalition can secure what the others leave it,
 * v(S) = max(0, E − Σ<sub>j∉S</sub> d<sub>j</sub>). Aumann &amp; Maschler (1985) show that its nucleolus is
 * the Talmud rule: for claims (100, 200, 300) and estates 100, 200, 300 it gives (33⅓, 33⅓, 33⅓),
 * (50, 75, 75) and (50, 100, 150).
 *
 * <p>Estate and claims finite, ≥ 0, estate ≤ Σ claims. Immutable and thread-safe.
 *
 * <p>Sources: O'Neill, Math. Social Sciences 2 (1982) 345–371; Aumann &amp; Maschler, "Game theoretic
 * analysis of a bankruptcy problem from the Talmud", J. Economic Theory 36 (1985) 195–213.
 */
public final class BankruptcyGame implements Game {
    private final double estate;
    private final double[] claims;
    private final double totalClaims;

    private BankruptcyGame(double estate, double[] claims, double totalClaims) {
        this.estate = estate;
        this.claims = claims;
        this.totalClaims = totalClaims;
    }

    /**
     * @param estate the estate E ≥ 0, at most the sum of the claims
     * @param claims the claims d<sub>i</sub> ≥ 0, 1 … {@link Game#MAX_PLAYERS}; copied
     * @return the game
     */
    public static BankruptcyGame of(double estate, double... claims) {
        double[] copy = Games.finiteCopy(claims, "claims");
        Games.checkPlayers(copy.length, Game.MAX_PLAYERS, "claims.length");
        double total = 0;
        for (int i = 0; i < copy.length; i++) {
            total += Require.nonNegative(copy[i], "claims[" + i + "]");
        }
        Require.inClosedRange(estate, 0, total, "estate");
        return new BankruptcyGame(estate, copy, total);
    }

    /** @return the estate E */
    public double estate() {
        return estate;
    }

    /** @return a copy of the claims */
    public double[] claims() {
        return claims.clone();
    }

    @Override
    public int players() {
        return claims.length;
    }

    @Override
    public double value(long coalition) {
        double inside = 0;
        for (long s = coalition; s != 0; s &= s - 1) {
            inside += claims[Long.numberOfTrailingZeros(s)];
        }
        return Math.max(0, estate - (totalClaims - inside)); // E − Σ_{j∉S} d_j
    }
}
