package org.dataprice.accounting;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * Period-end measurement of data inventory.
 *
 * @param netRealisableValue  NRV = selling price − costs to complete − selling costs and taxes (may be negative)
 * @param requiredAllowance   the allowance the balance sheet needs: min(cost, max(0, cost − NRV))
 * @param allowanceAdjustment required − existing: a charge (&gt; 0, 资产减值损失) or a reversal (&lt; 0),
 *                            a reversal never larger than the existing allowance
 * @param carryingAmount      cost − required allowance = max(0, min(cost, NRV))
 * @param explanation         how it was obtained; its last step is the carrying amount
 */
public record InventoryValuationResult(Money netRealisableValue, Money requiredAllowance, Money allowanceAdjustment,
        Money carryingAmount, Explanation explanation) {
    /** Validates. */
    public InventoryValuationResult {
        Require.notNull(netRealisableValue, "netRealisableValue");
        Require.notNull(requiredAllowance, "requiredAllowance");
        Require.notNull(allowanceAdjustment, "allowanceAdjustment");
        Require.notNull(carryingAmount, "carryingAmount");
        Require.notNull(explanation, "explanation");
    }
}
