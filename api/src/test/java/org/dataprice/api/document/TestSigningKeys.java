package org.dataprice.api.document;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/**
 * Self-signed PKCS#12 key stores for tests, written with the JDK's key generator and BouncyCastle's certificate
 * builder (what {@code keytool -genkeypair -storetype PKCS12} writes, with validity dates the test chooses).
 */
public final class TestSigningKeys {
    /** The password of every store written here. */
    public static final String PASSWORD = "test-signing-password";

    private TestSigningKeys() {
    }

    /**
     * @param file      the store to write
     * @param algorithm {@code RSA} (2048 bits) or {@code EC} (P-256)
     * @param aliases   one key entry per alias, each with its own self-signed certificate
     * @param notBefore certificate validity start
     * @param notAfter  certificate validity end
     * @return the file
     */
    public static Path write(Path file, String algorithm, Instant notBefore, Instant notAfter, String... aliases) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        long serial = 1;
        for (String alias : aliases) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(algorithm.equals("RSA") ? 2048 : 256);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Test Appraisal Firm " + alias + ", O=dataprice test, C=CN");
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(serial++), Date.from(notBefore), Date.from(notAfter), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder(algorithm.equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA")
                            .build(pair.getPrivate())));
            store.setKeyEntry(alias, pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[]{certificate});
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    /**
     * @param file the store to write: one RSA key {@code firm}, valid 2020 to 2099
     * @return the file
     */
    public static Path rsa(Path file) throws Exception {
        return write(file, "RSA", Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"), "firm");
    }
}
