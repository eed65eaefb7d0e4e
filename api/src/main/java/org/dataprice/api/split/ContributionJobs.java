package org.dataprice.api.split;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.job.StoredRequestJob;

/**
 * Large contribution (revenue split) runs as background jobs ({@code POST /v1/contributions} answered
 * {@code 202 Accepted}, kind {@value #RUN}, subject {@value #SUBJECT}): the request is stored as the job's input; the
 * run computes it as the synchronous request does and stores the answer once, in the transaction that marks the job
 * SUCCEEDED ({@link ContributionService#run}); the job's result is {@code /v1/contributions/runs/{id}}. Resumable: the
 * computation is seeded (the same request, the same answer), so a run lost in a restart runs again.
 */
@Singleton
public class ContributionJobs extends StoredRequestJob<ContributionRequest> {
    /** The kind of a contribution job. */
    public static final String RUN = "contribution.run";
    /** The subject of every contribution job. */
    public static final String SUBJECT = "/v1/contributions";

    private final ContributionService contributions;

    /**
     * @param contributions the contribution service
     * @param json          reads and writes the stored request
     */
    public ContributionJobs(ContributionService contributions, JsonMapper json) {
        super(json, ContributionRequest.class);
        this.contributions = contributions;
    }

    @Override
    public String kind() {
        return RUN;
    }

    @Override
    protected void run(ContributionRequest request, JobContext job) {
        contributions.run(request, job);
    }
}
