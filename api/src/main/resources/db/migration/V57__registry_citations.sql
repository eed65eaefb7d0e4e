-- Which registration a valuation, listing, deal or settlement is about (issue 16: "every valuation, listing, deal,
-- index transaction and settlement can cite the registration id"). One row per citing record, inserted with it in
-- its transaction and never changed; a deal carries its listing's citation. Kept in the registry's own table so the
-- market's and the settlement's tables stay as they are; each row is a record of the hash-chained ledger
-- 'registry-citations' (org.dataprice.api.ledger.Ledger.REGISTRY_CITATIONS). A new ledger has no older rows to adopt.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE registry_citation (
    id              VARCHAR(100) NOT NULL PRIMARY KEY,
    subject_kind    VARCHAR(16)  NOT NULL,
    subject_id      VARCHAR(80)  NOT NULL,
    registration_id VARCHAR(64)  NOT NULL,
    cited_by        VARCHAR(200) NOT NULL,
    cited_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT registry_citation_once UNIQUE (subject_kind, subject_id),
    CONSTRAINT registry_citation_kind CHECK (subject_kind IN ('valuation', 'listing', 'deal', 'settlement'))
);
CREATE INDEX registry_citation_registration ON registry_citation (registration_id, cited_at);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('registry-citations', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
