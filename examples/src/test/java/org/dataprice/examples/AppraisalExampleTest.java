package org.dataprice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.money.DisplayUnit;
import org.junit.jupiter.api.Test;

/** Runs {@link AppraisalExample} and checks its report. */
class AppraisalExampleTest {
    @Test
    void test_main_printsShortStory() {
        String text = run();
        ValuationReport report = Appraisal.DEFAULT.run(AppraisalExample.engagement());
        assertThat(text).contains("收益法 / Income approach").contains("成本法 / Cost approach").contains("市场法 / Market approach")
                .contains("评估结论 / Conclusion")
                .contains(report.conclusion().value().format(DisplayUnit.YUAN)).contains(report.inputHash())
                .doesNotContainPattern("\\d\\.\\d{7,}");
        assertThat(text.lines().count()).as("a short story, not a tree").isLessThanOrEqualTo(15);
        assertThat(report.approaches()).hasSize(3);
        assertThat(report.conclusion().value().signum()).isPositive();
        assertThat(report.conclusion().value().compareTo(report.conclusion().low())).isGreaterThanOrEqualTo(0);
        assertThat(report.conclusion().value().compareTo(report.conclusion().high())).isLessThanOrEqualTo(0);
    }

    @Test
    void test_main_full_printsTheWholeReport() {
        String text = run("--full");
        ValuationReport report = Appraisal.DEFAULT.run(AppraisalExample.engagement());
        assertThat(text).isEqualTo(report.toText() + System.lineSeparator());
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            AppraisalExample.main(args);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
