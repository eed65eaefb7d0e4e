package org.dataprice.registry;

import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * The one check of an append-only, hash-chained history (存证): entry i (from 0) has sequence i + 1, its
 * {@code previousHash} equals entry i − 1's hash ({@link #GENESIS} for the first), and its stored hash equals
 * the hash recomputed from its content. The first broken link is reported as {@code events[i].sequence},
 * {@code events[i].previousHash} or {@code events[i].hash} (with {@code field} for {@code events}) and
 * {@link Rule#INCONSISTENT}. Used by registrations ({@link RecordedEvent}) and authorisation records.
 */
public final class HashChain {
    /** The previous hash of a first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** One entry of a chain. */
    public interface Link {
        /** @return 1 for the first entry, then +1 */
        long sequence();

        /** @return the previous entry's hash as stored */
        String previousHash();

        /** @return this entry's hash as stored */
        String hash();

        /** @return this entry's hash recomputed from its content */
        String computeHash();
    }

    /**
     * @param links the entries in order; not null
     * @param field the history's field name, e.g. {@code "events"}
     */
    public static void verify(List<? extends Link> links, String field) {
        verify(links, field, 0, GENESIS);
    }

    /**
     * The check of entries that continue a chain already checked: entry i (from 0) has sequence
     * {@code after + i + 1} and the first links to {@code previous}.
     *
     * @param links    the newer entries in order; not null
     * @param field    the history's field name; entry i is reported as {@code field[after + i]}
     * @param after    the sequence of the last entry already checked (0 for none)
     * @param previous that entry's hash ({@link #GENESIS} for none)
     */
    public static void verify(List<? extends Link> links, String field, long after, String previous) {
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            long expected = after + i + 1;
            String at = field + "[" + (expected - 1) + "]";
            Require.that(link.sequence() == expected, at + ".sequence", link.sequence(), Rule.INCONSISTENT, "sequence " + expected);
            Require.that(link.previousHash().equals(previous), at + ".previousHash", link.previousHash(),
                    Rule.INCONSISTENT, "the previous entry's hash " + previous);
            String computed = link.computeHash();
            Require.that(link.hash().equals(computed), at + ".hash", link.hash(), Rule.INCONSISTENT,
                    "the hash of its content, " + computed);
            previous = link.hash();
        }
    }
}
