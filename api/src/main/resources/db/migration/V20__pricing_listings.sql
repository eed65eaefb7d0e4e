-- Price formation (docs/pricing.md, "HTTP API"): listings and the appraisals attached to them.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
CREATE TABLE pricing_listing (
    id           VARCHAR(64)    NOT NULL PRIMARY KEY,
    product_id   VARCHAR(200)   NOT NULL,
    seller_id    VARCHAR(200)   NOT NULL,
    category     VARCHAR(32)    NOT NULL,
    data_use     VARCHAR(32)    NOT NULL,
    pricing_unit VARCHAR(32)    NOT NULL,
    mode         VARCHAR(32)    NOT NULL,
    quote        NUMERIC(24, 4) NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pricing_listing_product ON pricing_listing (product_id);

-- Appraisals (估价) attached to a listing, with the band check of the listing's quote at that time.
-- Append-only: a new appraisal is a new row; the latest one is the listing's current appraisal.
CREATE TABLE pricing_appraisal (
    id          VARCHAR(64)    NOT NULL PRIMARY KEY,
    listing_id  VARCHAR(64)    NOT NULL REFERENCES pricing_listing (id),
    appraiser   VARCHAR(200)   NOT NULL,
    method      VARCHAR(200)   NOT NULL,
    amount      NUMERIC(24, 4) NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    beta        NUMERIC(10, 6) NOT NULL,
    band_lower  NUMERIC(24, 4) NOT NULL,
    band_upper  NUMERIC(24, 4) NOT NULL,
    quote       NUMERIC(24, 4) NOT NULL,
    deviation   DOUBLE PRECISION NOT NULL,
    flagged     BOOLEAN        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pricing_appraisal_listing ON pricing_appraisal (listing_id, created_at);
