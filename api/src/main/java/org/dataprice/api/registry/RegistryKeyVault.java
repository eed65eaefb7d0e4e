package org.dataprice.api.registry;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.dataprice.api.apikey.LocalAdminKey;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.registry.signature.Base64Url;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * The key-encryption key (KEK) that seals the private seeds of rotated registry keys in the database
 * ({@code registry_key_rotation.sealed_d}, V68): AES-256-GCM with a random 12-byte nonce and the key id as associated
 * data (a sealed seed moved to another key's row fails to open), stored as base64url of nonce ‖ ciphertext ‖ tag.
 *
 * <p>Why the database and a KEK rather than a shared key file reloaded on change: N instances share one PostgreSQL
 * (docs/deployment.md), not a file system; a rotation must reach every instance at once and atomically with its ledger
 * record, and the database gives that with the transaction that records it. The database then holds only sealed seeds:
 * a database dump alone signs nothing. The KEK is configuration, the same on every instance
 * ({@code dataprice.registry.signing.kek-file}: 32 random bytes, base64url, one line; readable by the service only),
 * kept like the key file outside the database. A missing KEK file is generated (owner-only) under the key file's rule
 * ({@link RegistryKeys#mayGenerate}: with the embedded H2 store, or when forced); otherwise the service runs without
 * one: the keys of the key file sign as before, a rotation answers 503 naming the setting, and a rotated key this
 * instance cannot open answers 503 when it would sign. Immutable; thread-safe.
 */
@Singleton
public class RegistryKeyVault {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryKeyVault.class);
    private static final int KEK_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey kek;
    private final String file;

    /**
     * @param file          {@code dataprice.registry.signing.kek-file}
     * @param generate      {@code dataprice.registry.signing.generate} (as for the key file)
     * @param datasourceUrl the default datasource's URL
     */
    @jakarta.inject.Inject
    public RegistryKeyVault(@Value("${dataprice.registry.signing.kek-file:./data/registry-kek.key}") String file,
                            @Value("${dataprice.registry.signing.generate:}") String generate,
                            @Value("${datasources.default.url:}") String datasourceUrl) {
        this(file, RegistryKeys.mayGenerate(generate, datasourceUrl));
    }

    /**
     * @param file     the KEK file
     * @param generate whether a missing file is generated
     */
    RegistryKeyVault(String file, boolean generate) {
        this.file = file;
        Path path = Path.of(file);
        try {
            if (!Files.isRegularFile(path) && generate) {
                byte[] fresh = new byte[KEK_BYTES];
                new SecureRandom().nextBytes(fresh);
                LocalAdminKey.writeOwnerOnly(path, Base64Url.encode(fresh) + "\n");
                LOG.info("Generated a registry key-encryption key in {} (readable by its owner only)", path);
            }
            if (Files.isRegularFile(path)) {
                byte[] raw = Base64Url.decode(Files.readString(path, StandardCharsets.US_ASCII).strip(), "kek");
                if (raw.length != KEK_BYTES) {
                    throw new io.micronaut.context.exceptions.ConfigurationException("dataprice.registry.signing.kek-file "
                            + path + " must hold 32 bytes, base64url (it holds " + raw.length + ")");
                }
                this.kek = new SecretKeySpec(raw, "AES");
            } else {
                this.kek = null;
                LOG.info("No registry key-encryption key ({}): key rotation is off on this instance", path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the registry key-encryption key " + path, e);
        }
    }

    /** @return whether this instance has the KEK */
    public boolean available() {
        return kek != null;
    }

    /**
     * @param seed the 32-byte Ed25519 seed
     * @param kid  its key id (bound as associated data)
     * @return the sealed seed, base64url
     * @throws ProblemException 503 without a KEK
     */
    public String seal(byte[] seed, String kid) {
        byte[] nonce = new byte[NONCE_BYTES];
        new SecureRandom().nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, kid).apply(seed);
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return Base64Url.encode(out);
    }

    /**
     * @param sealed a sealed seed
     * @param kid    its key id
     * @return the seed, when this instance has the KEK and the seal opens with it
     */
    public Optional<byte[]> open(String sealed, String kid) {
        if (kek == null) {
            return Optional.empty();
        }
        try {
            byte[] all = Base64Url.decode(sealed, "sealed_d");
            return Optional.of(cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), kid)
                    .apply(Arrays.copyOfRange(all, NONCE_BYTES, all.length)));
        } catch (RuntimeException e) {
            LOG.warn("The sealed seed of registry key {} does not open with {}: {}", kid, file, e.getMessage());
            return Optional.empty();
        }
    }

    /** @return the setting to name when the KEK is missing */
    String setting() {
        return "dataprice.registry.signing.kek-file (" + file + ")";
    }

    private java.util.function.UnaryOperator<byte[]> cipher(int mode, byte[] nonce, String kid) {
        if (kek == null) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "No registry key-encryption key on this instance: "
                    + "configure " + setting() + ", the same on every instance");
        }
        return in -> {
            try {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(mode, kek, new GCMParameterSpec(TAG_BITS, nonce));
                c.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
                return c.doFinal(in);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                        + " of registry key " + kid + " failed: " + e.getMessage(), e);
            }
        };
    }
}
