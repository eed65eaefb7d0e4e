-- Market supervision (issue 15; org.dataprice.api.supervision, docs/supervision.md "API").
-- All four tables are append-only and hash-chained (org.dataprice.api.ledger.Ledger SUPERVISION_*): each row is one
-- record of its ledger, appended in the inserting transaction; new ledgers have no older rows to adopt.
--   supervision_rules: one row per version of the exchange's rule configuration (config_json = the rules with their
--     own versions, severities and parameters); version 0 (the core's defaults) is never stored.
--   supervision_alert: one row per alert raised (by the check of a recorded deal, a batch scan, a pattern or
--     concentration screen); fingerprint = SHA-256 of rule id, rule version, subject and evidence ids, unique, so
--     re-running a scan never stores an alert twice.
--   supervision_alert_event: the workflow of an alert (OPEN when raised, then ACKNOWLEDGED / ESCALATED / CLOSED with
--     a reason), seq 1, 2, ... per alert; the alert's status is its latest event.
--   supervision_owner_link: beneficial-owner links declared by a supervisor (two parties under one owner).
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE supervision_rules (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    version     INTEGER      NOT NULL,
    config_json TEXT         NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supervision_rules_version UNIQUE (version),
    CONSTRAINT supervision_rules_version_positive CHECK (version >= 1)
);

CREATE TABLE supervision_alert (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    fingerprint      VARCHAR(64)   NOT NULL,
    rule_id          VARCHAR(64)   NOT NULL,
    rule_version     INTEGER       NOT NULL,
    severity         VARCHAR(16)   NOT NULL,
    source           VARCHAR(16)   NOT NULL,
    subject          VARCHAR(400)  NOT NULL,
    deal_id          VARCHAR(64),
    evidence_json    TEXT          NOT NULL,
    figures_json     TEXT          NOT NULL,
    explanation_json TEXT          NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supervision_alert_fingerprint UNIQUE (fingerprint),
    CONSTRAINT supervision_alert_severity CHECK (severity IN ('INFO', 'WARNING', 'HIGH', 'CRITICAL')),
    CONSTRAINT supervision_alert_source CHECK (source IN ('DEAL', 'SCAN', 'PATTERN', 'CONCENTRATION'))
);
CREATE INDEX supervision_alert_raised ON supervision_alert (raised_at, id);
CREATE INDEX supervision_alert_rule ON supervision_alert (rule_id, raised_at);

CREATE TABLE supervision_alert_event (
    id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    alert_id  VARCHAR(36)   NOT NULL REFERENCES supervision_alert (id),
    seq       INTEGER       NOT NULL,
    status    VARCHAR(16)   NOT NULL,
    reason    VARCHAR(2000),
    actor     VARCHAR(200)  NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supervision_alert_event_seq UNIQUE (alert_id, seq),
    CONSTRAINT supervision_alert_event_status CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'ESCALATED', 'CLOSED'))
);

CREATE TABLE supervision_owner_link (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    party_a     VARCHAR(200) NOT NULL,
    party_b     VARCHAR(200) NOT NULL,
    declared_by VARCHAR(200) NOT NULL,
    declared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supervision_owner_link_pair UNIQUE (party_a, party_b),
    CONSTRAINT supervision_owner_link_order CHECK (party_a < party_b)
);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('supervision-rules', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE),
    ('supervision-alerts', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE),
    ('supervision-alert-events', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE),
    ('supervision-owner-links', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
