package org.dataprice.api.registry;

import io.micronaut.context.exceptions.ConfigurationException;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.registry.certificate.CertificateStatus;
import org.dataprice.registry.certificate.RegistrationCertificates;
import org.dataprice.registry.Asset;
import org.dataprice.registry.DataClassification;
import org.dataprice.registry.DataGrade;
import org.dataprice.registry.Registration;
import org.dataprice.registry.Rights;
import org.dataprice.registry.Source;
import org.dataprice.registry.SourceKind;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry's key file: generated once and read back the same, rotation (a retired key stays published and keeps
 * verifying what it signed; the newer key signs), and refusals at start-up (a seed that is not the key's, an empty set,
 * no file in production). Seeded keys (RFC 8032 seeds of repeated bytes) so a failure reproduces.
 */
class RegistryKeysTest {
    private static final Instant Y2026 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant Y2027 = Instant.parse("2027-01-01T00:00:00Z");

    private static SigningKey key(int seed, Instant validFrom) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return SigningKey.of(Ed25519.keyPair(bytes), validFrom);
    }

    private static RegistryKeys keys(Path file, boolean generate, Instant now) {
        return new RegistryKeys(file.toString(), generate, "wdex", Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Generation is automatic with the embedded H2 store only; true / false force it; anything else stops start-up. */
    @Test
    void test_mayGenerate_onlyH2ByDefault() {
        assertThat(RegistryKeys.mayGenerate("", "jdbc:h2:file:./data/dataprice")).isTrue();
        assertThat(RegistryKeys.mayGenerate(null, "jdbc:postgresql://db:5432/dataprice")).isFalse();
        assertThat(RegistryKeys.mayGenerate(" ", "")).isFalse();
        assertThat(RegistryKeys.mayGenerate("true", "jdbc:postgresql://db:5432/dataprice")).isTrue();
        assertThat(RegistryKeys.mayGenerate("false", "jdbc:h2:mem:x")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegistryKeys.mayGenerate("yes", "jdbc:h2:mem:x"))
                .hasMessageContaining("dataprice.registry.signing.generate must be true, false or empty");
    }

    @Test
    void test_generate_once_thenReadsTheSameKey(@TempDir Path dir) {
        Path file = dir.resolve("keys.json");
        RegistryKeys first = keys(file, true, Y2026);
        RegistryKeys again = keys(file, true, Y2026);
        assertThat(again.published()).isEqualTo(first.published());
        assertThat(again.current().kid()).isEqualTo(first.current().kid());
        assertThat(new String(first.published().toJson(), StandardCharsets.UTF_8)).doesNotContain("\"d\"");
    }

    @Test
    void test_rotation_newKeySigns_oldKeyStillVerifies(@TempDir Path dir) throws Exception {
        SigningKey old = key(1, Y2026);
        SigningKey retired = new SigningKey(old.privateKey(), old.published().retire(Y2027));
        SigningKey next = key(2, Y2027);
        Registration r = Registration.register("REG-1", "registrar", Y2026.plusSeconds(60), "application",
                new Asset("Freight", "flows", DataClassification.ENTERPRISE, DataGrade.GENERAL,
                        List.of(new Source(SourceKind.COLLECTED, "", "own platform"))), Rights.heldBy("acme"));
        String signedBefore = RegistrationCertificates.issue(r, "wdex", Y2026.plusSeconds(60), old);

        Path file = dir.resolve("keys.json");
        Files.write(file, RegistryKeys.file(List.of(retired, next)));
        RegistryKeys keys = keys(file, false, Y2027.plusSeconds(1));
        assertThat(keys.current().kid()).isEqualTo(next.kid());
        assertThat(keys.signingAt(Y2026.plusSeconds(60)).kid()).isEqualTo(old.kid());
        assertThat(keys.published().keys()).hasSize(2);
        assertThat(RegistrationCertificates.check(signedBefore, keys.published()).status()).isEqualTo(CertificateStatus.VALID);
        assertThatThrownBy(() -> keys.signingAt(Y2026.minusSeconds(1))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("No registry signing key is in service");
    }

    @Test
    void test_read_seedOfAnotherKey_isRefused() {
        String file = new String(RegistryKeys.file(List.of(key(1, Y2026))), StandardCharsets.UTF_8);
        String otherSeed = new String(RegistryKeys.file(List.of(key(2, Y2026))), StandardCharsets.UTF_8)
                .replaceAll(".*\"d\":\"([^\"]+)\".*", "$1");
        String forged = file.replaceAll("\"d\":\"[^\"]+\"", "\"d\":\"" + otherSeed + "\"");
        assertThatThrownBy(() -> RegistryKeys.read(forged.getBytes(StandardCharsets.UTF_8), "keys.json"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("is not the private key of x");
        assertThatThrownBy(() -> RegistryKeys.read("{\"keys\":[]}".getBytes(StandardCharsets.UTF_8), "keys.json"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("holds no key");
        assertThatThrownBy(() -> RegistryKeys.read("{\"keys\":[{\"kty\":\"RSA\"}]}".getBytes(StandardCharsets.UTF_8),
                "keys.json")).isInstanceOf(ConfigurationException.class).hasMessageContaining("keys.json");
    }

    @Test
    void test_missingFile_inProduction_stopsStartUp(@TempDir Path dir) {
        assertThatThrownBy(() -> keys(dir.resolve("absent.json"), false, Y2026))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("does not exist");
    }
}
