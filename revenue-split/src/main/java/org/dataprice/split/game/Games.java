package org.dataprice.split.game;

import org.dataprice.error.Require;

/** Checks shared by the games of this package. */
final class Games {
    private Games() {
    }

    /** n in [1, limit]. */
    static int checkPlayers(int n, int limit, String field) {
        Require.atLeast(n, 1, field);
        Require.withinLimit(n, limit, field, "");
        return n;
    }

    /** A copied array of finite values, at least one. */
    static double[] finiteCopy(double[] values, String field) {
        Require.finite(values, field);
        Require.atLeast(values.length, 1, field + ".length");
        return values.clone();
    }
}
