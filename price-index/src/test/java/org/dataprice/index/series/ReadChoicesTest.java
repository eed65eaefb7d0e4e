package org.dataprice.index.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a reader may ask of a published index: the series ({@link SeriesChoice}), the as-of date
 * ({@link AsOfDate}) and the index another area names ({@link IndexChoice}); each rule with its field and
 * rule id.
 */
class ReadChoicesTest {
    private static final List<String> SERIES = List.of("COMPOSITE", "API", "DATASET");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    private static InvalidInputException failure(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void test_seriesChoice_null_isTheFirst() {
        assertThat(new SeriesChoice(null, SERIES).series()).isEqualTo("COMPOSITE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPOSITE", "API", "DATASET"})
    void test_seriesChoice_available_isKept(String series) {
        assertThat(new SeriesChoice(series, SERIES).series()).isEqualTo(series);
    }

    @Test
    void test_seriesChoice_unknown_namesSeriesAndListsTheAvailable() {
        InvalidInputException e = failure(() -> new SeriesChoice("api", SERIES));
        assertThat(e.field()).isEqualTo("series");
        assertThat(e.rule()).isEqualTo(Rule.UNKNOWN);
        assertThat(e.getMessage()).contains("COMPOSITE", "API", "DATASET");
    }

    @Test
    void test_seriesChoice_noSeries_isEmpty() {
        assertThat(failure(() -> new SeriesChoice(null, List.of())).rule()).isEqualTo(Rule.EMPTY);
    }

    @Test
    void test_seriesChoice_copiesTheAvailable() {
        List<String> list = new java.util.ArrayList<>(SERIES);
        SeriesChoice c = new SeriesChoice("API", list);
        list.clear();
        assertThat(c.available()).isEqualTo(SERIES);
        assertThatThrownBy(() -> c.available().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void test_asOfDate_blankOrNull_isToday() {
        assertThat(AsOfDate.parse(null, TODAY).date()).isEqualTo(TODAY);
        assertThat(AsOfDate.parse(" ", TODAY).date()).isEqualTo(TODAY);
    }

    @Test
    void test_asOfDate_todayAndThePast_areKept() {
        assertThat(AsOfDate.parse("2025-03-10", TODAY).date()).isEqualTo(TODAY);
        assertThat(AsOfDate.parse("2024-02-29", TODAY).date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-3-1", "yesterday", "2025-02-30", "2025-03-10T00:00"})
    void test_asOfDate_malformed_isInvalidFormat(String text) {
        InvalidInputException e = failure(() -> AsOfDate.parse(text, TODAY));
        assertThat(e.field()).isEqualTo("asOf");
        assertThat(e.rule()).isEqualTo(Rule.INVALID_FORMAT);
    }

    @Test
    void test_asOfDate_future_isAtMostToday() {
        InvalidInputException e = failure(() -> AsOfDate.parse("2025-03-11", TODAY));
        assertThat(e.field()).isEqualTo("asOf");
        assertThat(e.rule()).isEqualTo(Rule.AT_MOST);
        assertThat(e.getMessage()).contains("2025-03-10");
    }

    @Test
    void test_indexChoice_defined_isKept() {
        assertThat(new IndexChoice("dpi", Set.of("dpi", "other")).index()).isEqualTo("dpi");
    }

    @Test
    void test_indexChoice_unknownOrNull_isUnknownOnIndex() {
        for (String id : new String[]{"nope", null}) {
            InvalidInputException e = failure(() -> new IndexChoice(id, Set.of("dpi")));
            assertThat(e.field()).isEqualTo("index");
            assertThat(e.rule()).isEqualTo(Rule.UNKNOWN);
        }
    }
}
