package org.dataprice.api.valuation;

import jakarta.inject.Singleton;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.job.StoredRequestJob;
import io.micronaut.json.JsonMapper;

/**
 * The analyses of a stored valuation as background jobs ({@code 202 Accepted}, {@code /v1/jobs/{id}}): the request is
 * stored as the job's input and its subject is {@code /v1/valuations/{id}}; the run is the same as the synchronous one
 * (same results, bit for bit) with the job's progress, and it is stored in the transaction that marks the job
 * SUCCEEDED, together with a new revision of the valuation's issued report that draws it (when the report was issued
 * before; {@link ValuationService#issueAfterAnalysis}). Both are resumable: the work is seeded and writes only on success, so a run lost in a restart simply runs
 * again.
 */
public final class AnalysisJobs {
    /** The kind of a Monte Carlo job. */
    public static final String MONTE_CARLO = "valuation.monte-carlo";
    /** The kind of a sensitivity job. */
    public static final String SENSITIVITY = "valuation.sensitivity";
    private static final String PREFIX = "/v1/valuations/";

    private AnalysisJobs() {
    }

    /**
     * @param valuationId a valuation
     * @return the subject of its analysis jobs
     */
    public static String subject(String valuationId) {
        return PREFIX + valuationId;
    }

    private static String valuationId(JobContext job) {
        return job.subject().substring(PREFIX.length());
    }

    /** Runs {@value #MONTE_CARLO} jobs. */
    @Singleton
    static class MonteCarloJob extends StoredRequestJob<AnalysisRequests.MonteCarlo> {
        private final ValuationAnalysisService analyses;

        MonteCarloJob(ValuationAnalysisService analyses, JsonMapper json) {
            super(json, AnalysisRequests.MonteCarlo.class);
            this.analyses = analyses;
        }

        @Override
        public String kind() {
            return MONTE_CARLO;
        }

        @Override
        protected void run(AnalysisRequests.MonteCarlo request, JobContext job) {
            analyses.recordMonteCarlo(valuationId(job), request, job);
        }
    }

    /** Runs {@value #SENSITIVITY} jobs. */
    @Singleton
    static class SensitivityJob extends StoredRequestJob<AnalysisRequests.Sensitivity> {
        private final ValuationAnalysisService analyses;

        SensitivityJob(ValuationAnalysisService analyses, JsonMapper json) {
            super(json, AnalysisRequests.Sensitivity.class);
            this.analyses = analyses;
        }

        @Override
        public String kind() {
            return SENSITIVITY;
        }

        @Override
        protected void run(AnalysisRequests.Sensitivity request, JobContext job) {
            analyses.recordSensitivity(valuationId(job), request, job);
        }
    }
}
