-- Contribution (revenue split) runs accepted as jobs (issue 14): POST /v1/contributions answered 202 Accepted runs in
-- the background and its answer is stored here, in the transaction that marks its job SUCCEEDED, and read at
-- GET /v1/contributions/runs/{id} (the job's result link). One row per job at most (the unique job_id), so a run
-- started again after a restart, or by another instance, can never store a second answer. Append-only; not a
-- hash-chained ledger: the row is a computed answer (a pure function of its stored request), not a financial record,
-- and the same request computes the same answer bit for bit.
--   created_by      the caller (principal name); only it or an ADMIN reads the run
--   request_json    the request as accepted, result_json the answer as computed (the synchronous answer's JSON)
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE contribution_run (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    job_id        VARCHAR(36)  NOT NULL REFERENCES job (id),
    created_by    VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    request_json  TEXT         NOT NULL,
    result_json   TEXT         NOT NULL,
    CONSTRAINT contribution_run_once_per_job UNIQUE (job_id)
);
