package org.dataprice.api.exchange;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One change of the trust list (V58 {@code exchange_trust_event}): an {@code ADD} of another exchange's key or a
 * {@code RETIRE} of a trusted key. Append-only; each row is a record of the {@code exchange-trust} ledger.
 *
 * @param id         UUID
 * @param seq        the change's place in the list's history, from 1
 * @param action     {@code ADD} or {@code RETIRE}
 * @param exchangeId the exchange the key belongs to
 * @param kid        the key id (RFC 7638 thumbprint)
 * @param x          the raw public key, base64url (ADD), else null
 * @param validFrom  the key's first signing instant (ADD), else null
 * @param retiredAt  when the key stops signing (RETIRE; an ADD of a key its owner already retired), else null
 * @param reason     why
 * @param actor      who
 * @param recordedAt when it was recorded
 */
@MappedEntity("exchange_trust_event")
public record TrustEvent(@Id String id, long seq, String action, @MappedProperty("exchange_id") String exchangeId, String kid,
                         @Nullable String x, @Nullable @MappedProperty("valid_from") Instant validFrom,
                         @Nullable @MappedProperty("retired_at") Instant retiredAt, String reason, String actor,
                         @MappedProperty("recorded_at") Instant recordedAt) {
    /** The action that trusts a key. */
    public static final String ADD = "ADD";
    /** The action that retires a trusted key. */
    public static final String RETIRE = "RETIRE";
}
