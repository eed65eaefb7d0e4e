package org.dataprice.api.ledger;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The end of one ledger's chain: the last sequence number and its chain hash ({@link RecordDigest#GENESIS}
 * at sequence 0, an empty ledger).
 *
 * @param seq       the last entry's sequence number, &ge; 0
 * @param chainHash its chain hash, 64 lower-case hex digits
 */
@Serdeable
public record LedgerHead(long seq, String chainHash) {
}
