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

    /** The body of the {@code 202 Accepted} that starts a Monte Carlo job (its Location is {@code href}). */
    public static final String MONTE_CARLO_QUEUED = """
            {"id": "5b0c1f2e-8d5e-4f7a-9a51-0c2b4d6e8f10", "href": "/v1/jobs/5b0c1f2e-8d5e-4f7a-9a51-0c2b4d6e8f10",
             "kind": "valuation.monte-carlo", "subject": "/v1/valuations/0f6c2a4e-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
             "state": "QUEUED", "progress": {"done": 0, "total": 0, "fraction": 0.0000},
             "cancelRequested": false, "createdAt": "2026-12-05T09:00:00Z"}""";

    /** The body of the {@code 202 Accepted} that starts a sensitivity job. */
    public static final String SENSITIVITY_QUEUED = """
            {"id": "6c1d2f3e-9e6f-4a8b-8b62-1d3c5e7f9a21", "href": "/v1/jobs/6c1d2f3e-9e6f-4a8b-8b62-1d3c5e7f9a21",
             "kind": "valuation.sensitivity", "subject": "/v1/valuations/0f6c2a4e-1b3d-4e5f-8a9b-0c1d2e3f4a5b",
             "state": "QUEUED", "progress": {"done": 0, "total": 0, "fraction": 0.0000},
             "cancelRequested": false, "createdAt": "2026-12-05T09:00:00Z"}""";

    /** The body of the {@code 202 Accepted} that starts a settlement job. */
    public static final String SETTLEMENT_QUEUED = """
            {"id": "7d2e3a4f-af70-4b9c-9c73-2e4d6f8a0b32", "href": "/v1/jobs/7d2e3a4f-af70-4b9c-9c73-2e4d6f8a0b32",
             "kind": "settlement.run", "subject": "/v1/settlements",
             "state": "QUEUED", "progress": {"done": 0, "total": 0, "fraction": 0.0000},
             "cancelRequested": false, "createdAt": "2026-12-05T09:00:00Z"}""";

    /** The body of the {@code 202 Accepted} that starts a contribution job. */
    public static final String CONTRIBUTION_QUEUED = """
            {"id": "8e3f4b5a-b081-4cad-8d84-3f5e7a9b1c43", "href": "/v1/jobs/8e3f4b5a-b081-4cad-8d84-3f5e7a9b1c43",
             "kind": "contribution.run", "subject": "/v1/contributions",
             "state": "QUEUED", "progress": {"done": 0, "total": 0, "fraction": 0.0000},
             "cancelRequested": false, "createdAt": "2026-12-05T09:00:00Z"}""";

    /** The body of the {@code 202 Accepted} that starts a bulk load job. */
    public static final String LOAD_QUEUED = """
            {"id": "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4", "href": "/v1/jobs/9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4",
             "kind": "index.load", "subject": "/v1/indices/cq-data-price",
             "state": "QUEUED", "progress": {"done": 0, "total": 0, "fraction": 0.0000},
             "cancelRequested": false, "createdAt": "2026-12-05T09:00:00Z"}""";

    /** The body of the {@code 202 Accepted} that starts a release job. */
    public static final String RELEASE_QUEUED = """
            {"id": "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "href": "/v1/jobs/a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
             "kind": "index.release", "subject": "/v1/indices/cq-data-price",
             "state": "QUEUED", "progress": {"done": 0, "total": 0, "fraction": 0.0000},
             "cancelRequested": false, "createdAt": "2026-12-05T09:00:00Z"}""";

    /** A page of the caller's jobs. */
    public static final String LIST = """
            {"items": [""" + SUCCEEDED + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    private JobExamples() {
    }
}
