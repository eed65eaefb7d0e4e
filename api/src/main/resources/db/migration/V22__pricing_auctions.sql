-- Auctions (竞价): English (open ascending) and sealed-bid (first price, Vickrey). The state row is
-- versioned like a negotiation; bids are append-only, (auction_id, seq) unique.
CREATE TABLE pricing_auction (
    id           VARCHAR(64)    NOT NULL PRIMARY KEY,
    listing_id   VARCHAR(64)    NOT NULL REFERENCES pricing_listing (id),
    seller_id    VARCHAR(200)   NOT NULL,
    format       VARCHAR(16)    NOT NULL,
    currency     VARCHAR(3)     NOT NULL,
    start_price  NUMERIC(24, 4) NOT NULL,
    increment    NUMERIC(24, 4),
    reserve      NUMERIC(24, 4) NOT NULL,
    rights_type  VARCHAR(32)    NOT NULL,
    deadline     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed       BOOLEAN        NOT NULL,
    winner_id    VARCHAR(200),
    price        NUMERIC(24, 4),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pricing_auction_listing ON pricing_auction (listing_id);

CREATE TABLE pricing_bid (
    id          VARCHAR(64)    NOT NULL PRIMARY KEY,
    auction_id  VARCHAR(64)    NOT NULL REFERENCES pricing_auction (id),
    seq         BIGINT         NOT NULL,
    bidder_id   VARCHAR(200)   NOT NULL,
    amount      NUMERIC(24, 4) NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    bid_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pricing_bid_seq UNIQUE (auction_id, seq)
);
