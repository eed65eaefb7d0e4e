package org.dataprice.registry;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** Shared fixtures of the registry tests. */
public final class RegistryFixtures {
    /** The registration time of the fixtures. */
    public static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private RegistryFixtures() {
    }

    /** @return an enterprise asset collected by its holder */
    public static Asset enterpriseAsset() {
        return new Asset("Freight flows", "Monthly freight flows by corridor", DataClassification.ENTERPRISE,
                DataGrade.GENERAL, List.of(new Source(SourceKind.COLLECTED, "", "own logistics platform")));
    }

    /**
     * @param id the registration id
     * @return a registration of {@link #enterpriseAsset()} with every right held by {@code acme}
     */
    public static Registration registered(String id) {
        return Registration.register(id, "registrar-1", T0, "application A-1", enterpriseAsset(), Rights.heldBy("acme"));
    }

    /**
     * The positions of a compact JWS a tampering test changes: every character of the header and of the
     * signature, the two separators, and {@code payloadSamples} seeded positions of the payload (every one when
     * the payload is shorter) — every part is covered without verifying thousands of copies.
     *
     * @param compact        the compact JWS
     * @param seed           the seed of the payload sample
     * @param payloadSamples how many payload positions
     * @return the positions, ascending
     */
    public static List<Integer> tamperPositions(String compact, long seed, int payloadSamples) {
        int first = compact.indexOf('.');
        int second = compact.lastIndexOf('.');
        TreeSet<Integer> positions = new TreeSet<>();
        for (int i = 0; i <= first; i++) {
            positions.add(i);
        }
        for (int i = second; i < compact.length(); i++) {
            positions.add(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int payloadLength = second - first - 1;
        for (int k = 0; k < Math.min(payloadSamples, payloadLength); k++) {
            positions.add(payloadLength <= payloadSamples ? first + 1 + k : first + 1 + random.nextInt(payloadLength));
        }
        return List.copyOf(positions);
    }

    /**
     * @param compact  the text
     * @param position the position to change
     * @param random   the source of the replacement
     * @return {@code compact} with the character at {@code position} replaced by a different printable one
     */
    public static String tamper(String compact, int position, SplittableRandom random) {
        char replacement = (char) (compact.charAt(position) ^ (1 + random.nextInt(0x7e)));
        return compact.substring(0, position) + replacement + compact.substring(position + 1);
    }
}
