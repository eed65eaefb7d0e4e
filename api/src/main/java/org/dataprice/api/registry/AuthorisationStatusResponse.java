package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.registry.authorisation.AuthorisationStatus;

import java.time.Instant;

/**
 * 存证 — the status of an agreement or authorisation at an instant, from the records made by then, with the evidence:
 * the record that made it and the revocation (if made by then), and the ledger's head at the instant (the last record
 * at or before it), so a reader can show that the answer follows from a prefix of the hash chain.
 *
 * @param id       the agreement or authorisation
 * @param at       the instant asked about
 * @param status   IN_FORCE, NOT_YET, EXPIRED, REVOKED, or UNKNOWN (not recorded by then)
 * @param recorded the record that made it, if made by then
 * @param revoked  the revocation, if made by then
 * @param head     the ledger's last record at or before the instant (sequence 0 and 64 zeros when none)
 */
@Serdeable
public record AuthorisationStatusResponse(String id, Instant at, AuthorisationStatus status, @Nullable Evidence recorded,
                                          @Nullable Evidence revoked, Evidence head) {
    /**
     * A position in the authorisation ledger.
     *
     * @param sequence the record's sequence number (0: before the first record)
     * @param at       when it was recorded (null for position 0)
     * @param hash     its hash
     */
    @Serdeable
    public record Evidence(long sequence, @Nullable Instant at, String hash) {
    }
}
