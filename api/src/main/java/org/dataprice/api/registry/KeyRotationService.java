package org.dataprice.api.registry;

import jakarta.inject.Singleton;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.PublishedKey;
import org.dataprice.registry.signature.SigningKey;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 密钥轮换 as an ADMIN operation: generates a new Ed25519 key, lets the core rotate the published set
 * ({@code KeySet.rotate}: the keys in service now are retired now, the new one is valid from now), and records the
 * rotation — the new key's public part and its seed sealed by the key-encryption key ({@link RegistryKeyVault}) — in one
 * transaction with its record of the hash-chained ledger {@code registry-key-rotations}. Rotations queue on the ledger's
 * head lock; the unique sequence number remains the guard (a lost race is retried whole). Every instance uses the new
 * key from its next use of the keys ({@link RegistryKeys}). Without a key-encryption key on this instance: 503 naming
 * the setting; a rotation the core refuses (a second one at the same instant, more than {@code KeySet.MAX_KEYS} keys):
 * 409 with the core's reason. Thread-safe.
 */
@Singleton
public class KeyRotationService {
    private final RegistryKeys keys;
    private final KeyRotationRepository rotations;
    private final LedgerChain chain;
    private final Transactions tx;
    private final Clock clock;

    /**
     * @param keys      the registry's keys
     * @param rotations the rotation table
     * @param chain     the ledger chain
     * @param tx        transactions
     * @param clock     the service clock
     */
    public KeyRotationService(RegistryKeys keys, KeyRotationRepository rotations, LedgerChain chain, Transactions tx,
                              Clock clock) {
        this.keys = keys;
        this.rotations = rotations;
        this.chain = chain;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param reason why
     * @param by     the ADMIN
     * @return the rotation as recorded
     * @throws ProblemException 503 without a key-encryption key on this instance
     */
    public KeyRotationResponse rotate(String reason, String by) {
        RegistryKeyVault vault = keys.vault();
        if (!vault.available()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Key rotation needs the key-encryption key: configure "
                    + vault.setting() + ", the same on every instance");
        }
        KeyPair pair = Ed25519.generate(new SecureRandom());
        return tx.write(() -> {
            chain.lockHead(Ledger.REGISTRY_KEY_ROTATIONS);
            Instant now = ServiceClock.now(clock);
            KeySet before = keys.publishedForRotation();
            SigningKey next = SigningKey.of(pair, now);
            KeySet after;
            try {
                after = before.rotate(next.published(), now);
            } catch (org.dataprice.error.DatapriceException e) {
                throw new ProblemException(ProblemType.CONFLICT, "The key set cannot be rotated at " + now + ": "
                        + e.getMessage());
            }
            long sequence = rotations.countRotations() + 1;
            rotations.save(new KeyRotationRow(next.kid(), sequence, next.published().x(),
                    vault.seal(RegistryKeys.seed(next), next.kid()), now, reason, by));
            chain.append(Ledger.REGISTRY_KEY_ROTATIONS, next.kid());
            List<String> retired = after.keys().stream()
                    .filter(k -> now.equals(k.retiredAt()) && before.find(k.kid()).map(PublishedKey::retiredAt).isEmpty())
                    .map(PublishedKey::kid).toList();
            return new KeyRotationResponse(next.kid(), next.published().x(), now, retired, sequence);
        });
    }
}
