package org.dataprice.api.job;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.dataprice.api.security.Roles;
import org.dataprice.api.storage.AllowedBelowFloor;

/**
 * The job resource: {@code GET /v1/jobs/{id}} (state, progress, ETA, the result's link), {@code GET /v1/jobs} (the
 * caller's, newest first) and {@code DELETE /v1/jobs/{id}} (cancel). Any authenticated caller; a job is seen only by
 * its owner or an ADMIN, anyone else gets 404 as for an unknown id (ids cannot be probed).
 */
@Controller("/v1/jobs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Jobs", description = "Long work run in the background: progress, result link, cancel")
public class JobController {
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private final JobService jobs;

    /**
     * @param jobs the jobs
     */
    public JobController(JobService jobs) {
        this.jobs = jobs;
    }

    /**
     * @param id             the job id
     * @param authentication the caller
     * @return the job
     */
    @Get("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A job: state, progress (fraction, items, ETA) and, once done, the link to its result",
            description = "Only the job's owner or an ADMIN sees it; anyone else gets 404, as for an unknown id. Poll it "
                    + "after a 202 Accepted (its Location); when state is SUCCEEDED, `result` links to what the job produced.")
    @ApiResponse(responseCode = "200", description = "The job", content = @Content(
            schema = @Schema(implementation = JobResponse.class), examples = {
            @ExampleObject(name = "running", value = JobExamples.RUNNING),
            @ExampleObject(name = "succeeded", value = JobExamples.SUCCEEDED),
            @ExampleObject(name = "failed by a restart", value = JobExamples.FAILED)}))
    @ApiResponse(responseCode = "404", description = "No such job, or not the caller's")
    public JobResponse show(@PathVariable @Pattern(regexp = ID) String id, Authentication authentication) {
        return jobs.find(id, authentication.getName(), admin(authentication));
    }

    /**
     * @param page           page number, from 0
     * @param size           page size, 1 to 100 (default 20)
     * @param authentication the caller
     * @return the caller's jobs, newest first
     */
    @Get
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's own jobs, newest first")
    @ApiResponse(responseCode = "200", description = "A page of jobs", content = @Content(
            schema = @Schema(implementation = JobList.class), examples = @ExampleObject(name = "one job", value = JobExamples.LIST)))
    public JobList list(@Nullable @QueryValue @Min(0) Integer page,
                        @Nullable @QueryValue @Min(1) @Max(JobService.MAX_PAGE_SIZE) Integer size,
                        Authentication authentication) {
        return jobs.list(authentication.getName(), page == null ? 0 : page, size == null ? JobService.DEFAULT_PAGE_SIZE : size);
    }

    /**
     * Cancels a job. Idempotent: a cancelled job answers 200 again.
     *
     * @param id             the job id
     * @param authentication the caller
     * @return 200 with the CANCELLED job once its work stopped; 202 when a running job was asked to stop and is
     *         stopping
     */
    @Delete("/{id}")
    @AllowedBelowFloor("stops a job (and its writes); writes one row, within the floor's headroom")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a job (its work stops; nothing of it is stored)",
            description = "QUEUED: cancelled at once (200). RUNNING: its work is stopped — the core loop stops at its next "
                    + "progress report — and the answer is 200 CANCELLED once it has, or 202 with cancelRequested true if it "
                    + "is still stopping after 2 s. CANCELLED: 200 again (idempotent). SUCCEEDED or FAILED: 409 job-finished — "
                    + "there is no work left to stop and its outcome stands (a 200 would suggest something was undone).")
    @ApiResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = JobResponse.class)))
    @ApiResponse(responseCode = "202", description = "Asked to stop; still stopping", content = @Content(
            schema = @Schema(implementation = JobResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such job, or not the caller's")
    @ApiResponse(responseCode = "409", description = "The job already succeeded or failed")
    public HttpResponse<JobResponse> cancel(@PathVariable @Pattern(regexp = ID) String id, Authentication authentication) {
        JobService.Cancelled c = jobs.cancel(id, authentication.getName(), admin(authentication));
        return HttpResponse.status(c.stopped() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(c.job());
    }

    private static boolean admin(Authentication authentication) {
        return authentication.getRoles().contains(Roles.ADMIN);
    }
}
