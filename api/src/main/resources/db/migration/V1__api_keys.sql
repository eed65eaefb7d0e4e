-- API keys. The secret is never stored: only SHA-256(salt || secret), hex encoded.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
CREATE TABLE api_key (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    roles       VARCHAR(200) NOT NULL,
    salt        VARCHAR(64)  NOT NULL,
    secret_hash VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
