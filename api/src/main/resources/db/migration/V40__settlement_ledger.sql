-- Revenue settlements (POST /v1/settlements) as an append-only ledger: a settlement, its periods,
-- one statement per party and period, one row per payment line, and the principals allowed to read
-- each party's statements. Rows are inserted once in one transaction and never updated or deleted.
-- Amounts are exact decimals at the currency's minor units. Portable SQL (PostgreSQL and H2 in
-- PostgreSQL mode).
CREATE TABLE split_settlement (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    currency        VARCHAR(3)     NOT NULL,
    period_count    INTEGER        NOT NULL,
    carried_forward NUMERIC(38, 6) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(200)   NOT NULL,
    explanation     TEXT           NOT NULL
);

CREATE TABLE split_settlement_period (
    id              VARCHAR(36)    NOT NULL PRIMARY KEY,
    settlement_id   VARCHAR(36)    NOT NULL REFERENCES split_settlement (id),
    period_index    INTEGER        NOT NULL,
    label           VARCHAR(100)   NOT NULL,
    pool            NUMERIC(38, 6) NOT NULL,
    carried_in      NUMERIC(38, 6) NOT NULL,
    retained        NUMERIC(38, 6) NOT NULL,
    carried_forward NUMERIC(38, 6) NOT NULL,
    explanation     TEXT           NOT NULL,
    CONSTRAINT split_settlement_period_key UNIQUE (settlement_id, period_index)
);

CREATE TABLE split_settlement_statement (
    id            VARCHAR(36)    NOT NULL PRIMARY KEY,
    settlement_id VARCHAR(36)    NOT NULL REFERENCES split_settlement (id),
    period_index  INTEGER        NOT NULL,
    ordinal       INTEGER        NOT NULL,
    party         VARCHAR(200)   NOT NULL,
    total         NUMERIC(38, 6) NOT NULL,
    explanation   TEXT           NOT NULL,
    CONSTRAINT split_settlement_statement_key UNIQUE (settlement_id, period_index, party)
);

CREATE TABLE split_settlement_line (
    id            VARCHAR(36)    NOT NULL PRIMARY KEY,
    settlement_id VARCHAR(36)    NOT NULL REFERENCES split_settlement (id),
    period_index  INTEGER        NOT NULL,
    party         VARCHAR(200)   NOT NULL,
    line_no       INTEGER        NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    amount        NUMERIC(38, 6) NOT NULL,
    paid          BOOLEAN        NOT NULL,
    basis         TEXT           NOT NULL,
    CONSTRAINT split_settlement_line_key UNIQUE (settlement_id, period_index, party, line_no)
);

CREATE TABLE split_settlement_principal (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    settlement_id VARCHAR(36)  NOT NULL REFERENCES split_settlement (id),
    party         VARCHAR(200) NOT NULL,
    principal     VARCHAR(200) NOT NULL,
    CONSTRAINT split_settlement_principal_key UNIQUE (settlement_id, party, principal)
);
CREATE INDEX split_settlement_principal_lookup ON split_settlement_principal (settlement_id, principal);
