package org.dataprice.registry.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;

/**
 * Ed25519 (RFC 8032 §5.1) through the JDK (JEP 339, {@code java.security} algorithm {@code "Ed25519"}),
 * with the raw 32-byte key encodings of RFC 8037 §2: the private key {@code d} is the 32-byte seed, the
 * public key {@code x} the 32-byte encoding of RFC 8032 §5.1.2 (the little-endian y coordinate whose top
 * bit holds the parity of x). Signatures are 64 bytes and deterministic. Stateless and thread-safe.
 *
 * <p>Tested with RFC 8037 Appendix A.1 (the seed derives the published x) and A.4 (the signature).
 */
public final class Ed25519 {
    /** Bytes of a raw key ({@code d} or {@code x}). */
    public static final int KEY_BYTES = 32;
    /** Bytes of a signature. */
    public static final int SIGNATURE_BYTES = 64;

    private Ed25519() {
    }

    /**
     * Derives the key pair of a 32-byte seed (RFC 8032 §5.1.5): the JDK generator draws exactly the seed
     * from the random source it is given, so a fixed source yields the pair of that seed.
     *
     * @param seed the private key {@code d}; 32 bytes, not null (copied)
     * @return the key pair
     */
    public static KeyPair keyPair(byte[] seed) {
        Require.notNull(seed, "seed");
        Require.size(seed.length, KEY_BYTES, "seed");
        byte[] copy = seed.clone();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedSource(copy));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every Java 15+ platform", e);
        }
    }

    /**
     * @param random a source of 32 random bytes; not null
     * @return a fresh key pair
     */
    public static KeyPair generate(SecureRandom random) {
        byte[] seed = new byte[KEY_BYTES];
        Require.notNull(random, "random").nextBytes(seed);
        return keyPair(seed);
    }

    /**
     * @param x the raw public key (RFC 8037 {@code x}); 32 bytes
     * @return the JDK public key
     * @throws InvalidInputException ({@link Rule#INVALID_FORMAT}) when {@code x} does not encode a point of the
     *         curve (RFC 8032 §5.1.3)
     */
    public static PublicKey publicKey(byte[] x) {
        Require.notNull(x, "x");
        Require.size(x.length, KEY_BYTES, "x");
        byte[] bigEndian = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES; i++) {
            bigEndian[i] = x[KEY_BYTES - 1 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(
                    new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, bigEndian))));
            Signature.getInstance("Ed25519").initVerify(key); // decodes the point: y < p and on the curve
            return key;
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("x", "32 bytes", Rule.INVALID_FORMAT, "an Ed25519 public key (RFC 8032 §5.1.2)");
        }
    }

    /**
     * @param key an Ed25519 public key of the JDK; not null
     * @return its raw 32-byte encoding {@code x}
     */
    public static byte[] raw(PublicKey key) {
        if (!(key instanceof EdECPublicKey ed)) {
            throw new InvalidInputException("key", key.getAlgorithm(), Rule.INVALID_FORMAT, "an Ed25519 public key");
        }
        EdECPoint point = ed.getPoint();
        byte[] y = point.getY().toByteArray(); // big-endian, maybe with a sign byte
        byte[] x = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES && i < y.length; i++) {
            x[i] = y[y.length - 1 - i];
        }
        if (point.isXOdd()) {
            x[KEY_BYTES - 1] |= (byte) 0x80;
        }
        return x;
    }

    /**
     * @param key     the private key; not null
     * @param message the bytes to sign; not null
     * @return the 64-byte signature
     */
    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (InvalidKeyException e) {
            throw new InvalidInputException("key", key.getAlgorithm(), Rule.INVALID_FORMAT, "an Ed25519 private key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every Java 15+ platform", e);
        }
    }

    /**
     * @param key       the public key; not null
     * @param message   the signed bytes; not null
     * @param signature the signature; not null (any length: a wrong length is simply not valid)
     * @return whether the signature is valid (RFC 8032 §5.1.7)
     */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException | InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is required of every Java 15+ platform", e);
        }
    }

    /** A random source that yields one fixed seed: the JDK generator reads exactly 32 bytes. */
    private static final class SeedSource extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedSource(byte[] seed) {
            this.seed = seed;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("the Ed25519 generator asked for " + bytes.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
