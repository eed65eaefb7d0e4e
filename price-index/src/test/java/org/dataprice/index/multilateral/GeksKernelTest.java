package org.dataprice.index.multilateral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.dataprice.index.RandomPanels;
import org.dataprice.index.PricePanel;
import org.dataprice.index.bilateral.BilateralFormula;
import org.dataprice.index.bilateral.BilateralIndex;
import org.dataprice.index.bilateral.FisherIndex;
import org.dataprice.index.bilateral.JevonsIndex;
import org.dataprice.index.bilateral.TornqvistIndex;
import org.junit.jupiter.api.Test;

/**
 * The GEKS kernel's bilateral logs (fast complete-period path, masked path, parallel rows) equal the
 * bilateral formulas applied on matched products one pair at a time.
 */
class GeksKernelTest {
    @Test
    void test_bilateralLogs_equalPairwiseFormulas() {
        // 30 periods × 2,500 products with gaps: T²N = 2.25M, above the parallel threshold
        PricePanel panel = RandomPanels.panel(11, 30, 2500, true);
        check(panel, GeksIndex.FISHER, FisherIndex.DEFAULT);
        check(panel, GeksIndex.CCDI, TornqvistIndex.DEFAULT);
        check(panel, GeksIndex.JEVONS, JevonsIndex.DEFAULT);
    }

    @Test
    void test_bilateralLogs_completePanel() {
        PricePanel panel = RandomPanels.panel(12, 6, 50, false);
        check(panel, GeksIndex.FISHER, FisherIndex.DEFAULT);
        check(panel, GeksIndex.CCDI, TornqvistIndex.DEFAULT);
    }

    private static void check(PricePanel panel, GeksIndex geks, BilateralFormula formula) {
        double[][] logs = geks.bilateralLogs(panel);
        for (int s : new int[] {0, 3, panel.periodCount() - 1}) {
            for (int t = 0; t < panel.periodCount(); t++) {
                double expected = s == t ? 0 : Math.log(BilateralIndex.DEFAULT.compare(panel, formula, s, t));
                assertThat(logs[s][t]).as("%s %d→%d", formula.id(), s, t).isCloseTo(expected, within(1e-12));
            }
        }
    }
}
