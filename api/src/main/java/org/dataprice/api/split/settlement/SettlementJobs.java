package org.dataprice.api.split.settlement;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.job.StoredRequestJob;

/**
 * Large settlements as background jobs ({@code POST /v1/settlements} answered {@code 202 Accepted}, kind
 * {@value #RUN}, subject {@value #SUBJECT}): the request is stored as the job's input, the run settles it with the job's
 * progress in periods and records it in the transaction that marks the job SUCCEEDED ({@link SettlementService#record}),
 * so it is recorded once whichever instance runs it and however often a run is started again.
 */
@Singleton
public class SettlementJobs extends StoredRequestJob<SettlementRequest> {
    /** The kind of a settlement job. */
    public static final String RUN = "settlement.run";
    /** The subject of every settlement job: the collection the settlement is recorded in. */
    public static final String SUBJECT = "/v1/settlements";

    private final SettlementService settlements;

    /**
     * @param settlements the settlements
     * @param json        reads and writes the stored request
     */
    public SettlementJobs(SettlementService settlements, JsonMapper json) {
        super(json, SettlementRequest.class);
        this.settlements = settlements;
    }

    @Override
    public String kind() {
        return RUN;
    }

    @Override
    protected void run(SettlementRequest request, JobContext job) {
        settlements.record(request, job);
    }
}
