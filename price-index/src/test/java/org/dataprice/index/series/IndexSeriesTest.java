package org.dataprice.index.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dataprice.error.InvalidInputException;
import org.dataprice.index.CesData;
import org.dataprice.index.IndexResult;
import org.dataprice.index.IndexSettings;
import org.dataprice.index.multilateral.GeksIndex;
import org.junit.jupiter.api.Test;

/** Series, rebasing, publication, data sufficiency and vintages (ecosystem-notes §6.2–6.3). */
class IndexSeriesTest {
    private static final double TOLERANCE = 1e-12;
    private static final YearMonth JAN = YearMonth.of(2020, 1);
    private static final IndexResult CCDI = GeksIndex.CCDI.compute(CesData.panel(2));

    private static IndexSeries series() {
        return IndexSeries.of("DMI", CCDI, IndexBase.month(JAN, 1000), ObservationStatus.NORMAL);
    }

    @Test
    void test_of_baseMonthEqualsReference() {
        IndexSeries s = series();
        assertThat(s.observations().get(0).value()).isCloseTo(1000, within(TOLERANCE));
        assertThat(s.observations().get(11).value()).isCloseTo(1132.82045, within(1e-5));
        assertThat(s.settings()).isEqualTo(CCDI.settings());
    }

    @Test
    void test_rebase_yearAverageAndGrowthUnchanged() {
        IndexSeries s = series();
        IndexSeries r = s.rebase(IndexBase.year(Year.of(2020), 100));
        double mean = r.observations().stream().mapToDouble(IndexObservation::value).average().orElseThrow();
        assertThat(mean).isCloseTo(100, within(1e-12));
        for (int t = 1; t < 12; t++) {
            YearMonth m = JAN.plusMonths(t);
            assertThat(r.change(m, 1).getAsDouble()).isCloseTo(s.change(m, 1).getAsDouble(), within(1e-10));
        }
    }

    @Test
    void test_published_roundsHalfUpAndRatesUseUnrounded() {
        IndexSeries s = series();
        List<PublishedObservation> pub = s.published(1);
        assertThat(pub.get(1).value()).isEqualTo(new BigDecimal("892.7"));
        assertThat(pub.get(1).status().sdmxCode()).isEqualTo("A");
        assertThat(s.change(JAN.plusMonths(1), 1).getAsDouble()).isCloseTo(100 * (0.89266949 - 1), within(1e-5));
        assertThat(s.change(JAN, 1)).isEmpty();
    }

    @Test
    void test_apply_estimateCarriesForward() {
        DataSufficiencyRule rule = new DataSufficiencyRule(5, 2, DataSufficiencyRule.Action.ESTIMATE);
        Map<YearMonth, Integer> tx = new java.util.HashMap<>();
        Map<YearMonth, Integer> products = new java.util.HashMap<>();
        for (int t = 0; t < 12; t++) {
            tx.put(JAN.plusMonths(t), t == 3 ? 2 : 10);
            products.put(JAN.plusMonths(t), 4);
        }
        IndexSeries s = rule.apply(series(), tx, products);
        IndexObservation april = s.find(JAN.plusMonths(3)).orElseThrow();
        assertThat(april.status()).isEqualTo(ObservationStatus.ESTIMATED);
        assertThat(april.value()).isEqualTo(s.find(JAN.plusMonths(2)).orElseThrow().value());
        IndexSeries suppressed = new DataSufficiencyRule(5, 2, DataSufficiencyRule.Action.SUPPRESS).apply(series(), tx, products);
        assertThat(suppressed.find(JAN.plusMonths(3))).isEmpty();
        assertThat(suppressed.observations()).hasSize(11);
    }

    @Test
    void test_release_revisionsAndRealtimePeriods() {
        IndexSeries first = series();
        List<IndexObservation> firstObs = new ArrayList<>(first.observations().subList(0, 11));
        IndexSeries v1 = first.withObservations(firstObs);
        // second vintage: adds December, revises November by +0.5 % (late trades)
        List<IndexObservation> obs = new ArrayList<>(first.observations());
        IndexObservation nov = obs.get(10);
        obs.set(10, new IndexObservation(nov.period(), nov.value() * 1.005, ObservationStatus.NORMAL));
        obs.set(11, new IndexObservation(obs.get(11).period(), obs.get(11).value(), ObservationStatus.PROVISIONAL));
        LocalDate d1 = LocalDate.of(2020, 12, 15);
        LocalDate d2 = LocalDate.of(2021, 1, 15);
        VintageHistory h = VintageHistory.empty("DMI").release(d1, v1, "monthly release")
                .release(d2, first.withObservations(obs), "late trades for 2020-11");
        assertThat(h.vintages()).hasSize(2);
        assertThat(h.latest().orElseThrow().series().find(nov.period()).orElseThrow().status())
                .isEqualTo(ObservationStatus.REVISED);
        List<Revision> revisions = h.revisions();
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).percent()).isCloseTo(0.5, within(1e-9));
        assertThat(revisions.get(0).reason()).isEqualTo("late trades for 2020-11");
        List<VintageObservation> novSpans = h.observations().stream().filter(o -> o.period().equals(nov.period())).toList();
        assertThat(novSpans).hasSize(2);
        assertThat(novSpans.get(0).realtimeStart()).isEqualTo(d1);
        assertThat(novSpans.get(0).realtimeEnd()).isEqualTo(d2.minusDays(1));
        assertThat(novSpans.get(1).isCurrent()).isTrue();
        List<VintageObservation> janSpans = h.observations().stream().filter(o -> o.period().equals(JAN)).toList();
        assertThat(janSpans).hasSize(1);
        assertThat(janSpans.get(0).realtimeEnd()).isEqualTo(VintageObservation.OPEN_END);
        assertThat(h.asOf(d1.plusDays(3)).orElseThrow().number()).isEqualTo(1);
        assertThat(h.asOf(d1.minusDays(1))).isEmpty();
    }

    @Test
    void test_knownOn_givesTheValueCurrentOnTheDate_perPeriod() {
        IndexSeries first = series();
        IndexSeries v1 = first.withObservations(new ArrayList<>(first.observations().subList(0, 11)));
        List<IndexObservation> obs = new ArrayList<>(first.observations());
        IndexObservation nov = obs.get(10);
        obs.set(10, new IndexObservation(nov.period(), nov.value() * 1.005, ObservationStatus.NORMAL));
        LocalDate d1 = LocalDate.of(2020, 12, 15);
        LocalDate d2 = LocalDate.of(2021, 1, 15);
        VintageHistory h = VintageHistory.empty("DMI").release(d1, v1, "monthly release")
                .release(d2, first.withObservations(obs), "late trades for 2020-11");
        assertThat(h.knownOn(d1.minusDays(1))).isEmpty();
        Map<YearMonth, VintageObservation> before = h.knownOn(d2.minusDays(1));
        assertThat(before).hasSize(11);
        assertThat(before.get(nov.period()).value()).isEqualTo(nov.value());
        assertThat(before.get(nov.period()).vintage()).isEqualTo(1);
        Map<YearMonth, VintageObservation> after = h.knownOn(d2);
        assertThat(after).hasSize(12);
        assertThat(after.get(nov.period()).value()).isEqualTo(nov.value() * 1.005);
        assertThat(after.get(nov.period()).vintage()).isEqualTo(2);
        assertThat(after.get(JAN).vintage()).isEqualTo(1);
        assertThat(new ArrayList<>(after.keySet())).isSorted();
    }

    @Test
    void test_release_rebaseIsNotRevision() {
        IndexSeries s = series();
        VintageHistory h = VintageHistory.empty("DMI").release(LocalDate.of(2021, 1, 1), s, "release")
                .release(LocalDate.of(2021, 2, 1), s.rebase(IndexBase.year(Year.of(2020), 100)), "rebase to 2020=100");
        assertThat(h.revisions()).isEmpty();
        assertThat(h.latest().orElseThrow().series().observations()).allMatch(o -> o.status() == ObservationStatus.NORMAL);
    }

    @Test
    void test_release_dateNotAfterPrevious() {
        LocalDate d = LocalDate.of(2021, 1, 1);
        VintageHistory h = VintageHistory.empty("DMI").release(d, series(), "release");
        assertThatThrownBy(() -> h.release(d, series(), "again")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("vintages[1].realtimeStart");
    }

    @Test
    void test_release_otherSeries() {
        IndexSeries other = new IndexSeries("OTHER", IndexBase.month(JAN, 100), IndexSettings.of("x"),
                List.of(new IndexObservation(JAN, 100, ObservationStatus.NORMAL)));
        assertThatThrownBy(() -> VintageHistory.empty("DMI").release(LocalDate.of(2021, 1, 1), other, "r"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("series.seriesId");
    }

    @Test
    void test_provisionalFrom_flagsRecentMonths() {
        IndexSeries s = series().provisionalFrom(JAN.plusMonths(10));
        assertThat(s.observations().get(9).status()).isEqualTo(ObservationStatus.NORMAL);
        assertThat(s.observations().get(10).status().sdmxCode()).isEqualTo("P");
        assertThat(s.latest().status()).isEqualTo(ObservationStatus.PROVISIONAL);
    }

    @Test
    void test_base_invalidReferenceValue() {
        assertThatThrownBy(() -> IndexBase.month(JAN, 10)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("referenceValue");
    }

    @Test
    void test_base_toBeforeFrom() {
        assertThatThrownBy(() -> new IndexBase(JAN, JAN.minusMonths(1), 100)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("to");
    }

    @Test
    void test_rebase_baseOutsideSeries() {
        assertThatThrownBy(() -> series().rebase(IndexBase.year(Year.of(2030), 100)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("newBase");
    }

    @Test
    void test_published_invalidDecimals() {
        assertThatThrownBy(() -> series().published(7)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("decimals");
    }

    @Test
    void test_status_sdmxCodes() {
        for (ObservationStatus s : ObservationStatus.values()) {
            assertThat(ObservationStatus.fromSdmx(s.sdmxCode())).isEqualTo(s);
        }
        assertThatThrownBy(() -> ObservationStatus.fromSdmx("X")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("code");
    }

    @Test
    void test_sufficiency_invalidMinimum() {
        assertThatThrownBy(() -> new DataSufficiencyRule(0, 1, DataSufficiencyRule.Action.SUPPRESS))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("minTransactions");
    }

    @Test
    void test_series_periodsNotIncreasing() {
        assertThatThrownBy(() -> new IndexSeries("S", IndexBase.month(JAN, 100), IndexSettings.of("x"),
                List.of(new IndexObservation(JAN, 100, ObservationStatus.NORMAL),
                        new IndexObservation(JAN, 101, ObservationStatus.NORMAL))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("observations[1].period");
    }
}
