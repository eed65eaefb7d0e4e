package org.dataprice.api.job;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A stored job (table {@code job}, V50); see the migration for the meaning of each column.
 *
 * @param id              UUID, the {@code {id}} of {@code /v1/jobs/{id}}
 * @param kind            the work, a {@link JobHandler#kind()}
 * @param subject         what the work is about, the path of the resource it works on (e.g. {@code /v1/valuations/{id}})
 * @param owner           the caller's principal name
 * @param role            the role the starting endpoint required
 * @param idempotencyKey  the caller's Idempotency-Key, if sent
 * @param requestHash     SHA-256 (hex) of kind, subject and input
 * @param inputJson       the stored input; null when not stored
 * @param state           a {@link JobState} name
 * @param cancelRequested whether a cancel was asked for while it ran
 * @param done            units of work done
 * @param total           units of work in all (0 while unknown)
 * @param createdAt       when it was accepted
 * @param startedAt       when a worker first claimed it
 * @param finishedAt      when it reached a final state
 * @param heartbeatAt     when its worker last reported
 * @param eta             the estimated end, while it runs
 * @param resultLink      where the result is read, once SUCCEEDED
 * @param failureType     the problem type URI of the failure, once FAILED
 * @param failureReason   why it failed, once FAILED
 * @param runId           the current run's claim
 * @param instance        the instance running it
 * @param attempts        how many runs were started
 */
@MappedEntity("job")
public record JobRow(@Id String id, String kind, String subject, String owner, String role,
                     @Nullable @MappedProperty("idempotency_key") String idempotencyKey,
                     @MappedProperty("request_hash") String requestHash,
                     @Nullable @MappedProperty("input_json") String inputJson,
                     String state,
                     @MappedProperty("cancel_requested") boolean cancelRequested,
                     long done, long total,
                     @MappedProperty("created_at") Instant createdAt,
                     @Nullable @MappedProperty("started_at") Instant startedAt,
                     @Nullable @MappedProperty("finished_at") Instant finishedAt,
                     @Nullable @MappedProperty("heartbeat_at") Instant heartbeatAt,
                     @Nullable Instant eta,
                     @Nullable @MappedProperty("result_link") String resultLink,
                     @Nullable @MappedProperty("failure_type") String failureType,
                     @Nullable @MappedProperty("failure_reason") String failureReason,
                     @Nullable @MappedProperty("run_id") String runId,
                     @Nullable String instance,
                     int attempts) {

    /** @return the state */
    public JobState jobState() {
        return JobState.valueOf(state);
    }
}
