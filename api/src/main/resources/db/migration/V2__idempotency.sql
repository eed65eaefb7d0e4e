-- Idempotency records. The primary key id = SHA-256(caller || 0x00 || idempotency key) is the lock
-- that makes a state-changing POST exactly-once across service instances sharing this database:
-- the first INSERT wins, every other instance gets a unique-constraint violation (SQLSTATE 23505).
CREATE TABLE idempotency_record (
    id                VARCHAR(64)   NOT NULL PRIMARY KEY,
    caller            VARCHAR(200)  NOT NULL,
    idempotency_key   VARCHAR(255)  NOT NULL,
    request_method    VARCHAR(10)   NOT NULL,
    request_path      VARCHAR(1000) NOT NULL,
    payload_sha256    VARCHAR(64)   NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    response_status   INTEGER,
    response_location VARCHAR(1000),
    response_body     TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT idempotency_record_caller_key UNIQUE (caller, idempotency_key)
);
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
