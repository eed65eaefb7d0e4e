package org.dataprice.api.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One idempotency key of one caller, with the request fingerprint and, once completed, the answer.
 *
 * @param id               SHA-256 hex of {@code caller || 0x00 || idempotencyKey}: the lock
 * @param caller           the principal name
 * @param idempotencyKey   the header value
 * @param requestMethod    the HTTP method
 * @param requestPath      the request path
 * @param payloadSha256    SHA-256 hex of method, path and the decoded body written as JSON
 * @param state            {@code IN_PROGRESS} or {@code COMPLETED}
 * @param responseStatus   the stored status, once completed
 * @param responseLocation the stored {@code Location} header, if any
 * @param responseBody     the stored JSON body, if any
 * @param createdAt        when the first request took the key (or a stale one was taken over)
 * @param completedAt      when the answer was stored
 */
@MappedEntity("idempotency_record")
public record IdempotencyRecord(@Id String id,
                                String caller,
                                String idempotencyKey,
                                String requestMethod,
                                String requestPath,
                                String payloadSha256,
                                String state,
                                @Nullable Integer responseStatus,
                                @Nullable String responseLocation,
                                @Nullable String responseBody,
                                Instant createdAt,
                                @Nullable Instant completedAt) {
    /** State of a key whose request is running. */
    public static final String IN_PROGRESS = "IN_PROGRESS";
    /** State of a key whose answer is stored. */
    public static final String COMPLETED = "COMPLETED";
}
