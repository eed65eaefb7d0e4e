package org.dataprice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dataprice.money.Money;
import org.dataprice.money.allocation.AllocationResult;
import org.junit.jupiter.api.Test;

class AllocationExampleTest {

    @Test
    void test_run_printsExactSplitAndExplanation() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AllocationResult result = AllocationExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        // W = 0.825; exact shares 499757.5757.., 305333.3333.., 194909.0909.. CNY:
        // in fen floors 49975757, 30533333, 19490909 (sum 99999999), k = 1 -> largest remainder .5757 (holder).
        assertThat(result.parts()).containsExactly(Money.cny("499757.58"), Money.cny("305333.33"), Money.cny("194909.09"));
        assertThat(out).contains("499,757.58 元").contains("305,333.33 元").contains("194,909.09 元")
                .contains("method money.allocation.largestRemainder")
                .contains("Units given by largest remainder k");
    }
}
