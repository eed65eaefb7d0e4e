package org.dataprice.money.allocation;

import org.dataprice.money.Money;

import java.util.List;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;

/**
 * The parts of an {@link Allocation}, in the order of the weights, with how they were obtained.
 * The constructor checks the invariant that the parts sum exactly to the total.
 *
 * @param total       the amount split; not null
 * @param parts       the parts, same currency, summing exactly to {@code total}; copied
 * @param explanation how the parts were obtained; not null
 */
public record AllocationResult(Money total, List<Money> parts, Explanation explanation) {
    /** Validates the exact-sum invariant and copies. */
    public AllocationResult {
        Require.notNull(total, "total");
        parts = Require.nonEmptyCopy(parts, "parts");
        Require.notNull(explanation, "explanation");
        Money sum = Money.zero(total.currency());
        for (Money part : parts) {
            sum = sum.plus(part);
        }
        if (!sum.equals(total)) {
            throw new InvalidInputException("parts", sum, Rule.SUM_MISMATCH, total);
        }
    }

    /**
     * @param index the party's position
     * @return the part of the party at that position
     */
    public Money part(int index) {
        return parts.get(index);
    }
}
