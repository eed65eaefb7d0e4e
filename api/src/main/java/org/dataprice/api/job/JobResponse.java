package org.dataprice.api.job;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The job resource of {@code GET /v1/jobs/{id}} (and the body of every {@code 202 Accepted} that started one).
 *
 * @param id              the job id
 * @param href            {@code /v1/jobs/{id}}
 * @param kind            the work, e.g. {@code valuation.monte-carlo}
 * @param subject         the resource it works on
 * @param state           QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED
 * @param progress        units done, units in all, and the fraction done
 * @param cancelRequested whether a cancel was asked for and the work is stopping
 * @param createdAt       when it was accepted
 * @param startedAt       when a worker first started it
 * @param finishedAt      when it reached its final state
 * @param eta             the estimated end while it runs (from the pace so far; never before the time of the answer),
 *                        else null; null also until the first unit of work is done
 * @param result          where the result is read, once SUCCEEDED
 * @param failure         why it failed, once FAILED
 */
@Serdeable
@Schema(name = "Job", description = "A background job: its state, progress and, when done, the link to its result")
public record JobResponse(String id, String href, String kind, String subject,
                          // type named: without it micronaut-openapi parses each allowed value as JSON at compile time and warns
                          // "Can't convert FAILED to null" (OpenApiSchemaAnnotationsTest)
                          @Schema(type = "string", requiredMode = Schema.RequiredMode.REQUIRED,
                                  allowableValues = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"}) String state,
                          Progress progress, boolean cancelRequested, Instant createdAt, @Nullable Instant startedAt,
                          @Nullable Instant finishedAt, @Nullable Instant eta, @Nullable String result,
                          @Nullable Failure failure) {

    /**
     * @param done     units of work done (draws, cells, rows; thousandths of the job when it runs several loops)
     * @param total    units in all, 0 while not yet known
     * @param fraction done / total, 4 decimals (1 once SUCCEEDED, 0 while the total is unknown)
     */
    @Serdeable
    @Schema(name = "JobProgress")
    public record Progress(long done, long total, BigDecimal fraction) {
    }

    /**
     * @param type   the problem type URI of the failure (a domain rule's, or the service's)
     * @param reason what went wrong, e.g. {@value JobRunner#INTERRUPTED}
     */
    @Serdeable
    @Schema(name = "JobFailure")
    public record Failure(String type, String reason) {
    }
}
