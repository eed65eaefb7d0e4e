package org.dataprice.index.bilateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;

import org.dataprice.index.PricePanel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The artificial data set of the IMF/ILO <i>Consumer Price Index Manual</i> (2004), ch. 19, Tables
 * 19.1 (prices) and 19.2 (quantities), 6 commodities × 5 periods (also PPI Manual 2004 Tables
 * 19.1–19.2; Balk 2008 Tables 3.1–3.2; data as in gpindex {@code data-raw/pq6.R}). Expected index
 * values are those of Tables 19.3 (fixed base) and 19.4 (chained), published to 4 decimals. The
 * manual's PDF was not at hand in this session: the 4-decimal values were transcribed from the tables
 * as recalled and each was confirmed by an independent NumPy recomputation, so the tolerance is half a
 * unit in the 4th decimal.
 */
class CpiManualArtificialDataTest {
    private static final double ROUNDED = 5e-5;
    private static final double[][] PRICES = {
        {1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
        {1.2, 3.0, 1.3, 0.7, 1.4, 0.8},
        {1.0, 1.0, 1.5, 0.5, 1.7, 0.6},
        {0.8, 0.5, 1.6, 0.3, 1.9, 0.4},
        {1.0, 1.0, 1.6, 0.1, 2.0, 0.2}};
    private static final double[][] QUANTITIES = {
        {1.0, 1.0, 2.0, 1.0, 4.5, 0.5},
        {0.8, 0.9, 1.9, 1.3, 4.7, 0.6},
        {1.0, 1.1, 1.8, 3.0, 5.0, 0.8},
        {1.2, 1.2, 1.9, 6.0, 5.6, 1.3},
        {0.9, 1.2, 2.0, 12.0, 6.5, 2.5}};
    private static final PricePanel PANEL = PricePanel.complete(PricePanel.months(YearMonth.of(2000, 1), 5),
            List.of("1", "2", "3", "4", "5", "6"), PRICES, QUANTITIES);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "laspeyres, DIRECT,  1.4200, 1.3450, 1.3550, 1.4400",
        "paasche,   DIRECT,  1.3824, 1.2031, 1.0209, 0.7968",
        "fisher,    DIRECT,  1.4011, 1.2721, 1.1762, 1.0712",
        "tornqvist, DIRECT,  1.4052, 1.2890, 1.2268, 1.2477",
        "laspeyres, CHAINED, 1.4200, 1.3646, 1.3351, 1.3306",
        "paasche,   CHAINED, 1.3824, 1.2740, 1.2060, 1.1234",
        "fisher,    CHAINED, 1.4011, 1.3185, 1.2689, 1.2226",
        "tornqvist, CHAINED, 1.4052, 1.3112, 1.2624, 1.2224"})
    void test_compute_cpiManualTables19_3and19_4(String id, String linking, double p2, double p3, double p4, double p5) {
        BilateralFormula f = BilateralIndex.plainFormulas().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow();
        double[] got = BilateralIndex.DEFAULT.compute(PANEL, f, Linking.valueOf(linking)).levelsArray();
        assertThat(got).as("CPI Manual 2004 ch. 19, %s %s", id, linking)
                .containsExactly(new double[] {1, p2, p3, p4, p5}, within(ROUNDED));
    }
}
