-- An open auction closed without sale because the negative list in force prohibits its listing (issue 15;
-- core org.dataprice.pricing.auction.AuctionWithdrawal, api AuctionService.close). One row per withdrawn auction
-- (id = the auction's id), append-only and hash-chained (ledger 'auction-withdrawals'): who closed it (the seller or the
-- deadline sweep), when, the negative list version and the entries cited, and the explanation answered as the
-- auction's result. The auction row itself is closed with no winner and no price.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE pricing_auction_withdrawal (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES pricing_auction (id),
    list_version     INTEGER       NOT NULL,
    grounds          VARCHAR(4000) NOT NULL,
    explanation_json TEXT          NOT NULL,
    closed_by        VARCHAR(200)  NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('auction-withdrawals', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
