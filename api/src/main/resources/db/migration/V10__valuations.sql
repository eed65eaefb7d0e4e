-- Valuation engagements and their reports (org.dataprice.api.valuation). Append-only: rows are inserted
-- once, before the 201 answer, and never updated or deleted by the service.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
CREATE TABLE valuation (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    reference       VARCHAR(200) NOT NULL,
    engagement_json TEXT         NOT NULL,
    report_json     TEXT         NOT NULL,
    input_hash      VARCHAR(64)  NOT NULL,
    library_version VARCHAR(64)  NOT NULL,
    value_amount    NUMERIC(30, 4) NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(200) NOT NULL
);
CREATE INDEX valuation_input_hash ON valuation (input_hash);
