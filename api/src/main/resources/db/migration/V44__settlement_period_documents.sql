-- Settlements store each period's statements as one document instead of one row per statement and one
-- per payment line (at 10,000 parties x 13 periods: 13 period rows instead of 260,000 statement and line
-- rows). The columns are nullable: settlements recorded before V44 leave them NULL and keep their
-- split_settlement_statement / split_settlement_line rows, which are still read and still hashed as
-- children of their ledger record; a NULL column is left out of the row digest and no existing row is
-- updated, so every existing ledger hash stays valid.
--   split_settlement_period.statements      the period's statements in statement order, compact JSON:
--       [{"party":..,"total":"..","lines":[{"kind":..,"amount":"..","paid":true,"basis":..},..]},..]
--   split_settlement_period.statement_count the number of statements in that document
--   split_settlement_period.total_paid      the sum of their totals
--   split_settlement.totals                 each party's total over every period, in order of first
--       appearance: [{"party":..,"total":".."},..]
-- Amounts are decimal strings at the currency's minor units. Portable SQL (PostgreSQL and H2 in
-- PostgreSQL mode).
ALTER TABLE split_settlement_period ADD COLUMN statements TEXT;
ALTER TABLE split_settlement_period ADD COLUMN statement_count INTEGER;
ALTER TABLE split_settlement_period ADD COLUMN total_paid NUMERIC(38, 6);
ALTER TABLE split_settlement ADD COLUMN totals TEXT;
