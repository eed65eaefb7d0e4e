package org.dataprice.examples;

import java.io.PrintStream;
import java.util.List;
import org.dataprice.money.DisplayUnit;
import org.dataprice.money.Money;
import org.dataprice.money.allocation.Allocation;
import org.dataprice.money.allocation.AllocationResult;

/**
 * A data product earned 1,000,000.00 元 this year; the holder (持有权), processor (加工使用权) and
 * operator (经营权) agreed to share it 5 : 3 : 2 by contribution scores of 0.4123, 0.2519 and
 * 0.1608. The allocation pays every fen: the parts sum exactly to the total, and the explanation says
 * how the leftover fen were assigned.
 */
public final class AllocationExample {
    private AllocationExample() {
    }

    /**
     * Prints the split and its explanation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * @param out where to print; not null
     * @return the allocation result
     */
    public static AllocationResult run(PrintStream out) {
        Money revenue = Money.cny("1000000.00");
        List<String> parties = List.of("holder 持有", "processor 加工", "operator 经营");
        double[] contribution = {0.4123, 0.2519, 0.1608};
        AllocationResult result = Allocation.DEFAULT.byWeights(revenue, contribution);
        out.println("Revenue " + revenue.format(DisplayUnit.YUAN) + " split by contribution:");
        for (int i = 0; i < parties.size(); i++) {
            out.printf("  %-16s weight %.4f  ->  %s%n", parties.get(i), contribution[i],
                    result.part(i).format(DisplayUnit.YUAN));
        }
        out.println();
        out.print(result.explanation().toText());
        return result;
    }
}
