-- The revisions of each index release (issue 12): the values of the previous vintage that the release
-- changed, as the core's ReleaseCalculator computed them (docs/price-index.md "Revisions of a release").
-- Append-only, inserted in the transaction that inserts the release, never updated. A row names the
-- earlier figure it revises by (index_id, from_vintage, series, period): the observation of that vintage.
-- seq orders the revisions of one release as the calculator listed them (series in publication order,
-- composite first, then period). Rows belong to the release's record of the hash-chained ledger
-- 'index-releases' (a child of index_release, org.dataprice.api.ledger.Ledger): a release without
-- revisions hashes as before this migration, so every release chained earlier keeps its hash.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE index_revision (
    index_id     VARCHAR(64)      NOT NULL,
    vintage      INTEGER          NOT NULL,
    seq          INTEGER          NOT NULL,
    series       VARCHAR(64)      NOT NULL,
    period       VARCHAR(7)       NOT NULL,
    from_vintage INTEGER          NOT NULL,
    previous_val DOUBLE PRECISION NOT NULL,
    new_val      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (index_id, vintage, seq),
    CONSTRAINT index_revision_figure UNIQUE (index_id, vintage, series, period),
    CONSTRAINT index_revision_order CHECK (from_vintage < vintage),
    FOREIGN KEY (index_id, vintage) REFERENCES index_release (index_id, vintage),
    FOREIGN KEY (index_id, from_vintage) REFERENCES index_release (index_id, vintage)
);
