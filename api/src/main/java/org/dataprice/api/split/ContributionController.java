package org.dataprice.api.split;

import org.dataprice.api.problem.Problem;
import org.dataprice.api.storage.StorageWriteGuard;
import org.dataprice.api.budget.Interruptible;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.job.AsyncPreference;
import org.dataprice.api.job.JobConfiguration;
import org.dataprice.api.job.JobExamples;
import org.dataprice.api.job.JobResponse;
import org.dataprice.api.job.JobService;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dataprice.api.security.Roles;

/**
 * Contribution values (贡献度量): Shapley, Banzhaf, nucleolus, least core and core checks of a
 * cooperative game, and data values of training points. Stateless: the synchronous answer stores nothing, so the
 * POST needs no {@code Idempotency-Key}. A large sampled request (or any with {@code Prefer: respond-async}) is a job:
 * {@code 202 Accepted}, {@code Location: /v1/jobs/{id}}, and its answer is stored once at
 * {@code /v1/contributions/runs/{id}}; with an {@code Idempotency-Key} the same key returns the same job.
 */
@Interruptible
@Controller("/v1/contributions")
@Secured({Roles.READER, Roles.APPRAISER, Roles.ADMIN, Roles.SETTLEMENT})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Revenue split", description = "Contribution values and settlements")
public class ContributionController {
    private static final String RUN_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private final ContributionService contributions;
    private final ContributionJobs contributionJobs;
    private final JobService jobs;
    private final JobConfiguration jobConfiguration;

    /**
     * @param contributions    the service
     * @param contributionJobs contribution runs as jobs
     * @param jobs             the jobs
     * @param jobConfiguration the size above which a request is a job
     */
    public ContributionController(ContributionService contributions, ContributionJobs contributionJobs, JobService jobs,
                                  JobConfiguration jobConfiguration) {
        this.contributions = contributions;
        this.contributionJobs = contributionJobs;
        this.jobs = jobs;
        this.jobConfiguration = jobConfiguration;
    }

    /**
     * Computes each player's contribution by the method asked for. Sampled methods need a seed and
     * return standard errors and confidence intervals; the same request gives the same figures.
     *
     * @param request        the game (or data), the method and its options
     * @param authentication the caller
     * @param prefer         {@code respond-async} to run it as a job
     * @param key            an optional Idempotency-Key for a job (the same key returns the same job)
     * @return 200 with the values, with the algorithm used and its explanation; or 202 with the job
     */
    @Post
    @Operation(summary = "Compute contribution values (Shapley, Banzhaf, nucleolus, data values)",
            description = "Answers 200 with the values. With Prefer: respond-async, or a sampled request of more than "
                    + "dataprice.jobs.async-samples samples, answers 202 Accepted and computes it as a job: its result is "
                    + "the stored answer, GET /v1/contributions/runs/{id} (the same figures as the synchronous answer).")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "exact shapley", value = SplitExamples.SHAPLEY_TABLE),
            @ExampleObject(name = "monte carlo shapley", value = SplitExamples.SHAPLEY_MONTE_CARLO),
            @ExampleObject(name = "knn data values", value = SplitExamples.KNN_SHAPLEY)}))
    @ApiResponse(responseCode = "200", description = "The values", content = @Content(
            schema = @Schema(implementation = ContributionResponse.class)))
    @ApiResponse(responseCode = "202", description = "Accepted as a job: Location is /v1/jobs/{id}; once SUCCEEDED its "
            + "`result` is the stored answer (/v1/contributions/runs/{id}), stored exactly once. The request was checked "
            + "(shape and limits) before it was accepted.", headers = @io.swagger.v3.oas.annotations.headers.Header(
            name = "Location", description = "/v1/jobs/{id}", schema = @Schema(type = "string")), content = @Content(
            schema = @Schema(implementation = JobResponse.class),
            examples = @ExampleObject(name = "accepted", value = JobExamples.CONTRIBUTION_QUEUED)))
    @Parameter(name = AsyncPreference.PREFER, in = ParameterIn.HEADER, description = "respond-async: answer 202 Accepted "
            + "at once and compute as a job (GET /v1/jobs/{id} for its state and the result link)",
            schema = @Schema(type = "string", example = AsyncPreference.RESPOND_ASYNC))
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER, description = "Optional, for a job: the same key (and "
            + "request) returns the same job; another request with the same key is 422", schema = @Schema(type = "string",
            example = "3f0c9a52-8e1b-4d7a-b6c2-5a4e9d1f0b37"))
    @ApiResponse(responseCode = "507", description = StorageWriteGuard.OPENAPI_507, content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Object> compute(@Body @Valid ContributionRequest request, Authentication authentication,
                                        @Nullable @Header(AsyncPreference.PREFER) String prefer,
                                        @Nullable @Header(Idempotent.HEADER) String key) {
        if (AsyncPreference.requested(prefer)
                || request.sampling() != null && request.sampling().maxSamples() > jobConfiguration.getAsyncSamples()) {
            contributions.check(request);
            return AsyncPreference.accepted(jobs.submit(new JobService.Submission(ContributionJobs.RUN, ContributionJobs.SUBJECT,
                    authentication.getName(), Roles.READER, key, contributionJobs.input(request))), prefer);
        }
        return HttpResponse.ok((Object) contributions.compute(request));
    }

    /**
     * @param id             a run id (a contribution job's result)
     * @param authentication the caller
     * @return the stored answer, as the job computed it
     */
    @Get("/runs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The stored answer of a contribution job (its result link)",
            description = "Only the caller who started the job, or an ADMIN, reads it; anyone else gets 404 as for an unknown id.")
    @ApiResponse(responseCode = "200", description = "The answer", content = @Content(
            schema = @Schema(implementation = ContributionResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such run, or not the caller's")
    public HttpResponse<String> run(@PathVariable @Pattern(regexp = RUN_ID) String id, Authentication authentication) {
        return HttpResponse.ok(contributions.stored(id, authentication.getName(),
                authentication.getRoles().contains(Roles.ADMIN))).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
