package org.dataprice.api.split;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.job.JobHandler;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Large contribution (revenue split) runs as background jobs ({@code POST /v1/contributions} answered
 * {@code 202 Accepted}, kind {@value #RUN}, subject {@value #SUBJECT}): the request is stored as the job's input; the
 * run computes it as the synchronous request does and stores the answer once, in the transaction that marks the job
 * SUCCEEDED ({@link ContributionService#run}); the job's result is {@code /v1/contributions/runs/{id}}. Resumable: the
 * input is stored and the computation is seeded (the same request, the same answer), so a run lost in a restart runs
 * again.
 */
@Singleton
public class ContributionJobs implements JobHandler {
    /** The kind of a contribution job. */
    public static final String RUN = "contribution.run";
    /** The subject of every contribution job. */
    public static final String SUBJECT = "/v1/contributions";

    private final ContributionService contributions;
    private final JsonMapper json;

    /**
     * @param contributions the contribution service
     * @param json          reads and writes the stored request
     */
    public ContributionJobs(ContributionService contributions, JsonMapper json) {
        this.contributions = contributions;
        this.json = json;
    }

    /**
     * @param request a validated request
     * @return the job's input: the request as JSON
     */
    String input(ContributionRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String kind() {
        return RUN;
    }

    @Override
    public boolean resumable() {
        return true;
    }

    @Override
    public void run(JobContext job) {
        ContributionRequest request;
        try {
            request = json.readValue(job.input(), ContributionRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored request of job " + job.id() + " is unreadable", e);
        }
        contributions.run(request, job);
    }
}
