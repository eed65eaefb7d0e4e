package org.dataprice.pricing.query;

import java.util.BitSet;
import org.dataprice.error.Require;

/**
 * What a query reveals: the set of support worlds whose answer differs from the answer on the true
 * database, {D′ ∈ S : Q(D′) ≠ Q(D)}. Built from answer fingerprints (any 64-bit encoding of the answer,
 * e.g. a hash of the result set). Immutable.
 */
public final class QueryAnswers {
    private final String queryId;
    private final BitSet ruledOut;

    private QueryAnswers(String queryId, BitSet ruledOut) {
        this.queryId = queryId;
        this.ruledOut = ruledOut;
    }

    /**
     * @param queryId      the query's identifier; not blank
     * @param actualAnswer the fingerprint of Q(D)
     * @param worldAnswers the fingerprint of Q(D′) per support world; not null; not modified
     * @return the worlds the answer rules out
     */
    public static QueryAnswers of(String queryId, long actualAnswer, long[] worldAnswers) {
        Require.notBlank(queryId, "queryId");
        Require.notNull(worldAnswers, "worldAnswers");
        BitSet out = new BitSet(worldAnswers.length);
        for (int i = 0; i < worldAnswers.length; i++) {
            if (worldAnswers[i] != actualAnswer) {
                out.set(i);
            }
        }
        return new QueryAnswers(queryId, out);
    }

    /** @return the query's identifier */
    public String queryId() {
        return queryId;
    }

    /** @return a copy of the ruled-out worlds */
    public BitSet ruledOut() {
        return (BitSet) ruledOut.clone();
    }

    BitSet view() {
        return ruledOut;
    }
}
