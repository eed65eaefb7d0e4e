package org.dataprice.api.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DocumentSigner}: the configured PKCS#12 key, refused at start-up with a message naming the store and the
 * reason when it cannot be used; detached CMS signatures that verify over the signed bytes and fail on any change.
 */
class DocumentSignerTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void test_noKeystore_signsNothing() {
        DocumentSigner signer = new DocumentSigner("", "", "", CLOCK);
        assertThat(signer.signs()).isFalse();
        assertThat(signer.certificate()).isEmpty();
        assertThatThrownBy(() -> signer.signDetached(new byte[]{1})).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataprice.report.signing.keystore");
    }

    @Test
    void test_signDetached_verifiesAndDetectsTampering() throws Exception {
        DocumentSigner signer = new DocumentSigner(TestSigningKeys.rsa(dir.resolve("firm.p12")).toString(), TestSigningKeys.PASSWORD,
                "", CLOCK);
        byte[] json = "{\"value\":\"100.00\",\"currency\":\"CNY\"}".getBytes(StandardCharsets.UTF_8);
        byte[] signature = signer.signDetached(json);
        assertThat(PdfChecks.verifiesDetached(json, signature)).isTrue();
        byte[] tampered = "{\"value\":\"900.00\",\"currency\":\"CNY\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(PdfChecks.verifiesDetached(tampered, signature)).isFalse();
        byte[] appended = "{\"value\":\"100.00\",\"currency\":\"CNY\"} ".getBytes(StandardCharsets.UTF_8);
        assertThat(PdfChecks.verifiesDetached(appended, signature)).isFalse();
        assertThat(signer.certificate().orElseThrow().getSubjectX500Principal().getName()).contains("Test Appraisal Firm firm");
    }

    /** The documented check: {@code openssl cms -verify} over the JSON bytes (skipped where openssl is not installed). */
    @Test
    void test_signDetached_verifiesWithOpensslCms() throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(openssl), "openssl not installed");
        DocumentSigner signer = new DocumentSigner(TestSigningKeys.rsa(dir.resolve("firm.p12")).toString(), TestSigningKeys.PASSWORD,
                "firm", CLOCK);
        Path json = Files.writeString(dir.resolve("report.json"), "{\"value\":\"195.47\",\"reportNumber\":\"DP-1\"}");
        Path p7s = Files.write(dir.resolve("report.json.p7s"), signer.signDetached(Files.readAllBytes(json)));
        Path ca = Files.writeString(dir.resolve("firm.pem"), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(signer.certificate().orElseThrow().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        assertThat(openssl(openssl, "cms", "-verify", "-binary", "-inform", "DER", "-in", p7s.toString(), "-content",
                json.toString(), "-CAfile", ca.toString(), "-purpose", "any", "-out", "/dev/null")).contains("Verification successful");
        Files.writeString(json, "{\"value\":\"995.47\",\"reportNumber\":\"DP-1\"}");
        assertThat(openssl(openssl, "cms", "-verify", "-binary", "-inform", "DER", "-in", p7s.toString(), "-content",
                json.toString(), "-CAfile", ca.toString(), "-purpose", "any", "-out", "/dev/null")).contains("Verification failure");
    }

    private static String openssl(Path exe, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(exe.toString());
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void test_ecKey_signs() throws Exception {
        Path store = TestSigningKeys.write(dir.resolve("ec.p12"), "EC", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"), "ec");
        DocumentSigner signer = new DocumentSigner(store.toString(), TestSigningKeys.PASSWORD, "ec", CLOCK);
        byte[] content = {1, 2, 3};
        assertThat(PdfChecks.verifiesDetached(content, signer.signDetached(content))).isTrue();
    }

    @Test
    void test_missingStore_failsTheStart() {
        Path missing = dir.resolve("none.p12");
        assertThatThrownBy(() -> new DocumentSigner(missing.toString(), "x", "", CLOCK)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("not a readable file");
    }

    @Test
    void test_wrongPassword_failsTheStart() throws Exception {
        Path store = TestSigningKeys.rsa(dir.resolve("firm.p12"));
        assertThatThrownBy(() -> new DocumentSigner(store.toString(), "wrong", "", CLOCK)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(store.toString()).hasMessageContaining("wrong password");
    }

    @Test
    void test_twoKeysWithoutAlias_failsTheStart_aliasChooses() throws Exception {
        Path store = TestSigningKeys.write(dir.resolve("two.p12"), "RSA", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2099-01-01T00:00:00Z"), "a", "b");
        assertThatThrownBy(() -> new DocumentSigner(store.toString(), TestSigningKeys.PASSWORD, "", CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds 2 keys")
                .hasMessageContaining("dataprice.report.signing.alias");
        assertThatThrownBy(() -> new DocumentSigner(store.toString(), TestSigningKeys.PASSWORD, "c", CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no key entry named 'c'");
        DocumentSigner b = new DocumentSigner(store.toString(), TestSigningKeys.PASSWORD, "b", CLOCK);
        assertThat(b.certificate().orElseThrow().getSubjectX500Principal().getName()).contains("Test Appraisal Firm b");
    }

    @Test
    void test_expiredCertificate_failsTheStart() throws Exception {
        Path store = TestSigningKeys.write(dir.resolve("old.p12"), "RSA", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2024-12-31T00:00:00Z"), "old");
        assertThatThrownBy(() -> new DocumentSigner(store.toString(), TestSigningKeys.PASSWORD, "", CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not valid now");
        assertThat(Files.exists(store)).isTrue();
    }
}
