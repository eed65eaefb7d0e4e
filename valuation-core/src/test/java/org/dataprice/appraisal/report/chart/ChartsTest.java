package org.dataprice.appraisal.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** {@link Charts}: hand-computed geometry, labels through ReportNumbers, no raw doubles. */
class ChartsTest {
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final java.util.regex.Pattern RAW_DOUBLE = java.util.regex.Pattern.compile("\\d\\.\\d{7,}");

    @Test
    void test_px_roundsToHundredths() {
        assertThat(Charts.px(12.345)).isEqualTo("12.34");
        assertThat(Charts.px(12.355)).isEqualTo("12.36");
        assertThat(Charts.px(160.0)).isEqualTo("160");
        assertThat(Charts.px(-0.001)).isEqualTo("0");
        assertThat(Charts.px(1.0 / 3)).isEqualTo("0.33");
    }

    /** Plot width 640 − 160 − 24 − 60 = 396 px on 0–1: weight 0.6 → 237.6 px, 0.2 → 79.2 px. */
    @Test
    void test_weights_barsAndPercentTicks() {
        Charts.BarChart c = Charts.weights(List.of("收益法 Income approach", "成本法 Cost approach", "市场法 Market approach"),
                List.of(0.6, 0.2, 0.2));
        assertThat(c.bars()).extracting(Charts.Bar::width).containsExactly("237.6", "79.2", "79.2");
        assertThat(c.bars()).extracting(Charts.Bar::text).containsExactly("0.6000 (60.00%)", "0.2000 (20.00%)", "0.2000 (20.00%)");
        assertThat(c.bars()).extracting(Charts.Bar::y).containsExactly("6", "34", "62");
        assertThat(c.ticks()).extracting(Charts.Tick::label).containsExactly("0.00%", "20.00%", "40.00%", "60.00%", "80.00%", "100.00%");
        assertThat(c.ticks().get(5).at()).isEqualTo("556");
        assertThatThrownBy(() -> Charts.weights(List.of("a"), List.of(1.5))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("weights[0]");
    }

    /**
     * Base 195.47, income 180.57 / 210.38, cost 192.83 / 198.11: range padded by 10 % of 29.81 at each end (177.589 to
     * 213.361; 35.772 / 5 = 7.15 → step 10) gives the axis 170–220 over 456 px (9.12 px per unit); base at
     * 160 + 25.47 × 9.12 = 392.2864 → 392.29; income low bar from 160 + 10.57 × 9.12 = 256.3984 → 256.4 to the base,
     * width 135.888 → 135.89.
     */
    @Test
    void test_tornado_barsAroundTheBase() {
        Charts.BarChart c = Charts.tornado(195.47, List.of(new Charts.TornadoLine("incomeScale", 0.9, 1.1, 180.57, 210.38),
                new Charts.TornadoLine("costScale", 0.9, 1.1, 192.83, 198.11)), CNY);
        assertThat(c.markers()).containsExactly(new Charts.Marker("392.29", "195.47", "98"));
        Charts.Bar low = c.bars().get(0);
        assertThat(low.label()).isEqualTo("incomeScale 0.9 / 1.1");
        assertThat(low.x()).isEqualTo("256.4");
        assertThat(low.width()).isEqualTo("135.89");
        assertThat(low.fill()).isEqualTo(Charts.LOW);
        assertThat(low.anchor()).isEqualTo("end");
        assertThat(low.text()).isEqualTo("180.57");
        Charts.Bar high = c.bars().get(1);
        assertThat(high.x()).isEqualTo("392.29");
        assertThat(high.anchor()).isEqualTo("start");
        assertThat(high.text()).isEqualTo("210.38");
        assertThat(c.ticks()).extracting(Charts.Tick::label).containsExactly("170", "180", "190", "200", "210", "220");
        assertThat(c.toString()).doesNotContainPattern(RAW_DOUBLE);
    }

    @Test
    void test_ramp_stopsAndMidpoints() {
        assertThat(Charts.ramp(-1)).isEqualTo("#d6604d");
        assertThat(Charts.ramp(0)).isEqualTo("#f7f7f7");
        assertThat(Charts.ramp(1)).isEqualTo("#4393c3");
        assertThat(Charts.ramp(5)).isEqualTo("#4393c3");
        // halfway from f7 to 43: (247 + 67) / 2 = 157 = 9d; f7→93: 197 = c5; f7→c3: 221 = dd
        assertThat(Charts.ramp(0.5)).isEqualTo("#9dc5dd");
    }

    @Test
    void test_heatMap_baseCellNeutralExtremesAtTheStops() {
        Charts.HeatMap h = Charts.heatMap("incomeScale", List.of(0.9, 1.0, 1.1), "comparablePriceScale", List.of(1.0, 1.5),
                List.of(List.of(180.57, 190.57), List.of(195.47, 205.47), List.of(210.38, 220.38)), 1, 0, CNY);
        assertThat(h.cells()).hasSize(6);
        Charts.Cell base = h.cells().get(2);
        assertThat(base.base()).isTrue();
        assertThat(base.fill()).isEqualTo("#f7f7f7");
        assertThat(base.text()).isEqualTo("195.47");
        // spread = max(220.38 − 195.47, 195.47 − 180.57) = 24.91: the highest cell is the last stop
        assertThat(h.cells().get(5).fill()).isEqualTo("#4393c3");
        assertThat(h.lowest()).isEqualTo("180.57");
        assertThat(h.highest()).isEqualTo("220.38");
        assertThat(h.rows()).extracting(Charts.Tick::label).containsExactly("0.9", "1", "1.1");
        assertThat(h.columns()).extracting(Charts.Tick::label).containsExactly("1", "1.5");
        assertThat(h.cells().get(1).width()).isEqualTo("228");
        assertThat(h.cells().get(1).textX()).isEqualTo("502");
        assertThatThrownBy(() -> Charts.heatMap("r", List.of(1.0), "c", List.of(1.0), List.of(List.of(1.0)), 1, 0, CNY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("baseRow");
    }

    /**
     * Bins 100, 110, …, 150 (5 bins): x axis 100–150 step 10 over 560 px; counts up to 40 → y axis 0–40 step 10 over 180 px.
     * P50 = 125 sits at 56 + 25 × 11.2 = 336.
     */
    @Test
    void test_histogram_binsAxesAndPercentileMarkers() {
        Charts.BarChart c = Charts.histogram(100, 10, List.of(5L, 20L, 40L, 20L, 5L), List.of(0.05, 0.25, 0.5, 0.95),
                List.of(104.0, 118.0, 125.0, 146.0), CNY);
        assertThat(c.ticks()).extracting(Charts.Tick::label).containsExactly("100", "110", "120", "130", "140", "150");
        assertThat(c.yTicks()).extracting(Charts.Tick::label).containsExactly("0", "10", "20", "30", "40");
        assertThat(c.bars().get(2).height()).isEqualTo("180");
        assertThat(c.bars().get(2).y()).isEqualTo("44");
        assertThat(c.markers()).extracting(Charts.Marker::labelY).containsExactly("12", "25", "38");
        assertThat(c.bars().get(0).width()).isEqualTo("112");
        assertThat(c.markers()).extracting(Charts.Marker::label).containsExactly("P5 = 104.00", "P50 = 125.00", "P95 = 146.00");
        assertThat(c.markers().get(1).x()).isEqualTo("336");
        assertThat(c.toString()).doesNotContainPattern(RAW_DOUBLE);
        assertThatThrownBy(() -> Charts.histogram(0, 0, List.of(1L), List.of(), List.of(), CNY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("width");
    }

    /** A width of 0.1 draws awkward doubles (0.30000000000000004); the chart still prints none. */
    @Test
    void test_histogram_awkwardDoubles_noRawDoubles() {
        Charts.BarChart c = Charts.histogram(0.1, 0.1, List.of(1L, 2L, 3L, 2L, 1L, 7L, 3L), List.of(0.5), List.of(0.30000000000000004),
                CNY);
        assertThat(c.toString()).doesNotContainPattern(RAW_DOUBLE);
    }
}
