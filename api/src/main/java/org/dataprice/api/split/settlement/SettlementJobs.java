package org.dataprice.api.split.settlement;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.job.JobHandler;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Large settlements as background jobs ({@code POST /v1/settlements} answered {@code 202 Accepted}, kind
 * {@value #RUN}, subject {@value #SUBJECT}): the request is stored as the job's input, the run settles it with the job's
 * progress in periods and records it in the transaction that marks the job SUCCEEDED ({@link SettlementService#record}),
 * so it is recorded once whichever instance runs it and however often a run is started again. Resumable: the input is
 * stored and the run writes only on success.
 */
@Singleton
public class SettlementJobs implements JobHandler {
    /** The kind of a settlement job. */
    public static final String RUN = "settlement.run";
    /** The subject of every settlement job: the collection the settlement is recorded in. */
    public static final String SUBJECT = "/v1/settlements";

    private final SettlementService settlements;
    private final JsonMapper json;

    /**
     * @param settlements the settlements
     * @param json        reads the stored request
     */
    public SettlementJobs(SettlementService settlements, JsonMapper json) {
        this.settlements = settlements;
        this.json = json;
    }

    /**
     * @param request a validated request
     * @return the job's input: the request as JSON
     */
    String input(SettlementRequest request) {
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
        SettlementRequest request;
        try {
            request = json.readValue(job.input(), SettlementRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored request of job " + job.id() + " is unreadable", e);
        }
        settlements.record(request, job);
    }
}
