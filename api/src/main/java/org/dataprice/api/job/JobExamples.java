package org.dataprice.api.job;

/**
 * The OpenAPI examples of the job resource: a running job (the {@code 202 Accepted} that starts one answers the same
 * resource, QUEUED), a finished one with its result link, and a page of the caller's jobs.
 */
public final class JobExamples {
    /** A Monte Carlo run a quarter done. */
    public static final String RUNNING = """
            {"id": "5b0c1f2e-8d5e-4f7a-9a51-0c2b4d6e8f10", "href": "/v1/jobs/5b0c1f2e-8d5e-4f7a-9a51-0c2b4d6e8f10",
             "kind": "valuation.monte-carlo", "subject": "/v1/valuations/0f6c2a4e-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
             "state": "RUNNING", "progress": {"done": 25600, "total": 100000, "fraction": 0.2560},
             "cancelRequested": false, "createdAt": "2026-12-05T09:00:00Z", "startedAt": "2026-12-05T09:00:00.150Z",
             "eta": "2026-12-05T09:00:07.300Z"}""";

    /** The same job done: {@code result} is the stored run. */
    public static final String SUCCEEDED = """
            {"id": "5b0c1f2e-8d5e-4f7a-9a51-0c2b4d6e8f10", "href": "/v1/jobs/5b0c1f2e-8d5e-4f7a-9a51-0c2b4d6e8f10",
             "kind": "valuation.monte-carlo", "subject": "/v1/valuations/0f6c2a4e-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
             "state": "SUCCEEDED", "progress": {"done": 100000, "total": 100000, "fraction": 1.0000},
             "cancelRequested": false, "createdAt": "2026-12-05T09:00:00Z", "startedAt": "2026-12-05T09:00:00.150Z",
             "finishedAt": "2026-12-05T09:00:09.420Z",
             "result": "/v1/valuations/0f6c2a4e-1b3d-4e5f-8a9b-0c1d2e3f4a5b/analyses/3"}""";

    /** A job whose run was lost in a restart and whose input was not stored. */
    public static final String FAILED = """
            {"id": "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4", "href": "/v1/jobs/9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4",
             "kind": "index.load", "subject": "/v1/indices/cq-data-price", "state": "FAILED",
             "progress": {"done": 0, "total": 0, "fraction": 0.0000}, "cancelRequested": false,
             "createdAt": "2026-12-05T09:00:00Z", "startedAt": "2026-12-05T09:00:00.100Z",
             "finishedAt": "2026-12-05T09:01:02Z",
             "failure": {"type": "https://dataprice.org/problems/unavailable", "reason": "interrupted by restart"}}""";

    /** A page of the caller's jobs. */
    public static final String LIST = """
            {"items": [""" + SUCCEEDED + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    private JobExamples() {
    }
}
