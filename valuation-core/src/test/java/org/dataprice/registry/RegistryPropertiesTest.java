package org.dataprice.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.dataprice.registry.RegistryFixtures.T0;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dataprice.error.DatapriceException;
import org.dataprice.registry.json.JsonParser;
import org.dataprice.registry.signature.CompactJws;
import org.dataprice.registry.signature.Ed25519;
import org.dataprice.registry.signature.KeySet;
import org.dataprice.registry.signature.SigningKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of the registry: random command sequences are either applied or refused with a
 * {@link DatapriceException} (never another exception), a refusal leaves the registration unchanged, and the
 * stored history always replays to the same state; random bytes never make the parser or the verifier throw
 * anything but a rule.
 */
class RegistryPropertiesTest {
    static final String[] PARTIES = {"p0", "p1", "p2"};
    /** JSON's structural characters, digits, letters of the literals, an escape, a Latin-1 byte (invalid UTF-8 alone). */
    static final String ALPHABET = "{}[]\",:0123456789-.eEtrufalsn \\u\u00e9\t";

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 0xA11CEL + i);
    }

    static RegistryEvent randomEvent(SplittableRandom random, int step) {
        RightKind kind = RightKind.values()[random.nextInt(3)];
        String a = PARTIES[random.nextInt(3)];
        String b = PARTIES[random.nextInt(3)];
        return switch (random.nextInt(8)) {
            case 0 -> new RegistryEvent.Amend(RegistryFixtures.enterpriseAsset());
            case 1, 2 -> new RegistryEvent.Transfer(kind, a, b.equals(a) ? "p9" : b,
                    BigDecimal.valueOf(1 + random.nextInt(100), 2));
            case 3 -> new RegistryEvent.License(new RightLicense("L" + step, kind, a, b.equals(a) ? "p9" : b, "scope",
                    Term.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1).plusDays(1 + random.nextInt(400)))));
            case 4 -> new RegistryEvent.Suspend();
            case 5 -> new RegistryEvent.Reinstate();
            case 6 -> step > 30 && random.nextInt(3) == 0 ? new RegistryEvent.Cancel() : new RegistryEvent.Suspend();
            default -> new RegistryEvent.Register(RegistryFixtures.enterpriseAsset(), Rights.heldBy(a));
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void test_apply_appliesOrRefusesAndHistoryReplays(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Registration r = Registration.register("R-" + seed, "registrar-1", T0, "a", RegistryFixtures.enterpriseAsset(),
                Rights.heldBy("p0"));
        for (int step = 1; step <= 40; step++) {
            RegistryEvent event = randomEvent(random, step);
            Registration before = r;
            try {
                r = r.apply("actor", T0.plusSeconds(step), "step " + step, event);
                assertThat(r.head().previousHash()).isEqualTo(before.head().hash());
            } catch (DatapriceException refused) {
                assertThat(r).isSameAs(before);
                assertThat(refused.getMessage()).as("seed %d step %d", seed, step).isNotBlank();
            }
        }
        assertThat(r.events()).as("seed %d applied something", seed).hasSizeGreaterThan(3);
        assertThat(Registration.replay(r.events()).state()).as("seed %d", seed).isEqualTo(r.state());
        if (r.state().status() == RegistrationStatus.CANCELLED) {
            assertThat(r.holdersAt(RightKind.PRODUCT_OPERATION, r.head().at())).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void test_parseAndVerify_randomBytesOnlyEverBreakARule(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        KeySet keys = KeySet.of(SigningKey.of(Ed25519.keyPair(new byte[32]), T0).published());
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[random.nextInt(64)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            assertThatCode(() -> {
                try {
                    JsonParser.parse(bytes, "doc");
                } catch (DatapriceException expected) {
                    // a rule, named: fine
                }
            }).doesNotThrowAnyException();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThatCode(() -> CompactJws.verify(text + "." + text + "." + text, keys, "t")).doesNotThrowAnyException();
        }
    }
}
