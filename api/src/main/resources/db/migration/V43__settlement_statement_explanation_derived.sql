-- A statement's explanation is a pure function of its lines (PartyStatement.explanation() in revenue-split: one
-- LINE step per line, then the TOTAL step; inputs party and period). Settlements recorded from now on
-- store NULL here and the explanation is derived from the stored (hash-chained) lines on read; rows
-- written before keep and serve their stored explanation. Their ledger hashes are unchanged: a NULL
-- column is left out of the row digest, and no existing row is updated. Portable SQL (PostgreSQL and
-- H2 in PostgreSQL mode).
ALTER TABLE split_settlement_statement ALTER COLUMN explanation DROP NOT NULL;
