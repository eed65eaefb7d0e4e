package org.dataprice.supervision.credit;

import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CreditFile} under {@link CreditPolicy#EXAMPLE} (base 100; A ≥ 110, B ≥ 90, C ≥ 60 no bidding, D neither
 * listing nor bidding; objections answered in 15 days; repair from 90 days, decided in 15). Hand-worked history:
 * a violation −30 at day 0 (expires day 365) and a confirmed alert −20 at day 10 (expires day 100) give 50 (D) at day
 * 20: listing allowed again from day 100 (score 70, C), bidding from day 365 (100, B). Seeded properties: the score is
 * the base plus the counted lines; later records never change an earlier standing; a restriction ends exactly at its
 * stated instant; an upheld objection never lowers the score.
 */
class CreditFileTest {
    private static final CreditPolicy POLICY = CreditPolicy.EXAMPLE;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PARTY = "apikey:p1";

    private static Instant day(double d) {
        return T0.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
    }

    private static CreditFile worked() {
        return CreditFile.empty(PARTY)
                .record(new CreditEvent("v1", PARTY, CreditEventKind.VIOLATION, -30, T0, day(365), "deal outside rules",
                        "deal-9"))
                .record(new CreditEvent("a1", PARTY, CreditEventKind.CONFIRMED_ALERT, -20, day(10), day(100),
                        "confirmed wash trade", "alert-3"));
    }

    @Test
    void test_standing_workedExample_scoreLevelAndRestrictionEnds() {
        CreditStanding s = worked().standing(day(20), POLICY);
        assertThat(s.score()).isEqualTo(50);
        assertThat(s.level()).isEqualTo("D");
        assertThat(s.restriction(CreditAction.LISTING).until()).isEqualTo(day(100));
        assertThat(s.restriction(CreditAction.BIDDING).until()).isEqualTo(day(365));
        assertThat(s.events()).extracting(CreditStanding.EventLine::counted).containsExactly(-30, -20);
        assertThatThrownBy(() -> s.require(CreditAction.LISTING, "sellerId")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException x = (InvalidInputException) e;
                    assertThat(x.field()).isEqualTo("sellerId");
                    assertThat(x.rule().id()).isEqualTo("restricted");
                    assertThat(x.getMessage()).contains(day(100).toString(), "level D", "score 50");
                });

        CreditStanding later = worked().standing(day(100), POLICY);
        assertThat(later.score()).isEqualTo(70);
        assertThat(later.level()).isEqualTo("C");
        assertThat(later.restriction(CreditAction.LISTING)).isNull();
        later.require(CreditAction.LISTING, "sellerId");
        assertThat(later.events().get(1).status()).isEqualTo(EventStatus.EXPIRED);

        CreditStanding clean = worked().standing(day(365), POLICY);
        assertThat(clean.score()).isEqualTo(100);
        assertThat(clean.restrictions()).isEmpty();
    }

    @Test
    void test_standing_goodStanding_incentiveAndPositiveExpiryKeepsRestriction() {
        CreditFile f = CreditFile.empty(PARTY).record(new CreditEvent("g1", PARTY, CreditEventKind.GOOD_STANDING, 15,
                T0, day(200), "a year without disputes", null));
        CreditStanding a = f.standing(day(1), POLICY);
        assertThat(a.level()).isEqualTo("A");
        assertThat(a.depositDiscount()).isEqualByComparingTo("0.20");
        CreditFile g = worked().record(new CreditEvent("g1", PARTY, CreditEventKind.GOOD_STANDING, 15, day(20),
                day(200), "milestone", null));
        CreditStanding s = g.standing(day(20), POLICY); // 100 - 30 - 20 + 15 = 65: C
        assertThat(s.score()).isEqualTo(65);
        assertThat(s.restriction(CreditAction.LISTING)).isNull();
        // day 100: 85 (C), day 200: 70 (C), day 365: 100 (B)
        assertThat(s.restriction(CreditAction.BIDDING).until()).isEqualTo(day(365));
    }

    @Test
    void test_objection_unansweredByDeadline_suspends_thenAnswerDecides() {
        CreditFile f = worked().object(new Objection("o1", "a1", PARTY, day(30), "the alert names another party"), POLICY);
        CreditStanding before = f.standing(day(45), POLICY);
        assertThat(before.score()).isEqualTo(50);
        assertThat(before.objections()).singleElement().satisfies(o -> {
            assertThat(o.deadline()).isEqualTo(day(45));
            assertThat(o.overdue()).isFalse();
        });
        CreditStanding overdue = f.standing(day(50), POLICY);
        assertThat(overdue.score()).isEqualTo(70);
        assertThat(overdue.events().get(1).status()).isEqualTo(EventStatus.SUSPENDED);
        assertThat(overdue.objections().get(0).overdue()).isTrue();

        CreditFile rejected = f.answer(new ObjectionAnswer("o1", day(60), false, "the alert is confirmed", "sup"));
        assertThat(rejected.standing(day(60), POLICY).score()).isEqualTo(50);
        assertThat(rejected.standing(day(55), POLICY).score()).isEqualTo(70); // still suspended before the answer
        CreditFile upheld = f.answer(new ObjectionAnswer("o1", day(40), true, "wrong party", "sup"));
        assertThat(upheld.standing(day(40), POLICY).events().get(1).status()).isEqualTo(EventStatus.WITHDRAWN);
        assertThat(upheld.standing(day(40), POLICY).score()).isEqualTo(70);

        assertField(() -> upheld.answer(new ObjectionAnswer("o1", day(41), false, "again", "sup")), "status");
        assertField(() -> f.answer(new ObjectionAnswer("o9", day(41), false, "x", "sup")), "objectionId");
        assertField(() -> f.object(new Objection("o2", "a1", PARTY, day(31), "again"), POLICY), "eventId");
        assertField(() -> worked().object(new Objection("o2", "zz", PARTY, day(31), "x"), POLICY), "eventId");
        assertField(() -> worked().object(new Objection("o2", "a1", PARTY, day(100), "late"), POLICY), "eventId");
        assertField(() -> worked().object(new Objection("o2", "a1", "apikey:other", day(30), "x"), POLICY), "partyId");
    }

    @Test
    void test_repair_waitConditionsAndDecision() {
        List<RepairCondition> all = List.of(RepairCondition.values());
        assertField(() -> worked().requestRepair(new Repair("r1", "v1", PARTY, day(80), all, "corrected"), POLICY),
                "eventId");
        assertField(() -> worked().requestRepair(new Repair("r1", "v1", PARTY, day(95),
                List.of(RepairCondition.CORRECTED, RepairCondition.OBLIGATIONS_FULFILLED), "corrected"), POLICY),
                "conditionsMet");
        CreditFile requested = worked().requestRepair(new Repair("r1", "v1", PARTY, day(95), all, "corrected"), POLICY);
        assertField(() -> requested.requestRepair(new Repair("r2", "v1", PARTY, day(96), all, "again"), POLICY),
                "status");
        assertThat(requested.standing(day(111), POLICY).repairs()).singleElement().satisfies(r -> {
            assertThat(r.deadline()).isEqualTo(day(110));
            assertThat(r.overdue()).isTrue();
        });
        CreditFile granted = requested.decide(new RepairDecision("r1", day(100), true, "conditions verified", "sup"));
        CreditStanding s = granted.standing(day(100), POLICY);
        assertThat(s.events().get(0).status()).isEqualTo(EventStatus.REPAIRED);
        assertThat(s.score()).isEqualTo(100);
        assertField(() -> granted.decide(new RepairDecision("r1", day(101), false, "x", "sup")), "status");
        assertField(() -> granted.requestRepair(new Repair("r3", "v1", PARTY, day(120), all, "again"), POLICY),
                "eventId");
        CreditFile refused = requested.decide(new RepairDecision("r1", day(100), false, "penalty unpaid", "sup"));
        assertThat(refused.standing(day(100), POLICY).score()).isEqualTo(70);
        // a refused request may be followed by a new one
        refused.requestRepair(new Repair("r4", "v1", PARTY, day(120), all, "paid now"), POLICY);
    }

    @Test
    void test_record_invalid_namesTheField() {
        assertField(() -> new CreditEvent("e", PARTY, CreditEventKind.VIOLATION, 5, T0, day(1), "x", null), "points");
        assertField(() -> new CreditEvent("e", PARTY, CreditEventKind.GOOD_STANDING, -5, T0, day(1), "x", null), "points");
        assertField(() -> new CreditEvent("e", PARTY, CreditEventKind.VIOLATION, -1001, T0, day(1), "x", null), "points");
        assertField(() -> new CreditEvent("e", PARTY, CreditEventKind.VIOLATION, -5, T0, T0, "x", null), "expiresAt");
        assertField(() -> worked().record(new CreditEvent("v1", PARTY, CreditEventKind.VIOLATION, -5, T0, day(1), "x",
                null)), "id");
        assertField(() -> worked().record(new CreditEvent("v9", "apikey:other", CreditEventKind.VIOLATION, -5, T0,
                day(1), "x", null)), "partyId");
        assertField(() -> new CreditPolicy(1, 50, POLICY.levels(), Duration.ofDays(1), Duration.ZERO, Duration.ofDays(1),
                List.of()), "basePoints");
    }

    /** Properties over seeded random histories of events, objections with answers, repairs with decisions. */
    @ParameterizedTest
    @ValueSource(longs = {3L, 11L, 2026L, 20261205L})
    void test_standing_properties(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 100; n++) {
            CreditFile eventsOnly = randomEvents(random);
            CreditFile f = withProcedures(eventsOnly, random);
            for (int k = 0; k < 10; k++) {
                Instant at = day(random.nextDouble(-10, 400));
                CreditStanding s = f.standing(at, POLICY);
                long sum = POLICY.basePoints();
                for (CreditStanding.EventLine l : s.events()) {
                    sum += l.counted();
                    assertThat(l.counted()).isEqualTo(l.status() == EventStatus.COUNTED ? l.points() : 0);
                }
                assertThat(s.score()).as("seed %d: score = base + counted", seed).isEqualTo(sum);
                assertThat(s.level()).isEqualTo(POLICY.level(s.score()).name());
                // append-only: the file cut at `at` gives the same standing
                assertThat(cut(f, at).standing(at, POLICY)).as("seed %d: history invariance", seed).isEqualTo(s);
                // restrictions end exactly when stated (events only: nothing but expiries changes the score)
                CreditStanding e = eventsOnly.standing(at, POLICY);
                for (CreditStanding.Restriction r : e.restrictions()) {
                    CreditFile past = cut(eventsOnly, at);
                    assertThat(past.standing(r.until(), POLICY).restriction(r.action())).as("seed %d", seed).isNull();
                    Instant before = r.until().minusNanos(1);
                    assertThat(POLICY.level(past.standing(before, POLICY).score()).allows(r.action())).isFalse();
                    for (int j = 0; j < 5; j++) { // and it stays allowed
                        Instant later = r.until().plus(Duration.ofHours(random.nextInt(24 * 500)));
                        assertThat(past.standing(later, POLICY).restriction(r.action())).isNull();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5L, 99L})
    void test_upheldObjection_neverLowersTheScore(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 200; n++) {
            CreditFile f = randomEvents(random);
            CreditEvent target = f.events().stream().filter(x -> x.kind().negative()).findFirst().orElse(null);
            if (target == null) {
                continue;
            }
            Instant filed = target.at().plus(Duration.ofHours(1));
            if (!filed.isBefore(target.expiresAt())) {
                continue;
            }
            CreditFile objected = f.object(new Objection("o", target.id(), PARTY, filed, "grounds"), POLICY);
            CreditFile upheld = objected.answer(new ObjectionAnswer("o", filed.plus(Duration.ofDays(3)), true, "ok", "s"));
            for (int k = 0; k < 20; k++) {
                Instant at = day(random.nextDouble(0, 400));
                assertThat(upheld.standing(at, POLICY).score()).isGreaterThanOrEqualTo(f.standing(at, POLICY).score());
            }
        }
    }

    private static CreditFile randomEvents(SplittableRandom random) {
        CreditFile f = CreditFile.empty(PARTY);
        int count = random.nextInt(0, 8);
        for (int i = 0; i < count; i++) {
            CreditEventKind kind = CreditEventKind.values()[random.nextInt(3)];
            int magnitude = random.nextInt(1, 60);
            double start = random.nextDouble(0, 300);
            f = f.record(new CreditEvent("e" + i, PARTY, kind, kind.negative() ? -magnitude : magnitude, day(start),
                    day(start + random.nextDouble(0.01, 200)), "r", null));
        }
        return f;
    }

    private static CreditFile withProcedures(CreditFile f, SplittableRandom random) {
        CreditFile out = f;
        int i = 0;
        for (CreditEvent e : f.events()) {
            if (!e.kind().negative()) {
                continue;
            }
            Instant filed = e.at().plus(Duration.ofMinutes(random.nextInt(1, 60)));
            if (random.nextBoolean() && filed.isBefore(e.expiresAt())) {
                out = out.object(new Objection("o" + i, e.id(), PARTY, filed, "g"), POLICY);
                if (random.nextBoolean()) {
                    out = out.answer(new ObjectionAnswer("o" + i, filed.plus(Duration.ofDays(random.nextInt(0, 30))),
                            random.nextBoolean(), "a", "s"));
                }
            }
            Instant asked = e.at().plus(POLICY.repairWait());
            if (random.nextBoolean() && asked.isBefore(e.expiresAt())
                    && out.status(e, asked, POLICY) == EventStatus.COUNTED) {
                out = out.requestRepair(new Repair("r" + i, e.id(), PARTY, asked, List.of(RepairCondition.values()),
                        "s"), POLICY);
                if (random.nextBoolean()) {
                    out = out.decide(new RepairDecision("r" + i, asked.plus(Duration.ofDays(random.nextInt(0, 20))),
                            random.nextBoolean(), "d", "s"));
                }
            }
            i++;
        }
        return out;
    }

    /** The file as it was at {@code at}: only records at or before it. */
    private static CreditFile cut(CreditFile f, Instant at) {
        List<CreditEvent> events = new ArrayList<>(f.events().stream().filter(e -> !e.at().isAfter(at)).toList());
        List<Objection> objections = f.objections().stream().filter(o -> !o.filedAt().isAfter(at)).toList();
        List<ObjectionAnswer> answers = f.answers().stream().filter(a -> !a.at().isAfter(at)).toList();
        List<Repair> repairs = f.repairs().stream().filter(r -> !r.requestedAt().isAfter(at)).toList();
        List<RepairDecision> decisions = f.decisions().stream().filter(d -> !d.at().isAfter(at)).toList();
        return new CreditFile(f.partyId(), events, objections, answers, repairs, decisions);
    }

    private static void assertField(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }
}
