-- The seller's justification of a quote flagged by an appraisal band (AppraisalBand.review; docs/pricing.md,
-- "Flagged quotes"). One per appraisal (primary key): a listing whose latest appraisal flags its quote is
-- not tradable until the seller has justified the quote against that appraisal.
CREATE TABLE pricing_justification (
    appraisal_id VARCHAR(64)   NOT NULL PRIMARY KEY REFERENCES pricing_appraisal (id),
    listing_id   VARCHAR(64)   NOT NULL REFERENCES pricing_listing (id),
    seller_id    VARCHAR(200)  NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pricing_justification_listing ON pricing_justification (listing_id);
