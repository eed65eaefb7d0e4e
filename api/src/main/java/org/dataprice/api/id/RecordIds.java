package org.dataprice.api.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The one way the service names a new stored record: a time-ordered UUID, version 7 of RFC 9562 (IETF, May 2024),
 * §5.7 — the first 48 bits are the Unix time in milliseconds read from the service clock, then the version (7), 12
 * random bits, the variant (binary 10) and 62 random bits (74 random bits in all, drawn from {@link SecureRandom},
 * so an id is no easier to guess than a version-4 id is useful to guess: every read is authorised anyway).
 *
 * <p><b>Why time-ordered.</b> Ids are primary keys and ledger record ids, i.e. keys of B-tree indexes. A random
 * version-4 key lands on a random leaf: on the embedded H2 store that leaf is usually not in the page cache (read
 * and decoded from the file: about 15 % of the CPU samples under the mixed load) and every store write rewrites as
 * many distinct leaves as keys were inserted. A version-7 key lands on the right-most leaf, which is cached and shared
 * by every insert of the same store write (RFC 9562 §2.1 names the poor index locality of random UUIDs as a reason
 * for version 7; PostgreSQL's B-tree benefits the same way). Within one millisecond the order is random; nothing relies on ids
 * being ordered — lists order by their timestamp, then id.
 *
 * <p>Text form: the canonical 36-character lower-case form of {@link UUID#toString()}, as before.
 */
public final class RecordIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecordIds() {
    }

    /**
     * @param clock the service clock (milliseconds since 1970-01-01T00:00Z; must be at or after that instant)
     * @return a new version-7 UUID
     */
    public static UUID next(Clock clock) {
        return next(clock.instant());
    }

    /**
     * @param at the record's own time (its creation instant, read from the service clock), at or after 1970
     * @return a new version-7 UUID carrying that time
     */
    public static UUID next(Instant at) {
        long millis = at.toEpochMilli();
        if (millis < 0 || millis >= 1L << 48) {
            throw new IllegalStateException("A version-7 UUID needs a time between 1970 and 10889, not " + at);
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long msb = millis << 16 | 0x7000L | (random[0] & 0x0FL) << 8 | random[1] & 0xFFL;
        long lsb = 0x8000000000000000L | (random[2] & 0x3FL) << 56;
        for (int k = 3; k < 10; k++) {
            lsb |= (random[k] & 0xFFL) << 8 * (9 - k);
        }
        return new UUID(msb, lsb);
    }

    /**
     * @param clock the service clock
     * @return {@link #next(Clock)} in its canonical text form
     */
    public static String nextId(Clock clock) {
        return next(clock).toString();
    }

    /**
     * @param at the record's own time
     * @return {@link #next(Instant)} in its canonical text form
     */
    public static String nextId(Instant at) {
        return next(at).toString();
    }

    /**
     * Random digits for a code that must not carry a time (a registry id's serial part, which a person reads).
     *
     * @param digits how many lower-case hexadecimal digits, 1 to 32
     * @return that many digits drawn from {@link SecureRandom} (4 bits each)
     */
    public static String randomHex(int digits) {
        if (digits < 1 || digits > 32) {
            throw new IllegalArgumentException("digits must be 1 to 32, was " + digits);
        }
        byte[] random = new byte[(digits + 1) / 2];
        RANDOM.nextBytes(random);
        return java.util.HexFormat.of().formatHex(random).substring(0, digits);
    }
}
