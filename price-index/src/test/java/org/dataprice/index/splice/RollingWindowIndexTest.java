package org.dataprice.index.splice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;

import org.dataprice.error.InvalidInputException;
import org.dataprice.index.CesData;
import org.dataprice.index.IndexResult;
import org.dataprice.index.PricePanel;
import org.dataprice.index.multilateral.GeksIndex;
import org.dataprice.index.multilateral.TimeProductDummyIndex;
import org.junit.jupiter.api.Test;

/** Splices against gpindex 0.6 and IndexNumR 0.6.0 test vectors. */
class RollingWindowIndexTest {
    private static final double TOLERANCE = 1e-9;
    private static final double ROUNDED = 5e-9;
    private static final PricePanel CES = CesData.panel(2);

    // gpindex tests/testthat/test-splice.R: x <- list(1:3, 3:5, 5:7) are windows of period-over-period
    // relatives; as levels over 4-period windows (the first relative links to the period before):
    // window 1 covers periods 0..3, window 2 periods 1..4, window 3 periods 2..5.
    private static final double[] W1 = {1, 1, 2, 6};
    private static final double[] W2 = {1, 3, 12, 60};
    private static final double[] W3 = {1, 5, 30, 210};

    private static double[] gpindex(SpliceMethod method, boolean published) {
        double[] s4 = {1, 1, 2, 6};
        double p4 = Splicing.next(s4, W1, W2, method, published);
        double[] s5 = {1, 1, 2, 6, p4};
        double p5 = Splicing.next(s5, W2, W3, method, published);
        return new double[] {p4, p5};
    }

    @Test
    void test_next_gpindexMovement() {
        assertThat(gpindex(SpliceMethod.MOVEMENT, false)).containsExactly(new double[] {30, 210}, within(1e-12));
        assertThat(gpindex(SpliceMethod.MOVEMENT, true)).containsExactly(new double[] {30, 210}, within(1e-12));
    }

    @Test
    void test_next_gpindexWindow() {
        assertThat(gpindex(SpliceMethod.WINDOW, false)).containsExactly(new double[] {60, 630}, within(1e-12));
        assertThat(gpindex(SpliceMethod.WINDOW, true)).containsExactly(new double[] {60, 420}, within(1e-12));
    }

    @Test
    void test_next_gpindexMean() {
        double p4 = Math.cbrt(60 * 40 * 30);
        double[] got = gpindex(SpliceMethod.MEAN, true);
        assertThat(got[0]).isCloseTo(p4, within(1e-12));
        assertThat(got[1]).isCloseTo(Math.cbrt(420 * 252 * 7 * p4), within(1e-12));
        double[] prev = gpindex(SpliceMethod.MEAN, false);
        // geometric_mean(rev(cumprod(rev(5:7))) * 3:5 * c(1, 2, 6)) = gm(210·3, 42·4·2, 7·5·6)
        assertThat(prev[1]).isCloseTo(Math.cbrt(630.0 * 336 * 210), within(1e-10));
    }

    /** IndexNumR 0.6.0 tests/testthat/test-wtpd.R, WTPDIndex window 11 on CES_sigma_2, period 12. */
    @Test
    void test_compute_wtpdSplicesIndexNumR() {
        double first11 = 1.16793031098926;
        check(SpliceMethod.MEAN, false, 1.17283932343105);
        check(SpliceMethod.MOVEMENT, false, 1.169222231299);
        check(SpliceMethod.WINDOW, false, 1.18221020311053);
        check(SpliceMethod.HALF, false, 1.17307644429241);
        check(SpliceMethod.WINDOW, true, 1.18221020311053);
        check(SpliceMethod.HALF, true, 1.17307644429241);
        check(SpliceMethod.MEAN, true, 1.17283932343105);
        IndexResult r = new RollingWindowIndex(TimeProductDummyIndex.WEIGHTED, 11, SpliceMethod.MEAN, false).compute(CES);
        assertThat(r.levels().get(10)).isCloseTo(first11, within(TOLERANCE));
        assertThat(r.settings().parameters()).containsEntry("window", "11").containsEntry("splice", "MEAN")
                .containsEntry("splicePublished", "false");
        assertThat(r.settings().method()).isEqualTo("wtpd");
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.levels().get(11));
    }

    private static void check(SpliceMethod m, boolean pub, double expected) {
        double got = new RollingWindowIndex(TimeProductDummyIndex.WEIGHTED, 11, m, pub).compute(CES).levels().get(11);
        assertThat(got).as("WTPD window 11 %s published=%s", m, pub).isCloseTo(expected, within(TOLERANCE * expected));
    }

    /** IndexNumR 0.6.0 testData_geks.RData (peers.md §5): CCDI window 11, period 12. */
    @Test
    void test_compute_ccdiSplicesIndexNumR() {
        double movement = new RollingWindowIndex(GeksIndex.CCDI, 11, SpliceMethod.MOVEMENT, false).compute(CES).levels().get(11);
        double wisp = new RollingWindowIndex(GeksIndex.CCDI, 11, SpliceMethod.WINDOW, true).compute(CES).levels().get(11);
        assertThat(movement).isCloseTo(1.13305948, within(ROUNDED * 1.14));
        assertThat(wisp).isCloseTo(1.13300331, within(ROUNDED * 1.14));
    }

    @Test
    void test_compute_fbewEqualsFbmwAtFullWindow() {
        // window 4 on 12 periods: bases 0, 3, 6, 9; at t = b + 3 both use the window b..t
        double[] ew = new RollingWindowIndex(GeksIndex.FISHER, 4, SpliceMethod.FBEW, false).compute(CES).levelsArray();
        double[] mw = new RollingWindowIndex(GeksIndex.FISHER, 4, SpliceMethod.FBMW, false).compute(CES).levelsArray();
        for (int t : new int[] {6, 9}) {
            assertThat(ew[t]).isCloseTo(mw[t], within(1e-12));
        }
        // and FBEW at t = b + 1 is the bilateral-like GEKS on two periods times P_b
        double two = GeksIndex.FISHER.levels(CES.window(3, 5))[1];
        assertThat(ew[4]).isCloseTo(ew[3] * two, within(1e-12));
    }

    @Test
    void test_compute_manyWindowsEqualSequentialSplicing() {
        // 40 months, window 13: 27 windows computed in parallel equal a sequential loop of Splicing.next
        PricePanel panel = org.dataprice.index.RandomPanels.panel(5, 40, 30, true);
        for (SpliceMethod m : new SpliceMethod[] {SpliceMethod.MOVEMENT, SpliceMethod.WINDOW, SpliceMethod.HALF,
            SpliceMethod.MEAN}) {
            for (boolean pub : new boolean[] {false, true}) {
                double[] got = new RollingWindowIndex(GeksIndex.CCDI, 13, m, pub).compute(panel).levelsArray();
                double[] expected = java.util.Arrays.copyOf(GeksIndex.CCDI.levels(panel.window(0, 13)), 40);
                double[] previous = GeksIndex.CCDI.levels(panel.window(0, 13));
                for (int t = 13; t < 40; t++) {
                    double[] next = GeksIndex.CCDI.levels(panel.window(t - 12, t + 1));
                    expected[t] = Splicing.next(java.util.Arrays.copyOf(expected, t), previous, next, m, pub);
                    previous = next;
                }
                assertThat(got).as("%s published=%s", m, pub).containsExactly(expected, within(1e-13));
            }
        }
    }

    @Test
    void test_compute_shortPanelIsOneWindow() {
        PricePanel six = CES.window(0, 6);
        double[] got = new RollingWindowIndex(GeksIndex.FISHER, 13, SpliceMethod.MEAN, false).compute(six).levelsArray();
        assertThat(got).containsExactly(GeksIndex.FISHER.levels(six), within(0.0));
    }

    @Test
    void test_compute_invalidWindow() {
        assertThatThrownBy(() -> new RollingWindowIndex(GeksIndex.FISHER, 1, SpliceMethod.MEAN, false))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("window");
    }

    @Test
    void test_compute_publishedFbew() {
        assertThatThrownBy(() -> new RollingWindowIndex(GeksIndex.FISHER, 13, SpliceMethod.FBEW, true))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("onPublished");
    }

    @Test
    void test_next_sizeMismatch() {
        assertThatThrownBy(() -> Splicing.next(new double[] {1, 1}, new double[] {1, 2}, new double[] {1, 2, 3},
                SpliceMethod.MEAN, false)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("previous");
    }

    @Test
    void test_months() {
        assertThat(PricePanel.months(YearMonth.of(2024, 11), 3)).isEqualTo(List.of(YearMonth.of(2024, 11),
                YearMonth.of(2024, 12), YearMonth.of(2025, 1)));
    }
}
