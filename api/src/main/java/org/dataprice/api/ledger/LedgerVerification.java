package org.dataprice.api.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of verifying every ledger ({@link LedgerVerifier}): per ledger the number of entries and
 * the head hash, and the first failure found, if any (verification stops at it).
 *
 * @param status    {@code OK} or {@code FAILED}
 * @param checkedAt when the verification finished
 * @param anchored  whether the heads were also checked against the anchor file outside the database
 * @param ledgers   each ledger verified, in a fixed order (up to the failing one)
 * @param failure   the first failure; null when OK
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LedgerVerification", example = """
        {"status":"FAILED","checkedAt":"2026-03-01T09:00:00.123456Z","anchored":true,
         "ledgers":[{"ledger":"settlements","entries":42,"headHash":"9f2c…e1"}],
         "failure":{"ledger":"deals","seq":7,"recordId":"5b0d6c2e-3f4e-4d8e-9c1a-2b7f0e8a9d11",
          "kind":"CONTENT_CHANGED","expected":"1c4e…a0","found":"77d2…3b",
          "reason":"ledger deals, entry 7, record 5b0d6c2e-3f4e-4d8e-9c1a-2b7f0e8a9d11: the record was changed after it was chained (content hash 1c4e…a0 recorded, 77d2…3b found)"}}""")
public record LedgerVerification(String status, Instant checkedAt, boolean anchored, List<LedgerSummary> ledgers,
                                 @Nullable Failure failure) {
    /** The status of a verification that found nothing wrong. */
    public static final String OK = "OK";
    /** The status of a verification that found a failure. */
    public static final String FAILED = "FAILED";

    /** @return whether the store passed */
    public boolean ok() {
        return failure == null;
    }

    /**
     * One ledger that passed.
     *
     * @param ledger   its name
     * @param entries  the number of chained records (the head's sequence number)
     * @param headHash the head's chain hash
     */
    @Serdeable
    public record LedgerSummary(String ledger, long entries, String headHash) {
    }

    /** What is wrong. */
    public enum Kind {
        /** A chained record's root row is gone (deleted, or the store lost it). */
        RECORD_MISSING,
        /** A chained record's rows differ from what was chained (edited, or a child row added or removed). */
        CONTENT_CHANGED,
        /** An entry's previous hash is not the chain hash of the entry before it. */
        LINK_BROKEN,
        /** An entry's chain hash is not the hash of its fields. */
        CHAIN_HASH_MISMATCH,
        /** The entries' sequence numbers are not 1, 2, 3, ... */
        SEQUENCE_GAP,
        /** The head does not point at the last entry. */
        HEAD_MISMATCH,
        /** A record in the business table has no entry (inserted behind the service's back). */
        FOREIGN_RECORD,
        /** The database's chain is shorter than, or differs from, the anchor kept outside it (truncated or rolled back). */
        BEHIND_ANCHOR,
        /** The anchor file cannot be read. */
        ANCHOR_UNREADABLE,
        /** The verification itself could not run (e.g. a database error). */
        NOT_VERIFIABLE
    }

    /**
     * The first failure.
     *
     * @param ledger   the ledger
     * @param seq      the entry's sequence number (0 when not about one entry)
     * @param recordId the record id, or null
     * @param kind     what is wrong
     * @param expected what the chain (or anchor) says, or null
     * @param found    what the store holds, or null
     * @param reason   one line for an operator naming all of the above
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(String ledger, long seq, @Nullable String recordId, Kind kind, @Nullable String expected,
                          @Nullable String found, String reason) {
        /**
         * @param ledger   the ledger
         * @param seq      the entry's sequence number, 0 when none
         * @param recordId the record, or null
         * @param kind     what is wrong
         * @param expected the recorded value, or null
         * @param found    the stored value, or null
         * @param what     the words for the kind
         * @return the failure with its reason
         */
        static Failure of(String ledger, long seq, @Nullable String recordId, Kind kind, @Nullable String expected,
                          @Nullable String found, String what) {
            StringBuilder reason = new StringBuilder("ledger ").append(ledger);
            if (seq > 0) {
                reason.append(", entry ").append(seq);
            }
            if (recordId != null) {
                reason.append(", record ").append(recordId);
            }
            reason.append(": ").append(what);
            if (expected != null || found != null) {
                reason.append(" (expected ").append(expected).append(", found ").append(found).append(')');
            }
            return new Failure(ledger, seq, recordId, kind, expected, found, reason.toString());
        }
    }
}
