package org.dataprice.supervision.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dataprice.supervision.Fixtures.deal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;
import org.dataprice.supervision.robust.HampelFilter;
import org.junit.jupiter.api.Test;

/**
 * The rule set on hand-built markets: each rule's planted case and clean case, its figures recomputed by hand, and
 * the alert's rule id, version, evidence and explanation.
 */
class RuleSetTest {
    private static final double TOLERANCE = 1e-12;
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final RuleSet RULES = RuleSet.example(Money.cny("100000"));

    private static List<String> ids(List<Alert> alerts, String ruleId) {
        return alerts.stream().filter(a -> a.ruleId().equals(ruleId)).map(Alert::subject).toList();
    }

    @Test
    void test_band_outsideAlertsInsideNot() {
        MonitoredDeal inside = deal("d1", "L1", "s", "b", "cat", JAN, 3, "120.00", "80.00", "120.00", null);
        MonitoredDeal above = deal("d2", "L1", "s", "b", "cat", JAN, 4, "120.01", "80.00", "120.00", null);
        MonitoredDeal below = deal("d3", "L1", "s", "b", "cat", JAN, 5, "79.99", "80.00", "120.00", null);
        RuleCheck r = RULES.scan(List.of(inside, above, below), List.of());
        assertThat(ids(r.alerts(), "price.band")).containsExactly("d2", "d3");
        Alert a = r.alerts().get(0);
        assertThat(a.rule()).isEqualTo(RuleIdentity.of("price.band", 1, Severity.HIGH));
        assertThat(a.evidenceIds()).containsExactly("d2");
        assertThat(a.explanation().get(RuleSteps.BAND).result().doubleValue()).isCloseTo(0.01 / 120, within(TOLERANCE));
        assertThat(a.explanation().toText()).contains("above");
    }

    @Test
    void test_reference_factorTwoIsTheEdge() {
        MonitoredDeal atEdge = deal("d1", "L1", "s", "b", "cat", JAN, 3, "200.00", null, null, "100.00");
        MonitoredDeal beyond = deal("d2", "L1", "s", "b", "cat", JAN, 4, "200.02", null, null, "100.00");
        MonitoredDeal low = deal("d3", "L1", "s", "b", "cat", JAN, 5, "49.99", null, null, "100.00");
        RuleCheck r = RULES.scan(List.of(atEdge, beyond, low), List.of());
        assertThat(ids(r.alerts(), "price.reference")).containsExactly("d2", "d3");
        Alert a = r.alerts().stream().filter(x -> x.subject().equals("d2")).findFirst().orElseThrow();
        assertThat(a.explanation().get(RuleSteps.REFERENCE).result().doubleValue())
                .isCloseTo(Math.log(200.02 / 100), within(1e-12));
    }

    private static List<MonitoredDeal> cell(String outlierPrice) {
        List<MonitoredDeal> deals = new ArrayList<>();
        String[] prices = {"100", "102", "98", "101", "99", "103", "97", "100.5", "99.5", "101.5"};
        for (int i = 0; i < prices.length; i++) {
            deals.add(deal("d" + i, "L" + i, "s" + i, "b", "cat", JAN, 1 + i, prices[i]));
        }
        deals.add(deal("dx", "Lx", "sx", "b", "cat", JAN, 20, outlierPrice));
        return deals;
    }

    @Test
    void test_hampel_scanFlagsOnlyThePlantedOutlier() {
        RuleCheck r = RULES.scan(cell("150"), List.of());
        assertThat(ids(r.alerts(), "price.hampel")).containsExactly("dx");
        // the cell's log prices: median ln 100.5 (6th of 11 sorted); recompute the score by hand
        double[] logs = cell("150").stream().mapToDouble(MonitoredDeal::logUnitPrice).toArray();
        java.util.Arrays.sort(logs);
        double median = logs[5];
        double[] dev = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            dev[i] = Math.abs(logs[i] - median);
        }
        java.util.Arrays.sort(dev);
        double scale = 1.4826 * dev[5];
        Alert a = r.alerts().get(0);
        assertThat(a.explanation().get(RuleSteps.HAMPEL).result().doubleValue())
                .isCloseTo((Math.log(150) - median) / scale, within(1e-9));
        assertThat(a.figures()).anySatisfy(q -> assertThat(q.name()).isEqualTo("falseAlarmRate"));
    }

    @Test
    void test_hampel_cleanCellNoAlert() {
        assertThat(ids(RULES.scan(cell("104"), List.of()).alerts(), "price.hampel")).isEmpty();
    }

    @Test
    void test_check_againstPreparedContext_sameVerdict() {
        List<MonitoredDeal> history = cell("101").subList(0, 10);
        MarketContext context = RULES.prepare(history, List.of());
        MonitoredDeal outlier = deal("new", "Ln", "sn", "b", "cat", JAN, 25, "150");
        MonitoredDeal normal = deal("new2", "Ln", "sn", "b", "cat", JAN, 25, "101");
        assertThat(ids(RULES.check(outlier, context).alerts(), "price.hampel")).containsExactly("new");
        assertThat(RULES.check(normal, context).alerts()).isEmpty();
    }

    /**
     * The per-deal path of the service: a context prepared from the cell's sorted log prices alone gives the same
     * statistics and the same verdicts as one prepared from the deals (seeded, 200 markets of 0–60 deals; half the
     * candidates are far from the cell).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1L, 2L, 3L, 4L, 5L})
    void test_prepareFromSortedCell_equalsPrepareFromHistory(long seed) {
        java.util.Random random = new java.util.Random(seed);
        for (int market = 0; market < 40; market++) {
            int n = random.nextInt(61);
            List<MonitoredDeal> history = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String price = java.math.BigDecimal.valueOf(50 + random.nextInt(100_00), 2).toPlainString();
                history.add(deal("d" + i, "L" + i, "s" + i, "b", "cat", JAN, 1 + i % 27, price));
            }
            double[] sorted = history.stream().mapToDouble(MonitoredDeal::logUnitPrice).sorted().toArray();
            double[] padded = java.util.Arrays.copyOf(sorted, sorted.length + 3);
            MarketContext fromCell = RULES.prepare("cat", JAN, padded, sorted.length, null, List.of());
            MarketContext fromHistory = RULES.prepare(history, List.of());
            assertThat(fromCell.cell("cat", JAN)).isEqualTo(fromHistory.cell("cat", JAN));
            String price = random.nextBoolean() ? "1000000" : "75";
            MonitoredDeal candidate = deal("new", "Ln", "sn", "b", "cat", JAN, 28, price);
            assertThat(RULES.check(candidate, fromCell)).isEqualTo(RULES.check(candidate, fromHistory));
        }
    }

    @Test
    void test_prepareFromSortedCell_refusesUnsortedOrNonFinite() {
        assertThatThrownBy(() -> RULES.prepare("cat", JAN, new double[] {2, 1}, 2, null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sortedLogs[1]");
        assertThatThrownBy(() -> RULES.prepare("cat", JAN, new double[] {Double.NaN}, 1, null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sortedLogs[0]");
        assertThatThrownBy(() -> RULES.prepare("cat", JAN, new double[] {1}, 2, null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("count");
        // entries past count are not the cell's and are not read
        assertThat(RULES.prepare("cat", JAN, new double[] {2, 1}, 1, null, List.of()).cell("cat", JAN).size())
                .isEqualTo(1);
    }

    @Test
    void test_check_tinyCell_warnsWithoutAlert() {
        MarketContext context = RULES.prepare(cell("101").subList(0, 3), List.of());
        RuleCheck r = RULES.check(deal("new", "Ln", "sn", "b", "cat", JAN, 25, "1000"), context);
        assertThat(r.alerts()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().contains("fewer than 5");
    }

    @Test
    void test_indexJump_adjustsForTheIndex() {
        // x = ln(350 / 100) − ln(110 / 100) = 1.1575 > ln 3 = 1.0986; 320 gives 1.0678 < ln 3
        List<IndexLevel> index = List.of(new IndexLevel("cat", JAN, 100), new IndexLevel("cat", FEB, 110));
        MonitoredDeal first = deal("d1", "L1", "s", "b", "cat", JAN, 3, "100");
        RuleCheck jump = RULES.scan(List.of(first, deal("d2", "L1", "s", "b2", "cat", FEB, 3, "350")), index);
        assertThat(ids(jump.alerts(), "price.indexJump")).containsExactly("d2");
        assertThat(jump.alerts().get(0).evidenceIds()).containsExactly("d2", "d1");
        assertThat(jump.alerts().get(0).explanation().get(RuleSteps.INDEX_JUMP).result().doubleValue())
                .isCloseTo(Math.log(3.5) - Math.log(1.1), within(1e-12));
        RuleCheck calm = RULES.scan(List.of(first, deal("d2", "L1", "s", "b2", "cat", FEB, 3, "320")), index);
        assertThat(ids(calm.alerts(), "price.indexJump")).isEmpty();
        // without the February level the rule cannot judge
        RuleCheck noIndex = RULES.scan(List.of(first, deal("d2", "L1", "s", "b2", "cat", FEB, 3, "350")),
                index.subList(0, 1));
        assertThat(ids(noIndex.alerts(), "price.indexJump")).isEmpty();
        // ... and says why: the month without a level, or no level at all
        assertThat(noIndex.warnings()).contains("cat/2026-02: no published index level: price.indexJump skips the "
                + "deals of this month and the next deals of their listings");
        assertThat(noIndex.warnings()).noneMatch(w -> w.startsWith("cat/2026-01: no published"));
        assertThat(RULES.scan(List.of(first), List.of()).warnings())
                .contains("no index levels supplied: price.indexJump not judged");
        // the check of one deal prepared with the listing's previous deal: judged with both levels, skipped (and
        // said) without the deal's month
        MonitoredDeal second = deal("d2", "L1", "s", "b2", "cat", FEB, 3, "350");
        RuleCheck checked = RULES.check(second, RULES.prepare("cat", FEB, new double[0], 0, first, index));
        assertThat(ids(checked.alerts(), "price.indexJump")).containsExactly("d2");
        RuleCheck unjudged = RULES.check(second, RULES.prepare("cat", FEB, new double[0], 0, first,
                index.subList(0, 1)));
        assertThat(ids(unjudged.alerts(), "price.indexJump")).isEmpty();
        assertThat(unjudged.warnings()).anyMatch(w -> w.contains("no published index level for 2026-02 or 2026-01")
                && w.contains("d1") && w.contains("price.indexJump not judged"));
    }

    @Test
    void test_scanWindow_refusalNamesItsItems() {
        ScanWindow deals = new ScanWindow(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 31), 2);
        ScanWindow auctions = new ScanWindow(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 31),
                2, "auctions");
        deals.requireWithinLimit(2);
        assertThatThrownBy(() -> deals.requireWithinLimit(3)).hasMessageContaining("more than 2 deals from 2026-01-01")
                .hasFieldOrPropertyWithValue("field", "to");
        assertThatThrownBy(() -> auctions.requireWithinLimit(3)).hasMessageContaining("more than 2 auctions from")
                .hasMessageNotContaining("deals");
        assertThatThrownBy(() -> new ScanWindow(java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 1, 31), 2, " ")).hasFieldOrPropertyWithValue("field", "items");
    }

    @Test
    void test_volumeSpike_fourTimesTheBaseline() {
        List<MonitoredDeal> deals = new ArrayList<>();
        int n = 0;
        for (int m = 0; m < 7; m++) {
            YearMonth month = JAN.plusMonths(m);
            int count = m == 6 ? 40 : 10;
            for (int i = 0; i < count; i++) {
                deals.add(deal(String.format("d%03d", n++), "L" + i, "s" + i, "b", "cat", month, 1 + i % 28, "100"));
            }
        }
        deals.sort(org.dataprice.supervision.MonitoredDeal.TIME_ORDER);
        RuleCheck r = RULES.scan(deals, List.of());
        assertThat(ids(r.alerts(), "volume.spike")).containsExactly("cat/2026-07");
        Alert a = r.alerts().stream().filter(x -> x.ruleId().equals("volume.spike")).findFirst().orElseThrow();
        assertThat(a.evidenceIds()).hasSize(40);
        assertThat(a.explanation().get(RuleSteps.VOLUME_BASELINE).result().doubleValue()).isEqualTo(10);
        assertThat(a.explanation().get(RuleSteps.VOLUME).result().doubleValue()).isEqualTo(4);
    }

    @Test
    void test_bunching_exactBinomialTail() {
        List<MonitoredDeal> deals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            deals.add(deal(String.format("d%02d", i), "L", "seller", "b" + i, "cat", JAN, 1 + i, "99000.00"));
        }
        // 12 just under, 0 below: P(X ≥ 12 | Bin(12, 1/2)) = 2^−12 = 0.000244140625 ≤ 0.001
        RuleCheck r = RULES.scan(deals, List.of());
        assertThat(ids(r.alerts(), "price.bunching")).containsExactly("seller");
        Alert a = r.alerts().stream().filter(x -> x.ruleId().equals("price.bunching")).findFirst().orElseThrow();
        assertThat(a.explanation().get(RuleSteps.BUNCHING_P).result().doubleValue())
                .isCloseTo(Math.pow(2, -12), within(1e-15));
        // 12 under, 1 below: P = 14 / 8192 = 0.00171 > 0.001: not flagged
        List<MonitoredDeal> clean = new ArrayList<>(deals);
        clean.add(deal("e", "L", "seller", "bx", "cat", JAN, 28, "92000.00"));
        assertThat(ids(RULES.scan(clean, List.of()).alerts(), "price.bunching")).isEmpty();
        // at the threshold itself a deal is reportable, not bunched
        List<MonitoredDeal> at = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            at.add(deal(String.format("d%02d", i), "L", "seller", "b" + i, "cat", JAN, 1 + i, "100000.00"));
        }
        assertThat(ids(RULES.scan(at, List.of()).alerts(), "price.bunching")).isEmpty();
    }

    @Test
    void test_scan_outOfTimeOrder_namesTheDeal() {
        MonitoredDeal a = deal("d1", "L1", "s", "b", "cat", JAN, 5, "100");
        MonitoredDeal b = deal("d2", "L1", "s", "b", "cat", JAN, 4, "100");
        assertThatThrownBy(() -> RULES.scan(List.of(a, b), List.of())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("deals[1].at"));
    }

    @Test
    void test_ruleSet_duplicateKindRefused() {
        RuleIdentity id = RuleIdentity.of("x", 1, Severity.INFO);
        assertThatThrownBy(() -> new RuleSet(List.of(new BandRule(id), new BandRule(RuleIdentity.of("y", 1, Severity.INFO))),
                List.of())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.DUPLICATE));
        assertThatThrownBy(() -> new RuleSet(List.of(new BandRule(id), new HampelRule(id, HampelFilter.DEFAULT)),
                List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void test_zeroPrice_skippedByLogRules() {
        List<MonitoredDeal> deals = new ArrayList<>(cell("101"));
        deals.add(deal("free", "Lf", "sf", "b", "cat", JAN, 28, "0.00", null, null, "100"));
        RuleCheck r = RULES.scan(deals, List.of());
        assertThat(r.alerts()).isEmpty();
    }
}
