package org.dataprice.supervision.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dataprice.supervision.Fixtures.at;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dataprice.error.LimitExceededException;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Self-dealing, wash rings and round trips: a planted case and a clean case each, the owner-group merge, the work
 * bound, and the search against a brute-force enumeration of every time-ordered edge sequence on seeded small graphs.
 */
class CycleScreenTest {
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final long DAY = 86_400;
    private static final CycleScreen SCREEN = CycleScreen.EXAMPLE;

    private static List<Alert> find(List<MonitoredDeal> deals, OwnershipGroups groups) {
        return SCREEN.find(TradeGraph.of(deals, groups));
    }

    private static List<Alert> of(List<Alert> alerts, String id) {
        return alerts.stream().filter(a -> a.ruleId().equals(id)).toList();
    }

    @Test
    void test_wash_threeRingWithinWindow() {
        List<MonitoredDeal> deals = List.of(at("d1", "A", "B", JAN, DAY, "1000"), at("d2", "B", "C", JAN, 3 * DAY, "1020"),
                at("d3", "C", "A", JAN, 5 * DAY, "990"));
        List<Alert> wash = of(find(deals, OwnershipGroups.NONE), "pattern.washTrading");
        assertThat(wash).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("ring:A,B,C");
            assertThat(a.evidenceIds()).containsExactly("d1", "d2", "d3");
            assertThat(a.explanation().get(PatternSteps.CYCLE_AMOUNTS).result().doubleValue()).isEqualTo(1020.0 / 990);
        });
    }

    @Test
    void test_wash_clean_outsideWindowOrWrongOrderOrAmounts() {
        // the ring closes 31 days after it opened
        assertThat(find(List.of(at("d1", "A", "B", JAN, DAY, "1000"), at("d2", "B", "C", JAN, 3 * DAY, "1000"),
                at("d3", "C", "A", JAN, 32 * DAY, "1000")), OwnershipGroups.NONE)).isEmpty();
        // A→B (day 1), C→A (day 2), B→C (day 3): going round from the first deal, time runs backwards at C→A
        assertThat(find(List.of(at("d1", "A", "B", JAN, DAY, "1000"), at("d2", "C", "A", JAN, 2 * DAY, "1000"),
                at("d3", "B", "C", JAN, 3 * DAY, "1000")), OwnershipGroups.NONE)).isEmpty();
        // amounts differ by more than 10 % and do not rise
        assertThat(find(List.of(at("d1", "A", "B", JAN, DAY, "1000"), at("d2", "B", "C", JAN, 2 * DAY, "700"),
                at("d3", "C", "A", JAN, 3 * DAY, "1000")), OwnershipGroups.NONE)).isEmpty();
    }

    @Test
    void test_wash_closedThroughALinkedParty_onlyAfterMerging() {
        List<MonitoredDeal> deals = List.of(at("d1", "A", "B", JAN, DAY, "1000"), at("d2", "B", "C", JAN, 2 * DAY, "1000"),
                at("d3", "C", "A2", JAN, 3 * DAY, "1000"));
        assertThat(find(deals, OwnershipGroups.NONE)).isEmpty();
        OwnershipGroups groups = OwnershipGroups.of(List.of(new OwnerLink("A2", "A")));
        assertThat(of(find(deals, groups), "pattern.washTrading")).singleElement()
                .satisfies(a -> assertThat(a.subject()).isEqualTo("ring:A,B,C"));
    }

    @Test
    void test_roundTrip_risingLegs() {
        List<MonitoredDeal> deals = List.of(at("d1", "A", "B", JAN, DAY, "1000"), at("d2", "B", "A", JAN, 3 * DAY, "1400"),
                at("d3", "A", "B", JAN, 6 * DAY, "1900"));
        List<Alert> alerts = find(deals, OwnershipGroups.NONE);
        assertThat(of(alerts, "pattern.washTrading")).isEmpty();
        assertThat(of(alerts, "pattern.roundTrip")).singleElement().satisfies(a -> {
            assertThat(a.evidenceIds()).containsExactly("d1", "d2", "d3");
            assertThat(a.figures()).anySatisfy(q -> assertThat(q.toString()).isEqualTo("cycles = 2"));
        });
        // clean: the price comes back lower
        assertThat(find(List.of(at("d1", "A", "B", JAN, DAY, "1000"), at("d2", "B", "A", JAN, 3 * DAY, "800")),
                OwnershipGroups.NONE)).isEmpty();
    }

    @Test
    void test_selfDealing_linkedSellerAndBuyer() {
        List<MonitoredDeal> deals = List.of(at("d1", "S", "shell", JAN, DAY, "1000"), at("d2", "S", "X", JAN, DAY, "1000"));
        OwnershipGroups groups = OwnershipGroups.of(List.of(new OwnerLink("holding", "S"), new OwnerLink("shell", "holding")));
        List<Alert> alerts = find(deals, groups);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.ruleId()).isEqualTo("pattern.selfDealing");
            assertThat(a.evidenceIds()).containsExactly("d1");
        });
        assertThat(find(deals, OwnershipGroups.NONE)).isEmpty();
    }

    @Test
    void test_ownershipGroups_chainAndCanonicalName() {
        OwnershipGroups g = OwnershipGroups.of(List.of(new OwnerLink("c", "b"), new OwnerLink("b", "a"), new OwnerLink("x", "y")));
        assertThat(g.group("c")).isEqualTo("a");
        assertThat(g.group("y")).isEqualTo("x");
        assertThat(g.group("free")).isEqualTo("free");
        assertThat(g.related("a", "c")).isTrue();
        assertThat(g.related("a", "x")).isFalse();
    }

    @Test
    void test_find_workBound() {
        List<MonitoredDeal> deals = List.of(at("d1", "A", "B", JAN, DAY, "1000"), at("d2", "B", "A", JAN, 2 * DAY, "1000"),
                at("d3", "A", "B", JAN, 3 * DAY, "1000"), at("d4", "B", "A", JAN, 4 * DAY, "1000"));
        CycleScreen tight = new CycleScreen(SCREEN.washTrading(), SCREEN.roundTrip(), SCREEN.selfDealing(),
                SCREEN.window(), 4, 1.1, 0.2, 1);
        assertThatThrownBy(() -> tight.find(TradeGraph.of(deals, OwnershipGroups.NONE)))
                .isInstanceOf(LimitExceededException.class);
    }

    /** Every cycle the search reports is one the brute force finds, and vice versa (counted per ring). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void search_equalsBruteForce(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<MonitoredDeal> deals = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            int s = rng.nextInt(7);
            int b = (s + 1 + rng.nextInt(6)) % 7;
            String price = rng.nextBoolean() ? "1000" : String.valueOf(900 + rng.nextInt(800));
            deals.add(at(String.format("d%02d", i), "P" + s, "P" + b, JAN, (long) (rng.nextDouble() * 60 * DAY), price));
        }
        deals.sort(MonitoredDeal.TIME_ORDER);
        Map<String, Integer> expected = bruteForce(deals);
        Map<String, Integer> actual = new HashMap<>();
        for (Alert a : find(deals, OwnershipGroups.NONE)) {
            actual.put(a.ruleId() + " " + a.subject(), Integer.parseInt(a.figures().get(0).number().toPlainString()));
        }
        assertThat(actual).as("seed %d", seed).isEqualTo(expected);
    }

    private static Map<String, Integer> bruteForce(List<MonitoredDeal> d) {
        Map<String, Integer> rings = new HashMap<>();
        for (int k = 2; k <= 4; k++) {
            enumerate(d, new int[k], 0, 0, rings);
        }
        return rings;
    }

    private static void enumerate(List<MonitoredDeal> d, int[] pick, int depth, int from, Map<String, Integer> rings) {
        if (depth == pick.length) {
            judge(d, pick, rings);
            return;
        }
        for (int i = from; i < d.size(); i++) {
            pick[depth] = i;
            enumerate(d, pick, depth + 1, i + 1, rings);
        }
    }

    private static void judge(List<MonitoredDeal> d, int[] pick, Map<String, Integer> rings) {
        int k = pick.length;
        java.util.Set<String> nodes = new java.util.TreeSet<>();
        for (int i = 0; i < k; i++) {
            MonitoredDeal e = d.get(pick[i]);
            MonitoredDeal next = d.get(pick[(i + 1) % k]);
            if (!e.buyerId().equals(next.sellerId())) {
                return;
            }
            nodes.add(e.sellerId());
        }
        if (nodes.size() != k) {
            return;
        }
        MonitoredDeal first = d.get(pick[0]);
        if (d.get(pick[k - 1]).at().getEpochSecond() > first.at().getEpochSecond() + 30 * DAY) {
            return;
        }
        double a0 = first.price().toDouble();
        boolean wash = true;
        boolean rise = true;
        for (int i = 0; i < k; i++) {
            double a = d.get(pick[i]).price().toDouble();
            wash &= a * 1.1 >= a0 && a <= a0 * 1.1;
            rise &= i == 0 || a >= d.get(pick[i - 1]).price().toDouble();
        }
        String ring = String.join(",", nodes);
        if (wash) {
            rings.merge("pattern.washTrading ring:" + ring, 1, Integer::sum);
        } else if (rise && d.get(pick[k - 1]).price().toDouble() >= a0 * 1.2) {
            rings.merge("pattern.roundTrip ring:" + ring, 1, Integer::sum);
        }
    }
}
