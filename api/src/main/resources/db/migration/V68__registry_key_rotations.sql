-- Issue 16, registry key rotation as an ADMIN operation (org.dataprice.api.registry.RegistryKeys,
-- KeyRotationService; docs/registry.md "Key rotation"). The key file (dataprice.registry.signing.key-file) stays the
-- registry's first keys; each rotation adds one row, inserted once and never changed: the new Ed25519 key's id (RFC 7638
-- thumbprint) and public x, its private seed sealed with the configured key-encryption key
-- (dataprice.registry.signing.kek-file; AES-256-GCM, 12-byte nonce, the kid as associated data, base64url of
-- nonce || ciphertext || tag), and the rotation instant: the new key signs from valid_from on and every key in service
-- before is retired at that instant (core KeySet.rotate), so every certificate signed earlier still verifies with the
-- published set. Every instance on this database reads the rows (the number of rows is checked on each use of the keys),
-- so a rotation made on one instance is used by all. sequence numbers the rotations 1, 2, ...; each row is a record of
-- the hash-chained ledger 'registry-key-rotations'. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).
CREATE TABLE registry_key_rotation (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    sequence    BIGINT       NOT NULL,
    x           VARCHAR(64)  NOT NULL,
    sealed_d    VARCHAR(200) NOT NULL,
    valid_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    rotated_by  VARCHAR(200) NOT NULL,
    CONSTRAINT registry_key_rotation_number UNIQUE (sequence),
    CONSTRAINT registry_key_rotation_number_positive CHECK (sequence >= 1)
);

INSERT INTO ledger_head (ledger, seq, chain_hash, adopted) VALUES
    ('registry-key-rotations', 0, '0000000000000000000000000000000000000000000000000000000000000000', TRUE);
