-- GET /v1/valuations lists valuations newest first (created_at, then id, descending) a page at a time:
-- this index serves that ORDER BY ... LIMIT/OFFSET without sorting the table. Portable (PostgreSQL, H2).
CREATE INDEX valuation_created ON valuation (created_at, id);
