package org.dataprice.supervision.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.LimitExceededException;
import org.dataprice.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Parallel pricing: a planted pair moving in lockstep, and clean cases (moves too far apart in time or size, opposite
 * directions, one owner, too few matches, a low share).
 */
class ParallelPricingScreenTest {
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    /** A seller's path: its first quote at day 0, then one per {day, price} pair. */
    private static List<PriceQuote> path(String seller, String category, String first, Object... dayPrice) {
        return path(seller, category, "record", first, dayPrice);
    }

    /** The same in a given pricing unit (ids carry the unit so that two paths of one seller do not collide). */
    private static List<PriceQuote> path(String seller, String category, String unit, String first,
                                         Object... dayPrice) {
        String id = "record".equals(unit) ? seller : seller + "/" + unit;
        List<PriceQuote> out = new ArrayList<>();
        out.add(new PriceQuote(id + "-0", seller, category, unit, T0, Money.cny(first)));
        for (int i = 0; i < dayPrice.length; i += 2) {
            out.add(new PriceQuote(id + "-" + (i / 2 + 1), seller, category, unit,
                    T0.plus(Duration.ofDays((Integer) dayPrice[i])), Money.cny((String) dayPrice[i + 1])));
        }
        return out;
    }

    private static List<PriceQuote> all(List<List<PriceQuote>> paths) {
        List<PriceQuote> out = new ArrayList<>();
        paths.forEach(out::addAll);
        return out;
    }

    @Test
    void test_find_lockstepPair() {
        // A: +10 %, −5 %, +8 %; B: the same changes within a day; C moves on its own
        List<PriceQuote> quotes = all(List.of(
                path("A", "geo", "100.00", 30, "110.00", 60, "104.50", 90, "112.86"),
                path("B", "geo", "200.00", 31, "220.00", 60, "209.00", 91, "225.72"),
                path("C", "geo", "150.00", 30, "165.00", 61, "140.00", 90, "180.00")));
        var alerts = ParallelPricingScreen.EXAMPLE.find(quotes, OwnershipGroups.NONE);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.ruleId()).isEqualTo("pattern.parallelPricing");
            assertThat(a.subject()).isEqualTo("parallel:geo:A,B");
            assertThat(a.evidenceIds()).containsExactly("A-0", "A-1", "A-2", "A-3", "B-0", "B-1", "B-2", "B-3");
            assertThat(a.figures().get(0).number()).isEqualByComparingTo("3");
            assertThat(a.figures().get(1).doubleValue()).isEqualTo(1.0);
            assertThat(a.explanation().get(PatternSteps.LOCKSTEP_SHARE).result().doubleValue()).isEqualTo(1.0);
            assertThat(a.explanation().get(PatternSteps.LOCKSTEP_MOVES).inputs().get(0).text())
                    .contains("A-1").contains("B-1").contains("+0.0953");
        });
    }

    @Test
    void test_find_clean() {
        ParallelPricingScreen s = ParallelPricingScreen.EXAMPLE;
        // the same changes but 10 days apart (beyond the 3-day lag)
        assertThat(s.find(all(List.of(path("A", "geo", "100.00", 30, "110.00", 60, "104.50", 90, "112.86"),
                path("B", "geo", "200.00", 40, "220.00", 70, "209.00", 100, "225.72"))), OwnershipGroups.NONE)).isEmpty();
        // same days, sizes 2 % apart (beyond ε = 0.5 %)
        assertThat(s.find(all(List.of(path("A", "geo", "100.00", 30, "110.00", 60, "104.50", 90, "112.86"),
                path("B", "geo", "200.00", 30, "224.00", 60, "208.00", 90, "230.00"))), OwnershipGroups.NONE)).isEmpty();
        // opposite directions of the same size
        assertThat(s.find(all(List.of(path("A", "geo", "100.00", 30, "110.00", 60, "100.00", 90, "110.00"),
                path("B", "geo", "110.00", 30, "100.00", 60, "110.00", 90, "100.00"))), OwnershipGroups.NONE)).isEmpty();
        // different categories
        assertThat(s.find(all(List.of(path("A", "geo", "100.00", 30, "110.00", 60, "104.50", 90, "112.86"),
                path("B", "med", "200.00", 30, "220.00", 60, "209.00", 90, "225.72"))), OwnershipGroups.NONE)).isEmpty();
        // one beneficial owner: coordination within a group is not collusion between competitors
        List<PriceQuote> lockstep = all(List.of(path("A", "geo", "100.00", 30, "110.00", 60, "104.50", 90, "112.86"),
                path("B", "geo", "200.00", 30, "220.00", 60, "209.00", 90, "225.72")));
        assertThat(s.find(lockstep, OwnershipGroups.of(List.of(new OwnerLink("A", "B"))))).isEmpty();
        // two matches only
        assertThat(s.find(all(List.of(path("A", "geo", "100.00", 30, "110.00", 60, "104.50"),
                path("B", "geo", "200.00", 30, "220.00", 60, "209.00"))), OwnershipGroups.NONE)).isEmpty();
        // three matches, but A moved eight times and B six: share 3 / 6 = 0.5 < 0.75
        assertThat(s.find(all(List.of(
                path("A", "geo", "100.00", 30, "110.00", 60, "104.50", 90, "112.86", 120, "120.00", 150, "125.00",
                        180, "119.00", 210, "130.00", 240, "127.00"),
                path("B", "geo", "200.00", 30, "220.00", 60, "209.00", 90, "225.72", 125, "230.00", 155, "222.00",
                        185, "240.00"))), OwnershipGroups.NONE)).isEmpty();
        // the same moves pass once the threshold is lowered: the case above is clean by the share alone
        ParallelPricingScreen lenient = new ParallelPricingScreen(s.identity(), s.lag(), s.tolerance(), 3, 0.5, 1000);
        assertThat(lenient.find(all(List.of(
                path("A", "geo", "100.00", 30, "110.00", 60, "104.50", 90, "112.86", 120, "120.00", 150, "125.00",
                        180, "119.00", 210, "130.00", 240, "127.00"),
                path("B", "geo", "200.00", 30, "220.00", 60, "209.00", 90, "225.72", 125, "230.00", 155, "222.00",
                        185, "240.00"))), OwnershipGroups.NONE)).hasSize(1);
    }

    @Test
    void test_find_pathsPerPricingUnit() {
        ParallelPricingScreen s = ParallelPricingScreen.EXAMPLE;
        // A and B alternate the unit of their quotes on the same days, each unit's price never changing: per
        // category alone these would be three matched moves of ±ln 1.5 (a false lockstep); per unit, no move at all
        List<PriceQuote> switching = all(List.of(
                path("A", "geo", "record", "100.00", 60, "100.00"), path("A", "geo", "GB", "150.00", 30, "150.00", 90,
                        "150.00"),
                path("B", "geo", "record", "200.00", 60, "200.00"), path("B", "geo", "GB", "300.00", 30, "300.00", 90,
                        "300.00")));
        List<PriceQuote> shifted = new ArrayList<>();
        for (PriceQuote q : switching) {
            // the GB paths start on day 30 (not day 0 like the record paths)
            shifted.add(q.pricingUnit().equals("GB") && q.quoteId().endsWith("-0")
                    ? new PriceQuote(q.quoteId(), q.sellerId(), q.category(), q.pricingUnit(),
                    T0.plus(Duration.ofDays(30)), q.unitPrice()) : q);
        }
        assertThat(s.find(shifted, OwnershipGroups.NONE)).isEmpty();
        // the same quotes judged as one unit (what a per-category path did) do raise the false alarm
        List<PriceQuote> oneUnit = shifted.stream().map(q -> new PriceQuote(q.quoteId(), q.sellerId(), q.category(),
                "record", q.at(), q.unitPrice())).toList();
        assertThat(s.find(oneUnit, OwnershipGroups.NONE)).hasSize(1);
        // a real lockstep within one unit is still found, and the explanation names the unit
        List<PriceQuote> lockstep = all(List.of(path("A", "geo", "GB", "100.00", 30, "110.00", 60, "104.50", 90,
                        "112.86"), path("B", "geo", "GB", "200.00", 31, "220.00", 60, "209.00", 91, "225.72"),
                path("A", "geo", "record", "10.00", 30, "10.00")));
        assertThat(s.find(lockstep, OwnershipGroups.NONE)).singleElement().satisfies(a ->
                assertThat(a.explanation().inputs().stream().filter(i -> i.name().equals("pricingUnit")).findFirst()
                        .orElseThrow().text()).isEqualTo("GB"));
    }

    @Test
    void test_find_isBounded() {
        ParallelPricingScreen tight = new ParallelPricingScreen(ParallelPricingScreen.EXAMPLE.identity(),
                Duration.ofDays(3), 0.005, 3, 0.75, 2);
        assertThatThrownBy(() -> tight.find(all(List.of(path("A", "geo", "100.00", 30, "110.00", 60, "104.50", 90, "112.86"),
                path("B", "geo", "200.00", 30, "220.00", 60, "209.00", 90, "225.72"))), OwnershipGroups.NONE))
                .isInstanceOf(LimitExceededException.class);
    }
}
