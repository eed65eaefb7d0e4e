-- Issue 16, the rest of "every valuation, listing, deal, index transaction and settlement can cite the registration"
-- and "settlements to individuals by use or by year can cite the authorisation they pay for"
-- (org.dataprice.api.registry, docs/registry.md "Citations, session 6"). Portable SQL (PostgreSQL and H2 in
-- PostgreSQL mode). Both tables are append-only: inserted once, never changed; each row is a record of its own
-- hash-chained ledger, appended in the inserting transaction. New ledgers have no older rows to adopt.

-- An index product bound to the registration of the product it prices: every transaction of that product in that
-- index cites the registration (the trades themselves are not touched). One binding per (index, product), never
-- replaced: binding again to the same registration answers the binding, to another is refused.
CREATE TABLE registry_index_binding (
    id              VARCHAR(170) NOT NULL PRIMARY KEY,
    index_id        VARCHAR(64)  NOT NULL,
    product_id      VARCHAR(100) NOT NULL,
    registration_id VARCHAR(64)  NOT NULL,
    bound_by        VARCHAR(200) NOT NULL,
    bound_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT registry_index_binding_once UNIQUE (index_id, product_id)
);
CREATE INDEX registry_index_binding_registration ON registry_index_binding (registration_id, bound_at);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('registry-index-bindings', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);

-- A payment of a settlement citing the data authorisation it pays for: one row per per-use fee or annual payment
-- that names an authorisationId (term = its JSON path in the settlement request, e.g.
-- periods[0].terms.perUseFees[1]); payee = the term's party. Checked when the settlement is recorded: the
-- authorisation is IN_FORCE then and its grantor is the party paid (core AuthorisationLedger.requirePayable).
CREATE TABLE authorisation_citation (
    id               VARCHAR(200) NOT NULL PRIMARY KEY,
    authorisation_id VARCHAR(64)  NOT NULL,
    subject_kind     VARCHAR(16)  NOT NULL,
    subject_id       VARCHAR(80)  NOT NULL,
    term             VARCHAR(100) NOT NULL,
    payee            VARCHAR(200) NOT NULL,
    cited_by         VARCHAR(200) NOT NULL,
    cited_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT authorisation_citation_once UNIQUE (subject_kind, subject_id, term),
    CONSTRAINT authorisation_citation_kind CHECK (subject_kind IN ('settlement'))
);
CREATE INDEX authorisation_citation_authorisation ON authorisation_citation (authorisation_id, cited_at);
CREATE INDEX authorisation_citation_subject ON authorisation_citation (subject_kind, subject_id);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('authorisation-citations', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
