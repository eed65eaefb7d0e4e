package org.dataprice.api.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.authorisation.AuthorisationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An operation agreement or a data authorisation with the ledger records that made (and revoked) it. FULL view (its
 * parties and the REGISTRAR; every caller for an operation agreement, which is about public data): the parties, the
 * scope or purpose, and each record's actor, reason and exact hashed body. PUBLIC view (others, enterprise data only;
 * a personal-data authorisation is 404 to them): id, kind, classification, term, revocability, status and the chain
 * position and hashes, no party.
 *
 * @param id             {@code OPA-…} or {@code DAU-…}
 * @param kind           {@code operation-agreement} or {@code data-authorisation}
 * @param view           FULL or PUBLIC
 * @param classification PUBLIC for an agreement, else ENTERPRISE or PERSONAL
 * @param status         its status now
 * @param from           first day in force
 * @param until          first day no longer in force
 * @param revocable      whether the grantor may revoke it (false for an agreement)
 * @param provider       the public body (agreement)
 * @param operator       the operator (agreement)
 * @param scope          the scope (agreement)
 * @param feeBasis       the tariff id or {@code free} (agreement)
 * @param grantor        who authorised (data authorisation, FULL only)
 * @param grantee        who is authorised (data authorisation, FULL only)
 * @param purpose        what for (data authorisation, FULL only)
 * @param recorded       the record that made it
 * @param revoked        the revocation record, if revoked
 */
@Serdeable
public record AuthorisationResponse(String id, String kind, String view, DataClassification classification,
                                    AuthorisationStatus status, LocalDate from, LocalDate until, boolean revocable,
                                    @Nullable String provider, @Nullable String operator, @Nullable String scope,
                                    @Nullable String feeBasis, @Nullable String grantor, @Nullable String grantee,
                                    @Nullable String purpose, RecordResponse recorded, @Nullable RecordResponse revoked) {
    /**
     * One record of the authorisation ledger: its place in the chain, and in the FULL view who, why, and the exact body
     * hashed ({@code hash = hex(SHA-256(JCS(body)))}, docs/registry.md).
     *
     * @param sequence     1, 2, ... across the ledger
     * @param type         agree, authorise or revoke
     * @param at           when it was recorded
     * @param hash         its hash
     * @param previousHash the previous record's hash
     * @param actor        who recorded it (FULL only)
     * @param reason       why (FULL only)
     * @param body         the canonical body hashed (FULL only)
     */
    @Serdeable
    public record RecordResponse(long sequence, String type, Instant at, String hash, String previousHash,
                                 @Nullable String actor, @Nullable String reason, @Nullable Map<String, Object> body) {
    }
}
