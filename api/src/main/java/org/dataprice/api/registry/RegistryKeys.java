package org.dataprice.api.registry;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.dataprice.api.apikey.LocalAdminKey;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.error.DatapriceException;
import org.dataprice.registry.json.CanonicalJson;
import org.dataprice.registry.json.JsonFields;
import org.dataprice.registry.json.JsonParser;
import org.dataprice.registry.signature.Base64Url;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.PublishedKey;
import org.dataprice.registry.signature.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's Ed25519 signing keys — those of {@code dataprice.registry.signing.key-file}, read once at start-up,
 * then every rotation recorded in the database ({@code POST /v1/registry/key-rotations}, V68,
 * {@link KeyRotationService}) — and the published key set ({@code GET /.well-known/jwks.json}).
 *
 * <p><b>Rotation as an ADMIN operation</b> (since session 6): a rotation adds a key valid from the rotation instant and
 * retires every key in service then at that instant (core {@code KeySet.rotate}); its private seed is kept in the
 * database sealed by the key-encryption key ({@link RegistryKeyVault}, why the database and not a shared file: see
 * there). Every use of the keys ({@link #published}, {@link #signingAt}) first compares the number of rotations in the
 * database with the number this instance has applied (one indexed count) and re-reads them when it differs, so a
 * rotation made on any of N instances is used by all from their next use; the retired keys stay published with their
 * validity and keep verifying what they signed. Editing the key file and restarting remains possible (below).
 *
 * <p>The key file is an RFC 7517 JWK Set of OKP Ed25519 keys (RFC 8037 §2) with the private seed {@code d}, the
 * key id {@code kid} (RFC 7638 thumbprint) and the validity members of the published set
 * ({@code dataprice_valid_from}, {@code dataprice_retired_at}). <b>Rotation</b>: add a new key and give the old one
 * a {@code dataprice_retired_at}; restart. The old key stays published and keeps verifying what it signed while in
 * service; it signs nothing after its retirement. Each certificate is signed by the key in service at its issue time
 * with the latest {@code dataprice_valid_from} ({@link #signingAt}); none in service answers 503.
 *
 * <p>Without a file and with {@code dataprice.registry.signing.generate=true} (development, tests) one key is
 * generated, written owner-only ({@link LocalAdminKey#writeOwnerOnly}) and used from then on; it is valid from the
 * epoch, so a test clock set in the past can issue. In production set {@code generate=false}: a missing or invalid
 * file stops start-up with the reason (the private key is never logged). A key whose {@code d} does not belong to
 * its {@code x} is refused. Thread-safe: the applied state is one immutable value replaced whole.
 */
@Singleton
public class RegistryKeys {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryKeys.class);
    private static final Instant GENERATED_VALID_FROM = Instant.EPOCH;

    private final List<SigningKey> keys;
    private final String issuer;
    private final Clock clock;
    private final KeyRotationRepository rotations;
    private final RegistryKeyVault vault;
    private final org.dataprice.api.transaction.Transactions tx;
    private volatile Applied applied;

    /**
     * The keys as this instance applies them: the file's, then {@code count} rotations.
     *
     * @param count     the rotations applied
     * @param published the published set
     * @param privates  the private key of each key this instance can sign with, by kid
     */
    private record Applied(long count, KeySet published, Map<String, java.security.PrivateKey> privates) {
    }

    /**
     * The service's keys, from configuration.
     *
     * @param file          the key file
     * @param generate      {@code dataprice.registry.signing.generate}: {@code true} or {@code false}, or empty (the
     *                      default) to generate a missing file only with the embedded H2 store — with a production
     *                      store every instance must read the same file, and a second, different key generated there
     *                      would leave earlier certificates with a key nobody publishes
     * @param datasourceUrl the default datasource's URL
     * @param issuer        the issuer named in every certificate (an identifier, e.g. {@code wdex})
     * @param clock         the service clock
     * @throws ConfigurationException when {@code generate} is not true, false or empty
     */
    @jakarta.inject.Inject
    public RegistryKeys(@Value("${dataprice.registry.signing.key-file:./data/registry-signing-keys.json}") String file,
                        @Value("${dataprice.registry.signing.generate:}") String generate,
                        @Value("${datasources.default.url:}") String datasourceUrl,
                        @Value("${dataprice.registry.issuer:dataprice}") String issuer, Clock clock,
                        KeyRotationRepository rotations, RegistryKeyVault vault,
                        org.dataprice.api.transaction.Transactions tx) {
        this(file, mayGenerate(generate, datasourceUrl), issuer, clock, rotations, vault, tx);
    }

    /**
     * @param generate      the setting: true, false or empty
     * @param datasourceUrl the default datasource's URL
     * @return whether a missing key file may be generated
     */
    static boolean mayGenerate(String generate, String datasourceUrl) {
        String g = generate == null ? "" : generate.strip();
        return switch (g) {
            case "" -> org.dataprice.api.storage.H2DataDirectory.isEmbeddedH2(datasourceUrl);
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException("dataprice.registry.signing.generate must be true, false or empty "
                    + "(empty: generate a missing key file only with the embedded H2 store), was '" + g + "'");
        };
    }

    /**
     * @param file     the key file
     * @param generate whether a missing file is generated
     * @param issuer   the issuer named in every certificate (an identifier, e.g. {@code wdex})
     * @param clock    the service clock
     */
    RegistryKeys(String file, boolean generate, String issuer, Clock clock) {
        this(file, generate, issuer, clock, null, null, null);
    }

    /**
     * @param file      the key file
     * @param generate  whether a missing file is generated
     * @param issuer    the issuer named in every certificate
     * @param clock     the service clock
     * @param rotations the rotations in the database; null for the file's keys only
     * @param vault     the key-encryption key of rotated keys; null with {@code rotations}
     * @param tx        transactions; null with {@code rotations}
     */
    RegistryKeys(String file, boolean generate, String issuer, Clock clock, KeyRotationRepository rotations,
                 RegistryKeyVault vault, org.dataprice.api.transaction.Transactions tx) {
        this.rotations = rotations;
        this.vault = vault;
        this.tx = tx;
        this.clock = clock;
        this.issuer = issuer;
        Path path = Path.of(file);
        try {
            if (!Files.isRegularFile(path)) {
                if (!generate) {
                    throw new ConfigurationException("dataprice.registry.signing.key-file " + path
                            + " does not exist: with a production store every instance must read the same key file "
                            + "(a missing file is generated only with the embedded H2 store, or with "
                            + "dataprice.registry.signing.generate=true)");
                }
                LocalAdminKey.writeOwnerOnly(path, new String(generated(), StandardCharsets.UTF_8));
                LOG.info("Generated a registry signing key in {} (readable by its owner only)", path);
            }
            this.keys = read(Files.readAllBytes(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry signing keys " + path, e);
        }
        Map<String, java.security.PrivateKey> privates = new java.util.HashMap<>();
        keys.forEach(k -> privates.put(k.kid(), k.privateKey()));
        this.applied = new Applied(0, new KeySet(keys.stream().map(SigningKey::published).toList()), Map.copyOf(privates));
        LOG.info("Registry signing keys: {}", keys.stream().map(SigningKey::kid).toList());
    }

    /**
     * @param json the key file's bytes
     * @param name the file's name, for messages
     * @return its keys, in file order
     * @throws ConfigurationException naming the file and the rule broken
     */
    static List<SigningKey> read(byte[] json, String name) {
        try {
            JsonFields set = JsonParser.parseObject(json, "keys");
            List<SigningKey> out = new ArrayList<>();
            for (JsonFields jwk : set.objects("keys")) {
                PublishedKey key = PublishedKey.fromJwk(jwk);
                KeyPair pair = Ed25519.keyPair(Base64Url.decode(jwk.string("d"), jwk.pathOf("d")));
                if (!PublishedKey.of(pair.getPublic(), key.validFrom()).x().equals(key.x())) {
                    throw new ConfigurationException("registry key file " + name + ": " + jwk.pathOf("d")
                            + " is not the private key of x (kid " + key.kid() + ")");
                }
                out.add(new SigningKey(pair.getPrivate(), key));
            }
            if (out.isEmpty()) {
                throw new ConfigurationException("registry key file " + name + " holds no key");
            }
            new KeySet(out.stream().map(SigningKey::published).toList());
            return List.copyOf(out);
        } catch (DatapriceException e) {
            throw new ConfigurationException("registry key file " + name + ": " + e.field() + ": " + e.getMessage());
        }
    }

    /** @return a key file with one new key, valid from the epoch */
    static byte[] generated() {
        KeyPair pair = Ed25519.generate(new SecureRandom());
        return file(List.of(new SigningKey(pair.getPrivate(), PublishedKey.of(pair.getPublic(), GENERATED_VALID_FROM))));
    }

    /**
     * @param keys signing keys
     * @return the key file holding them (canonical JSON)
     */
    static byte[] file(List<SigningKey> keys) {
        List<Map<String, Object>> jwks = new ArrayList<>();
        for (SigningKey k : keys) {
            Map<String, Object> jwk = new LinkedHashMap<>(k.published().toJwk());
            jwk.put("d", Base64Url.encode(seed(k)));
            jwks.add(jwk);
        }
        return CanonicalJson.bytes(Map.of("keys", jwks));
    }

    /** The 32-byte RFC 8032 seed: the last 32 bytes of the JDK's PKCS#8 encoding of an Ed25519 private key. */
    static byte[] seed(SigningKey k) {
        byte[] pkcs8 = k.privateKey().getEncoded();
        return java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - Ed25519.KEY_BYTES, pkcs8.length);
    }

    /** @return the published key set: every key, in service or retired, with the rotations recorded so far */
    public KeySet published() {
        return current(false).published();
    }

    /**
     * The keys as the database holds them now (inside the caller's transaction when one is open).
     *
     * @param force re-read the rotations even when their number is unchanged
     */
    private Applied current(boolean force) {
        Applied a = applied;
        if (rotations == null) {
            return a;
        }
        return tx.read(() -> {
            long count = rotations.countRotations();
            if (!force && count == a.count()) {
                return a;
            }
            Applied next = apply(rotations.findAllOrderBySequence());
            applied = next;
            return next;
        });
    }

    /** The file's keys with {@code rows} applied in order (core {@code KeySet.rotate}). */
    private Applied apply(List<KeyRotationRow> rows) {
        KeySet set = new KeySet(keys.stream().map(SigningKey::published).toList());
        Map<String, java.security.PrivateKey> privates = new java.util.HashMap<>();
        keys.forEach(k -> privates.put(k.kid(), k.privateKey()));
        for (KeyRotationRow r : rows) {
            try {
                set = set.rotate(new PublishedKey(r.id(), r.x(), r.validFrom(), null), r.validFrom());
            } catch (DatapriceException e) {
                throw new IllegalStateException("registry key rotation " + r.sequence() + " (" + r.id()
                        + ") does not apply: " + e.field() + ": " + e.getMessage(), e);
            }
            vault.open(r.sealedD(), r.id()).ifPresent(seed -> {
                KeyPair pair = Ed25519.keyPair(seed);
                if (PublishedKey.of(pair.getPublic(), r.validFrom()).x().equals(r.x())) {
                    privates.put(r.id(), pair.getPrivate());
                } else {
                    LOG.warn("The sealed seed of registry key {} is not the private key of its x", r.id());
                }
            });
        }
        return new Applied(rows.size(), set, Map.copyOf(privates));
    }

    /**
     * The state after a rotation this instance records: the keys as stored, re-read in the recording transaction.
     *
     * @return the published set before the caller's new rotation
     */
    KeySet publishedForRotation() {
        return current(true).published();
    }

    /** @return the key-encryption key of rotated keys */
    RegistryKeyVault vault() {
        return vault;
    }

    /** @return the issuer named in certificates */
    public String issuer() {
        return issuer;
    }

    /**
     * @param at an issue time
     * @return the key in service then with the latest validity start
     * @throws ProblemException 503 when none is in service
     */
    public SigningKey signingAt(Instant at) {
        Applied a = current(false);
        Optional<PublishedKey> key = a.published().keys().stream().filter(k -> k.inServiceAt(at))
                .max(Comparator.comparing(PublishedKey::validFrom));
        PublishedKey k = key.orElseThrow(() -> new ProblemException(ProblemType.UNAVAILABLE,
                "No registry signing key is in service at " + at + "; add one to dataprice.registry.signing.key-file "
                        + "or rotate (POST /v1/registry/key-rotations)"));
        java.security.PrivateKey d = a.privates().get(k.kid());
        if (d == null) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The registry key in service at " + at + " (" + k.kid()
                    + ") was rotated in on another instance and its seed does not open here: configure "
                    + vault.setting() + " as on the other instances");
        }
        return new SigningKey(d, k);
    }

    /** @return the key that signs now */
    public SigningKey current() {
        return signingAt(ServiceClock.now(clock));
    }
}
