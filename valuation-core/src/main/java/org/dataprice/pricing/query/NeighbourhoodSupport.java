package org.dataprice.pricing.query;

import java.util.function.ToLongFunction;
import org.dataprice.error.Require;

/**
 * QIRANA's neighbourhood support: the true database D is a vector of cells, each with a finite domain
 * {0, …, domainSize − 1}; each support world D′ changes exactly one cell to another value, so there are
 * cells × (domainSize − 1) worlds. World index = cell × (domainSize − 1) + k, where the new value is the
 * k-th value other than the true one. Evaluating a query on every world gives its {@link QueryAnswers}.
 *
 * <p>Limit: {@link SupportSet#MAX_WORLDS} worlds. Immutable (the database is copied) and thread-safe.
 */
public final class NeighbourhoodSupport {
    private final int[] database;
    private final int domainSize;

    /**
     * @param database   the true database as cell values in [0, domainSize); copied
     * @param domainSize the size of every cell's domain, 2..1,000,000
     */
    public NeighbourhoodSupport(int[] database, int domainSize) {
        Require.notNull(database, "database");
        Require.atLeast(database.length, 1, "database.length");
        Require.atLeast(domainSize, 2, "domainSize");
        Require.withinLimit((long) database.length * (domainSize - 1), SupportSet.MAX_WORLDS, "worlds", "");
        for (int i = 0; i < database.length; i++) {
            Require.that(database[i] >= 0 && database[i] < domainSize, "database[" + i + "]", database[i],
                    org.dataprice.error.Rule.OUT_OF_RANGE, "[0, " + domainSize + ")");
        }
        this.database = database.clone();
        this.domainSize = domainSize;
    }

    /** @return the number of worlds */
    public int worlds() {
        return database.length * (domainSize - 1);
    }

    /**
     * Evaluates a query on the true database and on every world.
     *
     * @param queryId the query's identifier; not blank
     * @param query   the query as a function of the cells to a 64-bit answer fingerprint; must not keep
     *                or modify its argument; not null
     * @return what the query reveals
     */
    public QueryAnswers answers(String queryId, ToLongFunction<int[]> query) {
        Require.notNull(query, "query");
        int[] scratch = database.clone();
        long actual = query.applyAsLong(scratch);
        long[] answers = new long[worlds()];
        int w = 0;
        for (int cell = 0; cell < database.length; cell++) {
            for (int v = 0; v < domainSize; v++) {
                if (v != database[cell]) {
                    scratch[cell] = v;
                    answers[w++] = query.applyAsLong(scratch);
                }
            }
            scratch[cell] = database[cell];
        }
        return QueryAnswers.of(queryId, actual, answers);
    }
}
