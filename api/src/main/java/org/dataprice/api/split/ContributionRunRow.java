package org.dataprice.api.split;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A contribution run stored by its job (table {@code contribution_run}, V69; see the migration).
 *
 * @param id          UUID, the {@code {id}} of {@code /v1/contributions/runs/{id}}
 * @param jobId       the job that computed it (unique: one answer per job)
 * @param createdBy   the caller who started the job
 * @param createdAt   when it was stored
 * @param requestJson the request as accepted
 * @param resultJson  the answer as computed
 */
@MappedEntity("contribution_run")
public record ContributionRunRow(@Id String id,
                                 @MappedProperty("job_id") String jobId,
                                 @MappedProperty("created_by") String createdBy,
                                 @MappedProperty("created_at") Instant createdAt,
                                 @MappedProperty("request_json") String requestJson,
                                 @MappedProperty("result_json") String resultJson) {
}
