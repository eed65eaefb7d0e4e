package org.dataprice.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataprice.registry.RegistryFixtures.T0;
import static org.dataprice.registry.RegistryFixtures.registered;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.registry.Registration;
import org.dataprice.registry.RegistrationSnapshot;
import org.dataprice.registry.RegistryEvent;
import org.dataprice.registry.RegistryFixtures;
import org.dataprice.registry.RightKind;
import org.dataprice.registry.signature.CompactJws;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.SigningKey;
import org.junit.jupiter.api.Test;

/** Certificates: issue, third-party verification with the key set only, supersede, revoke, rotation, tampering. */
class RegistrationCertificatesTest {
    static final Instant KEY_FROM = T0.minusSeconds(86_400);
    final SigningKey key = SigningKey.of(Ed25519.generate(new SecureRandom()), KEY_FROM);
    final KeySet published = KeySet.of(key.published());

    /** What a third party has: the key set as published bytes, parsed. */
    KeySet thirdPartyKeys() {
        return KeySet.parse(published.toJson());
    }

    @Test
    void test_check_thirdPartyWithKeySetOnly() {
        Registration r = registered("R-1");
        String cert = RegistrationCertificates.issue(r, "wdex", T0.plusSeconds(5), key);
        CertificateVerification v = RegistrationCertificates.check(cert, thirdPartyKeys());
        assertThat(v.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(v.payload().registration()).isEqualTo(RegistrationSnapshot.of(r));
        assertThat(v.payload().issuer()).isEqualTo("wdex");
        assertThat(v.hash()).isEqualTo(RegistrationCertificates.hash(cert)).hasSize(64);
    }

    @Test
    void test_verify_validSupersededRevoked() {
        Registration r1 = registered("R-1");
        String first = RegistrationCertificates.issue(r1, "wdex", T0.plusSeconds(5), key);
        assertThat(RegistrationCertificates.verify(first, published, r1).status()).isEqualTo(CertificateStatus.VALID);
        Registration r2 = r1.apply("acme", T0.plusSeconds(10), "sale",
                new RegistryEvent.Transfer(RightKind.PRODUCT_OPERATION, "acme", "beta", new BigDecimal("0.25")));
        String second = RegistrationCertificates.issue(r2, "wdex", T0.plusSeconds(11), key);
        CertificateVerification old = RegistrationCertificates.verify(first, published, r2);
        assertThat(old.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(old.reason()).contains("superseded by event 2");
        assertThat(RegistrationCertificates.verify(second, published, r2).status()).isEqualTo(CertificateStatus.VALID);
        Registration r3 = r2.apply("registrar-1", T0.plusSeconds(20), "court order", new RegistryEvent.Cancel());
        assertThat(RegistrationCertificates.verify(first, published, r3).status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(RegistrationCertificates.verify(second, published, r3).status()).isEqualTo(CertificateStatus.REVOKED);
        String cancelled = RegistrationCertificates.issue(r3, "wdex", T0.plusSeconds(21), key);
        assertThat(RegistrationCertificates.verify(cancelled, published, r3).status()).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void test_verify_unknownKey() {
        SigningKey stranger = SigningKey.of(Ed25519.generate(new SecureRandom()), KEY_FROM);
        String cert = RegistrationCertificates.issue(registered("R-1"), "wdex", T0.plusSeconds(5), stranger);
        assertThat(RegistrationCertificates.check(cert, published).status()).isEqualTo(CertificateStatus.UNKNOWN_KEY);
    }

    @Test
    void test_verify_rotationKeepsOldCertificatesVerifiable() {
        Registration a = registered("R-A");
        String beforeRotation = RegistrationCertificates.issue(a, "wdex", T0.plusSeconds(5), key);
        Instant rotation = T0.plusSeconds(3_600);
        SigningKey next = SigningKey.of(Ed25519.generate(new SecureRandom()), rotation);
        KeySet rotated = KeySet.parse(published.retire(key.kid(), rotation).add(next.published()).toJson());
        SigningKey retired = new SigningKey(key.privateKey(), rotated.find(key.kid()).orElseThrow());
        Registration b = Registration.register("R-B", "registrar-1", rotation.plusSeconds(1), "a",
                RegistryFixtures.enterpriseAsset(), org.dataprice.registry.Rights.heldBy("acme"));
        assertThatThrownBy(() -> RegistrationCertificates.issue(b, "wdex", rotation.plusSeconds(2), retired))
                .isInstanceOf(InvalidInputException.class);
        String afterRotation = RegistrationCertificates.issue(b, "wdex", rotation.plusSeconds(2), next);
        assertThat(RegistrationCertificates.verify(beforeRotation, rotated, a).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(RegistrationCertificates.verify(afterRotation, rotated, b).status()).isEqualTo(CertificateStatus.VALID);
    }

    /** A certificate whose stated issue time lies after the key's retirement (a stolen retired key) is refused. */
    @Test
    void test_check_keyNotInServiceAtStatedIssueTime() {
        Instant rotation = T0.plusSeconds(3_600);
        KeySet rotated = published.retire(key.kid(), rotation);
        Registration r = registered("R-1");
        CertificatePayload late = new CertificatePayload("wdex", rotation.plusSeconds(10), RegistrationSnapshot.of(r));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "EdDSA");
        header.put("kid", key.kid());
        header.put("typ", CertificatePayload.FORMAT);
        String forged = CompactJws.sign(header, late.toJson(), key.privateKey());
        CertificateVerification v = RegistrationCertificates.check(forged, rotated);
        assertThat(v.status()).isEqualTo(CertificateStatus.INVALID_SIGNATURE);
        assertThat(v.reason()).contains("not in service");
    }

    /** A correctly signed statement that the history does not hold (e.g. issued from a forked store). */
    @Test
    void test_verify_statementNotInHistory() {
        Registration real = registered("R-1").apply("acme", T0.plusSeconds(10), "sale",
                new RegistryEvent.Transfer(RightKind.PRODUCT_OPERATION, "acme", "beta", new BigDecimal("0.25")));
        Registration fork = registered("R-1").apply("acme", T0.plusSeconds(10), "other sale",
                new RegistryEvent.Transfer(RightKind.PRODUCT_OPERATION, "acme", "gamma", new BigDecimal("0.25")));
        String forked = RegistrationCertificates.issue(fork, "wdex", T0.plusSeconds(11), key);
        assertThat(RegistrationCertificates.verify(forked, published, real).status()).isEqualTo(CertificateStatus.INVALID_SIGNATURE);
        assertThatThrownBy(() -> RegistrationCertificates.verify(forked, published, registered("R-2")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("registration");
    }

    /** Tampering with one byte (every header and signature byte, 300 seeded payload bytes) is detected. */
    @Test
    void test_check_everyOneByteChangeDetected() {
        Registration r = registered("R-1");
        String cert = RegistrationCertificates.issue(r, "wdex", T0.plusSeconds(5), key);
        SplittableRandom random = new SplittableRandom(7515);
        for (int i : RegistryFixtures.tamperPositions(cert, 7515, 300)) {
            String tampered = RegistryFixtures.tamper(cert, i, random);
            CertificateStatus status = RegistrationCertificates.verify(tampered, published, r).status();
            assertThat(status).as("byte %d", i).isIn(CertificateStatus.INVALID_SIGNATURE, CertificateStatus.UNKNOWN_KEY);
        }
    }

    /**
     * The example of docs/registry.md, byte for byte: signed with the RFC 8037 A.1 key (Ed25519 signatures are
     * deterministic), so any change to the certificate format, the canonical JSON or the header shows here.
     */
    @Test
    void test_issue_goldenExample() {
        SigningKey rfcKey = SigningKey.of(Ed25519.keyPair(org.dataprice.registry.signature.Base64Url.decode(
                "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A", "d")), Instant.parse("2026-01-01T00:00:00Z"));
        Registration r = Registration.register("WDEX-2026-000123", "registrar-1", T0, "application A-2026-0457",
                RegistryFixtures.enterpriseAsset(), org.dataprice.registry.Rights.heldBy("acme"))
                .apply("acme", Instant.parse("2026-03-05T01:00:00Z"), "sale contract S-88",
                        new RegistryEvent.Transfer(RightKind.PRODUCT_OPERATION, "acme", "beta", new BigDecimal("0.25")));
        String cert = RegistrationCertificates.issue(r, "wdex", Instant.parse("2026-03-05T01:00:01Z"), rfcKey);
        assertThat(cert).isEqualTo(GOLDEN);
        assertThat(RegistrationCertificates.hash(cert)).isEqualTo("2d99a49fd80ca4122c48c4f7d1c9af3acfc907f24d2c30f4b2a3bb372d4adef0");
        assertThat(RegistrationCertificates.verify(GOLDEN, KeySet.of(rfcKey.published()), r).status())
                .isEqualTo(CertificateStatus.VALID);
    }

    static final String GOLDEN = "eyJhbGciOiJFZERTQSIsImtpZCI6ImtQcktfcW14VldhWVZBOXd3QkY2SXVvM3ZWeno3VHhIQ1R3WEJ5Z3JTNGsiLCJ0eXAiOiJk"
            + "YXRhcHJpY2UucmVnaXN0cmF0aW9uLWNlcnRpZmljYXRlIn0.eyJmb3JtYXQiOiJkYXRhcHJpY2UucmVnaXN0cmF0aW9uLWNlcnRp"
            + "ZmljYXRlIiwiaXNzdWVkQXQiOiIyMDI2LTAzLTA1VDAxOjAwOjAxWiIsImlzc3VlciI6IndkZXgiLCJyZWdpc3RyYXRpb24iOnsi"
            + "YXNzZXQiOnsiY2xhc3NpZmljYXRpb24iOiJFTlRFUlBSSVNFIiwiZGVzY3JpcHRpb24iOiJNb250aGx5IGZyZWlnaHQgZmxvd3Mg"
            + "YnkgY29ycmlkb3IiLCJncmFkZSI6IkdFTkVSQUwiLCJuYW1lIjoiRnJlaWdodCBmbG93cyIsInNvdXJjZXMiOlt7ImRlc2NyaXB0"
            + "aW9uIjoib3duIGxvZ2lzdGljcyBwbGF0Zm9ybSIsImtpbmQiOiJDT0xMRUNURUQiLCJyZWZlcmVuY2UiOiIifV19LCJhdCI6IjIw"
            + "MjYtMDMtMDVUMDE6MDA6MDBaIiwiaGVhZEhhc2giOiJjMjBhMzdhZDFhOTkwMjk5NTczMThhZTczMTQwODg2ZGZiZmExNTI4YTA1"
            + "MjlmMjQ5MmMyNDYwNzQyMDAxMTllIiwibGljZW5zZXMiOltdLCJyZWdpc3RyYXRpb25JZCI6IldERVgtMjAyNi0wMDAxMjMiLCJy"
            + "aWdodHMiOnsiUFJPQ0VTU0lOR19VU0UiOlt7InBhcnR5IjoiYWNtZSIsInNoYXJlIjoiMSJ9XSwiUFJPRFVDVF9PUEVSQVRJT04i"
            + "Olt7InBhcnR5IjoiYWNtZSIsInNoYXJlIjoiMC43NSJ9LHsicGFydHkiOiJiZXRhIiwic2hhcmUiOiIwLjI1In1dLCJSRVNPVVJD"
            + "RV9IT0xESU5HIjpbeyJwYXJ0eSI6ImFjbWUiLCJzaGFyZSI6IjEifV19LCJzZXF1ZW5jZSI6Miwic3RhdHVzIjoiQUNUSVZFIn0s"
            + "InZlcnNpb24iOjF9.C714lLzat3CHaTgMUA5QOXHT-u2v60Z26GAvW_z67YNnOjgbfRHM6JgO86g-FruDJHlZHx0eikDnmp0xDEW"
            + "OAQ";
}
