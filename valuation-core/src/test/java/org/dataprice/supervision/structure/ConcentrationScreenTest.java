package org.dataprice.supervision.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dataprice.supervision.Fixtures.deal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dataprice.money.Money;
import org.dataprice.supervision.Alert;
import org.dataprice.supervision.MonitoredDeal;
import org.dataprice.supervision.RuleIdentity;
import org.dataprice.supervision.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HHI and CR4 against the textbook example (shares 40/30/20/10 → HHI 3000), entry and exit, the 2023 Merger
 * Guidelines screen (HHI &gt; 1800, Δ &gt; 100) and the presumption of 反垄断法 第二十四条 on its boundary cases.
 */
class ConcentrationScreenTest {
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final ConcentrationScreen SCREEN = new ConcentrationScreen(
            RuleIdentity.of("structure.hhi", 1, Severity.WARNING), RuleIdentity.of("structure.dominance", 1, Severity.HIGH),
            1800, 100, 1);

    private static List<MonitoredDeal> month(YearMonth m, String... sellerValues) {
        List<MonitoredDeal> deals = new ArrayList<>();
        for (int i = 0; i < sellerValues.length; i += 2) {
            deals.add(deal(m + "-" + i, "L", sellerValues[i], "buyer", "cat", m, 1 + i, sellerValues[i + 1]));
        }
        return deals;
    }

    @Test
    void test_measure_textbookHhi() {
        List<CellConcentration> cells = SCREEN.measure(month(JAN, "A", "400", "B", "300", "C", "200", "D", "100"),
                MarketSide.SELLER);
        CellConcentration c = cells.get(0);
        assertThat(c.hhi()).isCloseTo(3000, within(1e-9));
        assertThat(c.cr4()).isCloseTo(1, within(1e-12));
        assertThat(c.total()).isEqualTo(Money.cny("1000"));
        assertThat(c.shares()).extracting(PartyShare::party).containsExactly("A", "B", "C", "D");
        assertThat(c.entrants()).containsExactly("A", "B", "C", "D");
    }

    @Test
    void test_alerts_concentratedAndRising_entryAndExit() {
        List<MonitoredDeal> deals = new ArrayList<>(month(JAN, "A", "100", "B", "100", "C", "100", "D", "100", "E", "100"));
        deals.addAll(month(JAN.plusMonths(1), "A", "100", "B", "100", "C", "100", "F", "100"));
        List<CellConcentration> cells = SCREEN.measure(deals, MarketSide.SELLER);
        assertThat(cells.get(0).hhi()).isCloseTo(2000, within(1e-9));
        assertThat(cells.get(1).hhi()).isCloseTo(2500, within(1e-9));
        assertThat(cells.get(1).entrants()).containsExactly("F");
        assertThat(cells.get(1).exits()).containsExactly("D", "E");
        List<Alert> alerts = SCREEN.alerts(cells);
        // four equal sellers: the three largest hold 3/4, so art. 24 presumes A, B, C (ties by id) as well
        assertThat(alerts).filteredOn(a -> a.ruleId().equals("structure.dominance")).singleElement()
                .satisfies(a -> assertThat(a.evidenceIds()).containsExactly("A", "B", "C"));
        assertThat(alerts).filteredOn(a -> a.ruleId().equals("structure.hhi")).singleElement().satisfies(a -> {
            assertThat(a.ruleId()).isEqualTo("structure.hhi");
            assertThat(a.subject()).isEqualTo("cat/2026-02/SELLER");
            assertThat(a.explanation().get(StructureSteps.DELTA).result().doubleValue()).isCloseTo(500, within(1e-9));
        });
        // clean: the same concentration, no rise
        List<MonitoredDeal> flat = new ArrayList<>(month(JAN, "A", "100", "B", "100", "C", "100", "D", "100"));
        flat.addAll(month(JAN.plusMonths(1), "A", "100", "B", "100", "C", "100", "D", "100"));
        assertThat(SCREEN.alerts(SCREEN.measure(flat, MarketSide.SELLER)))
                .noneMatch(a -> a.ruleId().equals("structure.hhi"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "500,100,100,100,100,100; A",      // s1 = 1/2
            "490,110,100,100,100,100; ''",     // 0.49: not alone; s1 + s2 = 0.6 < 2/3; top three 0.7 < 3/4
            "350,320,90,90,80,70; A,B",         // s1 + s2 = 0.67 ≥ 2/3; top three 0.76 but C at 0.09 < 1/10
            "300,300,150,90,90,70; A,B,C",     // top three 0.75 ≥ 3/4
            "600,70,60,50,50,50; A"})          // s1 ≥ 1/2; B at 0.07 < 1/10 is not presumed with A
    void test_presumedDominant_article24(String values, String expected) {
        String[] v = values.split(",");
        List<String> sv = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (!v[i].equals("0")) {
                sv.add(String.valueOf((char) ('A' + i)));
                sv.add(v[i]);
            }
        }
        CellConcentration c = SCREEN.measure(month(JAN, sv.toArray(String[]::new)), MarketSide.SELLER).get(0);
        List<String> presumed = ConcentrationScreen.presumedDominant(c.shares()).stream().map(PartyShare::party).toList();
        assertThat(String.join(",", presumed)).isEqualTo(expected);
    }

    @Test
    void test_measure_buyerSide() {
        List<MonitoredDeal> deals = List.of(deal("1", "L", "s1", "x", "cat", JAN, 1, "300"),
                deal("2", "L", "s2", "x", "cat", JAN, 2, "300"), deal("3", "L", "s1", "y", "cat", JAN, 3, "400"));
        CellConcentration c = SCREEN.measure(deals, MarketSide.BUYER).get(0);
        assertThat(c.shares()).extracting(PartyShare::party).containsExactly("x", "y");
        assertThat(c.hhi()).isCloseTo(3600 + 1600, within(1e-9));
    }
}
