-- Volume tiers and subscription terms of FIXED_PRICE listings (core Listing; docs/pricing.md
-- "Fixed-price terms"). Written with the listing, never updated; seq keeps the request's order.
CREATE TABLE pricing_listing_tier (
    id          VARCHAR(64)    NOT NULL PRIMARY KEY,
    listing_id  VARCHAR(64)    NOT NULL REFERENCES pricing_listing (id),
    seq         INTEGER        NOT NULL,
    from_volume BIGINT         NOT NULL,
    unit_price  NUMERIC(24, 4) NOT NULL,
    CONSTRAINT pricing_listing_tier_seq UNIQUE (listing_id, seq)
);
CREATE TABLE pricing_listing_subscription (
    id         VARCHAR(64)    NOT NULL PRIMARY KEY,
    listing_id VARCHAR(64)    NOT NULL REFERENCES pricing_listing (id),
    seq        INTEGER        NOT NULL,
    months     INTEGER        NOT NULL,
    price      NUMERIC(24, 4) NOT NULL,
    CONSTRAINT pricing_listing_subscription_seq UNIQUE (listing_id, seq)
);
