package org.dataprice.valuation.income;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CashFlowSchedule#toCsv()}: shortest round-trip doubles, never "-0.0". */
class CashFlowScheduleTest {
    @Test
    void test_toCsv_negativeZeroWrittenAsZero() {
        CashFlowSchedule s = new CashFlowSchedule(List.of(new CashFlowRow("base", 1, -0.0, 0.3, -0.0, 1 / 1.1, -0.0)));

        assertThat(s.toCsv()).isEqualTo(CashFlowSchedule.CSV_HEADER + "\nbase,1,0.0,0.3,0.0,0.9090909090909091,0.0\n")
                .doesNotContain("-0.0");
    }
}
