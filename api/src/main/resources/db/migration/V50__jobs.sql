-- Jobs (issue 14): long work (valuation Monte Carlo and sensitivity, index releases, bulk trade loads, large
-- settlements) run in the background after a 202 Accepted; this table is the job resource of GET /v1/jobs/{id}.
-- Mutable by design (state, progress, heartbeat), so it is not a hash-chained ledger: what a job produces (an analysis,
-- a release, a settlement) is written and chained by its own area in the transaction that marks the job SUCCEEDED.
--   owner, role        the caller (principal name) and the role the endpoint required; only the owner or ADMIN read it
--   idempotency_key    the caller's Idempotency-Key (unique per owner), request_hash the SHA-256 of kind, subject, input
--   input_json         the stored input, so that a job interrupted by a restart can run again; NULL when the input was
--                      not stored (a streamed upload spooled to a temporary file): such a job is FAILED on restart
--   state              QUEUED -> RUNNING -> SUCCEEDED | FAILED | CANCELLED (QUEUED -> CANCELLED too)
--   run_id, instance   the claim of the current run: a run may only finish the job while run_id is still its own
--   done, total, eta   progress reported by the work, written about once a second with heartbeat_at
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE job (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind             VARCHAR(40)   NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    owner            VARCHAR(200)  NOT NULL,
    role             VARCHAR(40)   NOT NULL,
    idempotency_key  VARCHAR(255),
    request_hash     VARCHAR(64)   NOT NULL,
    input_json       TEXT,
    state            VARCHAR(16)   NOT NULL,
    cancel_requested BOOLEAN       NOT NULL DEFAULT FALSE,
    done             BIGINT        NOT NULL DEFAULT 0,
    total            BIGINT        NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    heartbeat_at     TIMESTAMP WITH TIME ZONE,
    eta              TIMESTAMP WITH TIME ZONE,
    result_link      VARCHAR(500),
    failure_type     VARCHAR(200),
    failure_reason   VARCHAR(2000),
    run_id           VARCHAR(36),
    instance         VARCHAR(200),
    attempts         INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT job_state CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    CONSTRAINT job_progress CHECK (done >= 0 AND total >= 0 AND done <= total),
    CONSTRAINT job_idempotency_key UNIQUE (owner, idempotency_key)
);
CREATE INDEX job_by_owner ON job (owner, created_at);
CREATE INDEX job_by_state ON job (state, created_at);
CREATE INDEX job_by_subject ON job (kind, subject, state);
