-- issue 12: a listing's appraisal may cite a stored valuation report; the figures it cited are kept with it
-- (the valuation itself is append-only, so these are what the report said when it was cited).
ALTER TABLE pricing_appraisal ADD COLUMN valuation_id VARCHAR(36) REFERENCES valuation (id);
ALTER TABLE pricing_appraisal ADD COLUMN valuation_date DATE;
ALTER TABLE pricing_appraisal ADD COLUMN valuation_firm VARCHAR(500);
ALTER TABLE pricing_appraisal ADD COLUMN valuation_low NUMERIC(30, 4);
ALTER TABLE pricing_appraisal ADD COLUMN valuation_high NUMERIC(30, 4);
