package org.dataprice.api.exchange;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import org.dataprice.api.apikey.LocalAdminKey;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.registry.RegistryText;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonFields;
import org.dataprice.registry.json.JsonParser;
import org.dataprice.registry.signature.Base64Url;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This exchange's signing identity for exchange-to-exchange bundles: its id ({@code dataprice.exchange.id}, what its
 * bundles name as {@code exporter}) and its Ed25519 key (RFC 8032 through the JDK; key id the RFC 7638 thumbprint).
 * Created at start-up, so a misconfigured key stops the service before it answers.
 *
 * <p>Where the key comes from:
 * <ul>
 *   <li>{@code dataprice.exchange.signing.key} ({@code DATAPRICE_EXCHANGE_SIGNING_KEY}): the 32-byte Ed25519 seed
 *       (RFC 8037 {@code d}) in base64url, with {@code dataprice.exchange.signing.valid-from} (an ISO instant, the
 *       first instant it signs) — the production setting, from a secret store;</li>
 *   <li>otherwise, with the embedded H2 store only (development, tests): the key file
 *       {@code dataprice.exchange.signing.key-file} ({@code ./data/exchange-signing-key.json}), generated once with
 *       {@link SecureRandom} on first start (owner-only, {@code rw-------}) and read on every later start;</li>
 *   <li>otherwise (a production store without a key): start-up fails with a message naming the setting.</li>
 * </ul>
 * The private key never leaves this bean ({@link SigningKey#toString()} hides it); the public half is published as
 * a JWK Set at {@code /.well-known/exchange-keys.json} ({@link #keySet()}). Rotation of this exchange's own key
 * (publishing the retired key beside the new one) is not built yet: see docs/registry.md.
 */
@Context
public class ExchangeIdentity {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeIdentity.class);

    private final String exchangeId;
    private final SigningKey key;

    /**
     * @param exchangeId    this exchange's id; an identifier (1–64 of {@code A–Z a–z 0–9 . _ : -})
     * @param seed          the configured seed (base64url), or null
     * @param validFrom     the configured key's first signing instant (required with {@code seed})
     * @param keyFile       the development key file
     * @param datasourceUrl the default datasource's URL (H2 allows the generated key)
     * @param clock         the service clock (a generated key is in service from now)
     */
    public ExchangeIdentity(@Value("${dataprice.exchange.id:dataprice-local}") String exchangeId,
                            @Nullable @Value("${dataprice.exchange.signing.key:}") String seed,
                            @Nullable @Value("${dataprice.exchange.signing.valid-from:}") String validFrom,
                            @Value("${dataprice.exchange.signing.key-file:./data/exchange-signing-key.json}") String keyFile,
                            @Value("${datasources.default.url:}") String datasourceUrl, Clock clock) {
        try {
            this.exchangeId = RegistryText.id(exchangeId, "dataprice.exchange.id");
            if (seed != null && !seed.isBlank()) {
                if (validFrom == null || validFrom.isBlank()) {
                    throw new ConfigurationException("dataprice.exchange.signing.valid-from is required with "
                            + "dataprice.exchange.signing.key (the first instant the key signs, e.g. 2026-01-01T00:00:00Z)");
                }
                this.key = SigningKey.of(Ed25519.keyPair(Base64Url.decode(seed.strip(), "dataprice.exchange.signing.key")),
                        Instant.parse(validFrom.strip()));
            } else if (org.dataprice.api.storage.H2DataDirectory.isEmbeddedH2(datasourceUrl)) {
                this.key = development(Path.of(keyFile).toAbsolutePath().normalize(), clock);
            } else {
                throw new ConfigurationException("dataprice.exchange.signing.key (DATAPRICE_EXCHANGE_SIGNING_KEY) is required "
                        + "with a production store: the exchange's Ed25519 seed, base64url, with dataprice.exchange.signing.valid-from");
            }
        } catch (RuntimeException e) {
            if (e instanceof ConfigurationException) {
                throw e;
            }
            throw new ConfigurationException("the exchange signing identity is not valid: " + e.getMessage(), e);
        }
        LOG.info("Exchange {} signs bundles with key {}", this.exchangeId, key.kid());
    }

    private static SigningKey development(Path file, Clock clock) {
        try {
            if (Files.isRegularFile(file)) {
                JsonFields stored = JsonParser.parseObject(Files.readAllBytes(file), "keyFile");
                return SigningKey.of(Ed25519.keyPair(Base64Url.decode(stored.string("d"), "keyFile.d")), stored.instant("validFrom"));
            }
            byte[] seed = new byte[Ed25519.KEY_BYTES];
            new SecureRandom().nextBytes(seed);
            Instant validFrom = ServiceClock.now(clock);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("d", Base64Url.encode(seed));
            json.put("validFrom", validFrom.toString());
            LocalAdminKey.writeOwnerOnly(file, CanonicalJson.write(json) + "\n");
            LOG.info("Generated a development exchange signing key in {} (readable by its owner only)", file);
            return SigningKey.of(Ed25519.keyPair(seed), validFrom);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the exchange signing key file " + file, e);
        }
    }

    /** @return this exchange's id, as its bundles name it in {@code exporter} */
    public String exchangeId() {
        return exchangeId;
    }

    /** @return the signing key (private; never serialised) */
    public SigningKey signingKey() {
        return key;
    }

    /** @return the published key set: this exchange's public key with its validity */
    public KeySet keySet() {
        return KeySet.of(key.published());
    }

    /** @return the canonical JSON of {@link #keySet()} */
    public byte[] keySetJson() {
        return keySet().toJson();
    }

}
