package org.dataprice.registry.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** RFC 8037 Appendix A test vectors (A.1 key, A.3 thumbprint, A.4 signature), key sets and rotation. */
class SignatureTest {
    /** RFC 8037 A.1: the private key d and public key x. */
    static final String D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
    static final String X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    /** RFC 8037 A.3: the RFC 7638 thumbprint of the A.1 key. */
    static final String THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
    /** RFC 8037 A.4: the JWS of "Example of Ed25519 signing" with header {"alg":"EdDSA"}. */
    static final String A4 = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
            + ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void test_keyPair_rfc8037A1SeedGivesPublishedX() {
        KeyPair pair = Ed25519.keyPair(Base64Url.decode(D, "d"));
        assertThat(Base64Url.encode(Ed25519.raw(pair.getPublic()))).isEqualTo(X);
        assertThat(Base64Url.encode(Ed25519.raw(Ed25519.publicKey(Base64Url.decode(X, "x"))))).isEqualTo(X);
    }

    @Test
    void test_thumbprint_rfc8037A3() {
        assertThat(PublishedKey.thumbprint(X)).isEqualTo(THUMBPRINT);
    }

    @Test
    void test_sign_rfc8037A4() {
        KeyPair pair = Ed25519.keyPair(Base64Url.decode(D, "d"));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "EdDSA");
        String jws = CompactJws.sign(header, "Example of Ed25519 signing".getBytes(StandardCharsets.UTF_8), pair.getPrivate());
        assertThat(jws).isEqualTo(A4);
        assertThat(CompactJws.verifyWith(A4, Ed25519.publicKey(Base64Url.decode(X, "x")))).isTrue();
        String altered = A4.substring(0, 30) + (A4.charAt(30) == 'A' ? 'B' : 'A') + A4.substring(31);
        assertThat(CompactJws.verifyWith(altered, pair.getPublic())).isFalse();
    }

    @Test
    void test_verify_withKeySet_validThenEveryByteChangeRefused() {
        SigningKey key = SigningKey.of(Ed25519.keyPair(Base64Url.decode(D, "d")), T0);
        assertThat(key.kid()).isEqualTo(THUMBPRINT);
        KeySet set = KeySet.of(key.published());
        String jws = CompactJws.sign(key, "test", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), T0);
        SignatureCheck ok = CompactJws.verify(jws, set, "test");
        assertThat(ok.outcome()).isEqualTo(SignatureOutcome.VALID);
        assertThat(new String(ok.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        SplittableRandom random = new SplittableRandom(8037);
        for (int i = 0; i < jws.length(); i++) {
            char c = jws.charAt(i);
            char other;
            do {
                other = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.".charAt(random.nextInt(65));
            } while (other == c);
            String altered = jws.substring(0, i) + other + jws.substring(i + 1);
            assertThat(CompactJws.verify(altered, set, "test").outcome()).as("byte %d", i).isNotEqualTo(SignatureOutcome.VALID);
        }
    }

    @Test
    void test_verify_unknownKeyWrongTypeAlgNone() {
        SigningKey key = SigningKey.of(Ed25519.keyPair(Base64Url.decode(D, "d")), T0);
        SigningKey other = SigningKey.of(Ed25519.generate(new java.security.SecureRandom()), T0);
        String jws = CompactJws.sign(key, "test", new byte[] {1}, T0);
        assertThat(CompactJws.verify(jws, KeySet.of(other.published()), "test").outcome()).isEqualTo(SignatureOutcome.UNKNOWN_KEY);
        assertThat(CompactJws.verify(jws, KeySet.of(key.published()), "other").outcome())
                .isEqualTo(SignatureOutcome.INVALID_SIGNATURE);
        String none = Base64Url.encode("{\"alg\":\"none\",\"kid\":\"x\",\"typ\":\"test\"}".getBytes(StandardCharsets.UTF_8))
                + "." + Base64Url.encode(new byte[] {1}) + ".";
        assertThat(CompactJws.verify(none, KeySet.of(key.published()), "test").reason()).contains("alg must be EdDSA");
        assertThat(CompactJws.verify(A4, KeySet.of(key.published()), "test").outcome()).isEqualTo(SignatureOutcome.INVALID_SIGNATURE);
    }

    @Test
    void test_keySet_rotationRetiresAndKeepsOldKeysVerifiable() {
        SigningKey first = SigningKey.of(Ed25519.keyPair(Base64Url.decode(D, "d")), T0);
        Instant rotation = T0.plusSeconds(86_400);
        SigningKey second = SigningKey.of(Ed25519.generate(new java.security.SecureRandom()), rotation);
        String old = CompactJws.sign(first, "test", new byte[] {7}, T0.plusSeconds(60));
        KeySet set = KeySet.of(first.published()).retire(first.kid(), rotation).add(second.published());
        KeySet published = KeySet.parse(set.toJson());
        assertThat(published).isEqualTo(set);
        SignatureCheck check = CompactJws.verify(old, published, "test");
        assertThat(check.valid()).isTrue();
        assertThat(check.key().inServiceAt(T0.plusSeconds(60))).isTrue();
        assertThat(check.key().inServiceAt(rotation)).isFalse();
        PublishedKey retired = published.find(first.kid()).orElseThrow();
        SigningKey retiredKey = new SigningKey(first.privateKey(), retired);
        assertThatThrownBy(() -> CompactJws.sign(retiredKey, "test", new byte[] {7}, rotation))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not in service");
    }

    @Test
    void test_publishedKey_kidMustBeThumbprint() {
        assertThatThrownBy(() -> new PublishedKey("someone-else", X, T0, null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("kid");
    }

    @Test
    void test_base64url_nonCanonicalRefused() {
        assertThat(Base64Url.decode("AQ", "f")).containsExactly(1);
        assertThatThrownBy(() -> Base64Url.decode("AR", "f")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Base64Url.decode("AQ==", "f")).isInstanceOf(InvalidInputException.class);
    }

    /** An x that is not a curve point (y ≥ p, RFC 8032 §5.1.3) is refused when the key is read, not at verification. */
    @Test
    void test_publicKey_notACurvePointRefused() {
        byte[] x = new byte[Ed25519.KEY_BYTES];
        java.util.Arrays.fill(x, (byte) 0xff);
        x[Ed25519.KEY_BYTES - 1] = 0x7f;
        String encoded = Base64Url.encode(x);
        assertThatThrownBy(() -> new PublishedKey(PublishedKey.thumbprint(encoded), encoded, T0, null))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("x");
    }

    @Test
    void test_rotate_retiresTheKeysInServiceAndAddsTheNextOne() {
        java.security.SecureRandom random = new java.security.SecureRandom(new byte[] {7});
        PublishedKey first = PublishedKey.of(Ed25519.generate(random).getPublic(), T0);
        PublishedKey retiredEarlier = PublishedKey.of(Ed25519.generate(random).getPublic(), T0.minusSeconds(100))
                .retire(T0.minusSeconds(50));
        PublishedKey later = PublishedKey.of(Ed25519.generate(random).getPublic(), T0.plusSeconds(10_000));
        Instant at = T0.plusSeconds(3_600);
        PublishedKey next = PublishedKey.of(Ed25519.generate(random).getPublic(), at);
        KeySet rotated = KeySet.of(retiredEarlier, first, later).rotate(next, at);
        assertThat(rotated.find(first.kid()).orElseThrow().retiredAt()).isEqualTo(at);
        assertThat(rotated.find(retiredEarlier.kid()).orElseThrow()).as("kept as retired").isEqualTo(retiredEarlier);
        assertThat(rotated.find(later.kid()).orElseThrow()).as("a key starting later is left").isEqualTo(later);
        assertThat(rotated.keys()).hasSize(4).last().isEqualTo(next);
        assertThat(rotated.find(first.kid()).orElseThrow().inServiceAt(at.minusNanos(1))).isTrue();
        assertThat(rotated.find(first.kid()).orElseThrow().inServiceAt(at)).isFalse();
        PublishedKey again = PublishedKey.of(Ed25519.generate(random).getPublic(), at);
        assertThatThrownBy(() -> rotated.rotate(again, at)).as("two rotations at one instant").extracting("field")
                .isEqualTo("at");
        assertThatThrownBy(() -> KeySet.of(first, next.retire(at.plusSeconds(1))).rotate(
                new PublishedKey(next.kid(), next.x(), at.plusSeconds(2), null), at.plusSeconds(2)))
                .extracting("rule").isEqualTo(org.dataprice.error.Rule.DUPLICATE);
        PublishedKey notAt = PublishedKey.of(Ed25519.generate(random).getPublic(), at.plusSeconds(5));
        assertThatThrownBy(() -> rotated.rotate(notAt, at)).extracting("field").isEqualTo("next.validFrom");
        PublishedKey retiredNext = PublishedKey.of(Ed25519.generate(random).getPublic(), at).retire(at.plusSeconds(1));
        assertThatThrownBy(() -> KeySet.of(first).rotate(retiredNext, at)).extracting("field").isEqualTo("next.retiredAt");
    }
}
