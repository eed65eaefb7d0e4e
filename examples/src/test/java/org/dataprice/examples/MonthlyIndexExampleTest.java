package org.dataprice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the monthly index example and checks what it prints. */
class MonthlyIndexExampleTest {
    @Test
    void test_main_sample() {
        String text = capture(() -> MonthlyIndexExample.main(new String[0]));
        assertThat(text).contains("base 2024-01=1000").contains("method ccdi{composite=AGGREGATED")
                .contains("splice=MEAN").contains("window=13");
        assertThat(text).containsPattern("2024-01 +1000\\.0 +  A");
        assertThat(text).containsPattern("2025-05 +\\d+\\.\\d +-?\\d+\\.\\d+  E"); // 12 trades: estimated
        assertThat(text.lines().filter(l -> l.matches("\\d{4}-\\d{2} .*"))).hasSize(18);
        assertThat(text).contains("sub-index api").contains("sub-index dataset").contains("sub-index model");
    }

    @Test
    void test_main_csvFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("tx.csv");
        StringBuilder rows = new StringBuilder("product,category,month,price,quantity\n");
        for (int m = 1; m <= 3; m++) {
            for (int k = 0; k < 10; k++) {
                rows.append("A,api,2025-0").append(m).append(",").append(10 * m).append(",").append(2.0 / m).append("\n");
                rows.append("B,api,2025-0").append(m).append(",").append(20).append(",1\n");
                rows.append("C,dataset,2025-0").append(m).append(",").append(5).append(",2\n");
            }
        }
        Files.writeString(csv, rows.toString(), StandardCharsets.UTF_8);
        String text = capture(() -> MonthlyIndexExample.main(new String[] {csv.toString()}));
        // api: A's price doubles then triples with constant expenditure, B flat: equal shares, so CCDI
        // (Törnqvist GEKS) = Jevons = sqrt(2), sqrt(3); dataset flat; composite weights from January
        // expenditure: api 400/500, dataset 100/500
        double feb = 1000 * (0.8 * Math.sqrt(2) + 0.2);
        assertThat(text).contains(String.format(java.util.Locale.ROOT, "2025-02 %7.1f", feb));
    }

    private static String capture(Runnable run) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
