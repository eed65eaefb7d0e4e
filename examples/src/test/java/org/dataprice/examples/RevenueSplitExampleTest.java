package org.dataprice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RevenueSplitExampleTest {
    @Test
    void test_main_printsStatementsThatAddUp() {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            RevenueSplitExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        String report = buffer.toString(StandardCharsets.UTF_8);
        // Shapley of (10,5,0,40,30,20,90): 37.5, 30, 22.5 (by hand from the marginal contributions)
        assertThat(report).contains("public-data-operator   shapley 37.5000");
        assertThat(report).contains("processor              shapley 30.0000");
        assertThat(report).contains("shapley in core: true");
        assertThat(report).contains("public-services: CNY 100000.00");
        assertThat(report).contains("exchange: CNY 30000.00");
        assertThat(report).contains("DIVIDEND CNY 207577.17  [pro rata to split.shapley.exact: weight 22.5 of residual CNY 830308.66]");
        assertThat(report).contains("total paid CNY 1000000.00, retained CNY 0.00");
    }
}
