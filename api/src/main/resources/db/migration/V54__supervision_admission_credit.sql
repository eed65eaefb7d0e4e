-- Negative list, listing admission and market credit (issue 15, plan §15; docs/supervision.md "Negative list and
-- admission (API)", "Market credit (API)"). All three tables are append-only (rows are inserted, never updated or
-- deleted) and hash-chained: each row is a record of its ledger (org.dataprice.api.ledger.Ledger), appended in the
-- inserting transaction; new ledgers have no older rows to adopt. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

-- One row per version of the negative list; the entries as JSON ([{id, kind, value, exemption, clause}]).
-- The version in force at t is the highest version with effective_from <= t.
CREATE TABLE supervision_negative_list (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    version        INTEGER      NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    entries_json   TEXT         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(200) NOT NULL,
    CONSTRAINT supervision_negative_list_version UNIQUE (version),
    CONSTRAINT supervision_negative_list_version_positive CHECK (version >= 1)
);

-- What the seller declared when a listing was created, and the list version it was admitted under (NULL: no list
-- was in force). One row per listing created since this migration; the id is the listing's id.
CREATE TABLE supervision_listing_admission (
    id                 VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES pricing_listing (id),
    description        TEXT,
    sectors_json       TEXT         NOT NULL,
    data_classes_json  TEXT         NOT NULL,
    consent            BOOLEAN      NOT NULL,
    approval_reference VARCHAR(200),
    list_version       INTEGER,
    admitted_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Market credit: every record of a party's credit file, one row each: EVENT (subject_id NULL), OBJECTION and REPAIR
-- (subject_id = the event), ANSWER (= the objection), DECISION (= the repair request). body_json holds the request
-- as accepted. once_key makes "one objection per event", "one answer per objection", "one decision per request" and
-- "the n-th repair request of an event" unique, so two concurrent writers cannot both succeed (the loser is retried
-- and refused by the core).
CREATE TABLE credit_record (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    party_id    VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    subject_id  VARCHAR(36),
    once_key    VARCHAR(80),
    body_json   TEXT         NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(200) NOT NULL,
    CONSTRAINT credit_record_once UNIQUE (once_key),
    CONSTRAINT credit_record_kind CHECK (kind IN ('EVENT', 'OBJECTION', 'ANSWER', 'REPAIR', 'DECISION'))
);
CREATE INDEX credit_record_party ON credit_record (party_id, recorded_at);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('negative-list', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE),
    ('listing-admissions', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE),
    ('credit-records', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
