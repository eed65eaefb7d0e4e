-- Human-driven negotiations (议价). The state row carries `version`: every transition is written
-- with UPDATE ... WHERE id = ? AND version = ? (optimistic locking), in the same transaction as the
-- offer it appends. Offers are append-only; (negotiation_id, round_no) is unique, so two transitions
-- from the same version can never both append.
CREATE TABLE pricing_negotiation (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    listing_id  VARCHAR(64)  NOT NULL REFERENCES pricing_listing (id),
    seller_id   VARCHAR(200) NOT NULL,
    buyer_id    VARCHAR(200) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    turn        VARCHAR(16)  NOT NULL,
    deadline    TIMESTAMP WITH TIME ZONE NOT NULL,
    max_rounds  INTEGER      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pricing_negotiation_listing ON pricing_negotiation (listing_id);

CREATE TABLE pricing_offer (
    id              VARCHAR(64)    NOT NULL PRIMARY KEY,
    negotiation_id  VARCHAR(64)    NOT NULL REFERENCES pricing_negotiation (id),
    round_no        INTEGER        NOT NULL,
    proposer        VARCHAR(16)    NOT NULL,
    actor_id        VARCHAR(200)   NOT NULL,
    price           NUMERIC(24, 4) NOT NULL,
    currency        VARCHAR(3)     NOT NULL,
    licence_months  INTEGER        NOT NULL,
    scope           VARCHAR(32)    NOT NULL,
    frequency       VARCHAR(32)    NOT NULL,
    delivery        VARCHAR(32)    NOT NULL,
    offered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pricing_offer_round UNIQUE (negotiation_id, round_no)
);
