package org.dataprice.api.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One step of an alert's workflow (table {@code supervision_alert_event}, V53); append-only, a record of the
 * {@code supervision-alert-events} ledger.
 *
 * @param id      UUID
 * @param alertId the alert
 * @param seq     1 for OPEN at raising, then 2, 3, ...
 * @param status  the status entered
 * @param reason  why (required to escalate or close); null otherwise
 * @param actor   who: the supervisor, or {@code monitor} for the raising
 * @param at      when
 */
@MappedEntity("supervision_alert_event")
public record AlertEventRow(@Id String id, @MappedProperty("alert_id") String alertId, int seq, String status,
                            @Nullable String reason, String actor, Instant at) {
}
