package org.dataprice.api.index;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: damages the stored body of an index's first trade segment ({@link TradeSegments}), as a bad disk would. */
final class SegmentTamper {
    private SegmentTamper() {
    }

    /**
     * @param store   the index store
     * @param indexId the index whose segment 0 (of its one load) is changed
     * @param change  the change to the body's bytes
     * @param fixCrc  whether the recorded CRC-32 is made to match the changed body (else it stays as it was)
     */
    static void tamper(IndexStore store, String indexId, UnaryOperator<byte[]> change, boolean fixCrc) {
        int changed = store.write(c -> {
            byte[] body;
            try (PreparedStatement s = c.prepareStatement("SELECT body FROM index_trade_segment WHERE index_id = ? AND seq = 0")) {
                s.setString(1, indexId);
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).as("the load is kept as a segment on the embedded store").isTrue();
                    body = change.apply(r.getBytes(1));
                }
            }
            CRC32 crc = new CRC32();
            crc.update(body);
            try (PreparedStatement s = c.prepareStatement("UPDATE index_trade_segment SET body = ?"
                    + (fixCrc ? ", crc32 = ?" : "") + " WHERE index_id = ? AND seq = 0")) {
                s.setBytes(1, body);
                int i = 2;
                if (fixCrc) {
                    s.setLong(i++, crc.getValue());
                }
                s.setString(i, indexId);
                return s.executeUpdate();
            }
        });
        assertThat(changed).isOne();
    }

    /** Flips one bit in the middle of the index's first segment, leaving its recorded CRC-32 as it was. */
    static void flipABit(IndexStore store, String indexId) {
        tamper(store, indexId, b -> {
            b[b.length / 2] ^= 0x10;
            return b;
        }, false);
    }
}
