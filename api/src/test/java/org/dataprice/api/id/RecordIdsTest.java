package org.dataprice.api.id;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RecordIds}: version-7 UUIDs of RFC 9562 (IETF, May 2024), checked against the RFC's own example
 * (Appendix A.6: Unix time 0x017F22E279B0 = 2022-02-22T19:22:22Z gives {@code 017F22E2-79B0-7CC3-98C4-DC0C0C07398F},
 * whose first 48 bits, version and variant every id of that millisecond shares), and for order and uniqueness.
 */
class RecordIdsTest {

    @Test
    void test_rfc9562AppendixA6_timestampVersionAndVariant() {
        Instant at = Instant.parse("2022-02-22T19:22:22Z");
        assertThat(at.toEpochMilli()).isEqualTo(0x017F22E279B0L);
        for (int k = 0; k < 1_000; k++) {
            String id = RecordIds.nextId(at);
            assertThat(id).hasSize(36).startsWith("017f22e2-79b0-7").matches("[0-9a-f-]+");
            UUID u = UUID.fromString(id);
            assertThat(u.version()).isEqualTo(7);
            assertThat(u.variant()).isEqualTo(2); // RFC 9562 §4.1: binary 10
            assertThat(u.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
        }
        UUID published = UUID.fromString("017F22E2-79B0-7CC3-98C4-DC0C0C07398F");
        assertThat(published.version()).isEqualTo(7);
        assertThat(published.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void test_idsOfLaterMilliseconds_sortAfter_asTextAndAsUuid() {
        Instant t = Instant.parse("2026-12-05T16:00:00Z");
        String previous = RecordIds.nextId(t);
        for (int ms = 1; ms < 5_000; ms += 7) {
            String next = RecordIds.nextId(t.plusMillis(ms));
            assertThat(next).isGreaterThan(previous);
            assertThat(UUID.fromString(next).getMostSignificantBits()).isGreaterThan(UUID.fromString(previous).getMostSignificantBits());
            previous = next;
        }
    }

    @Test
    void test_manyIdsInOneMillisecond_areDistinct_andTheClockOverloadReadsTheClock() {
        Clock fixed = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 100_000; k++) {
            assertThat(seen.add(RecordIds.nextId(fixed))).isTrue();
        }
        assertThat(seen).allSatisfy(id -> assertThat(UUID.fromString(id).getMostSignificantBits() >>> 16)
                .isEqualTo(fixed.millis()));
    }

    @Test
    void test_aTimeOutsideTheFortyEightBits_isRefused() {
        assertThatThrownBy(() -> RecordIds.next(Instant.parse("1969-12-31T23:59:59Z")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1969-12-31T23:59:59Z");
        assertThatThrownBy(() -> RecordIds.next(Instant.ofEpochMilli(1L << 48)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(RecordIds.next(Instant.ofEpochMilli((1L << 48) - 1)).version()).isEqualTo(7);
        assertThat(RecordIds.next(Instant.EPOCH).toString()).startsWith("00000000-0000-7");
    }
}
