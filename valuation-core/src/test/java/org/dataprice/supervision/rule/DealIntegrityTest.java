package org.dataprice.supervision.rule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A clean market proves sound; each planted offence (late act, foreign buyer, foreign seller, missing source) is listed. */
class DealIntegrityTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant DEADLINE = T.plusSeconds(3600);

    private static DealIntegrity.Origin sound(String id) {
        return new DealIntegrity.Origin(id, "s", "b", "s", true, "s", "b", T, DEADLINE);
    }

    @Test
    void test_check_cleanMarket_isEmpty() {
        assertThat(DealIntegrity.check(List.of(sound("d1"), sound("d2"),
                new DealIntegrity.Origin("d3", "s", "b", "s", true, "s", "b", T, null)))).isEmpty();
    }

    @Test
    void test_check_plantedOffences_areListed() {
        List<DealIntegrity.Offence> found = DealIntegrity.check(List.of(sound("ok"),
                new DealIntegrity.Origin("late", "s", "b", "s", true, "s", "b", DEADLINE, DEADLINE),
                new DealIntegrity.Origin("stranger", "s", "x", "s", true, "s", "b", T, DEADLINE),
                new DealIntegrity.Origin("fake-seller", "x", "b", "s", true, "s", "b", T, DEADLINE),
                new DealIntegrity.Origin("ghost", "s", "b", "s", false, null, null, null, null)));

        assertThat(found).extracting(DealIntegrity.Offence::dealId, DealIntegrity.Offence::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("late", "AFTER_DEADLINE"),
                org.assertj.core.groups.Tuple.tuple("stranger", "NOT_A_PARTY"),
                org.assertj.core.groups.Tuple.tuple("fake-seller", "NOT_A_PARTY"),
                org.assertj.core.groups.Tuple.tuple("ghost", "NO_ORIGIN"));
    }
}
