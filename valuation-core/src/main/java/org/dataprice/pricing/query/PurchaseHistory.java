package org.dataprice.pricing.query;

import java.util.BitSet;

/**
 * What a buyer already knows: the union of the worlds ruled out by its earlier purchases. Immutable; a
 * service persists {@link #toLongArray()} and restores it with {@link #fromLongArray(long[])}.
 */
public final class PurchaseHistory {
    /** A buyer who has bought nothing. */
    public static final PurchaseHistory EMPTY = new PurchaseHistory(new BitSet());

    private final BitSet known;

    private PurchaseHistory(BitSet known) {
        this.known = known;
    }

    /**
     * @param words the bit words of {@link #toLongArray()}; not null
     * @return the history
     */
    public static PurchaseHistory fromLongArray(long[] words) {
        return new PurchaseHistory(BitSet.valueOf(org.dataprice.error.Require.notNull(words, "words")));
    }

    /** @return the bit words, for persistence */
    public long[] toLongArray() {
        return known.toLongArray();
    }

    /** @return the number of worlds already ruled out */
    public int size() {
        return known.cardinality();
    }

    BitSet view() {
        return known;
    }

    PurchaseHistory with(BitSet more) {
        BitSet union = (BitSet) known.clone();
        union.or(more);
        return new PurchaseHistory(union);
    }
}
