package org.dataprice.accounting;

import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * Data inventory at the lower of cost and net realisable value (存货跌价准备, CAS 1 §15–§19).
 *
 * <p>Formulas: NRV = estimated selling price − costs to complete − selling costs and taxes;
 * required allowance = min(cost, max(0, cost − NRV)); adjustment = required − existing allowance;
 * carrying amount = cost − required allowance. When the circumstances that caused an earlier
 * write-down have gone, the write-down is reversed, but only within the allowance previously made
 * (CAS 1 §19): since the required allowance is never negative, a reversal is at most the existing
 * allowance and the carrying amount never exceeds cost. A negative NRV writes the inventory down to 0
 * (any further loss is an onerous-contract provision, outside this model). Source: CAS 1 §15–§19;
 * 财会〔2023〕11号 §二(二); domain notes §4. Stateless and thread-safe.
 */
public final class InventoryValuation {
    /** The default instance. */
    public static final InventoryValuation DEFAULT = new InventoryValuation();

    private static final String METHOD = "accounting.inventory.lowerOfCostAndNRV";
    private static final String SOURCE = "CAS 1 §15–§19";

    /**
     * @param inputs cost, NRV components and the existing allowance; not null
     * @return NRV, the allowance adjustment and the carrying amount
     */
    public InventoryValuationResult measure(InventoryValuationInputs inputs) {
        Require.notNull(inputs, "inputs");
        Money cost = inputs.cost();
        Money zero = Money.zero(cost.currency());
        Money nrv = inputs.estimatedSellingPrice().minus(inputs.costsToComplete()).minus(inputs.sellingCostsAndTaxes());
        Money required = cost.minus(nrv).max(zero).min(cost);
        Money adjustment = required.minus(inputs.existingAllowance());
        Money carrying = cost.minus(required);
        Explanation explanation = Explanation.builder(METHOD)
                .input("cost", cost).input("estimatedSellingPrice", inputs.estimatedSellingPrice())
                .input("costsToComplete", inputs.costsToComplete())
                .input("sellingCostsAndTaxes", inputs.sellingCostsAndTaxes())
                .input("existingAllowance", inputs.existingAllowance())
                .step(Step.builder(AccountingSteps.NET_REALISABLE_VALUE)
                        .formula("selling price − costs to complete − selling costs and taxes")
                        .result(Quantity.of("NRV", nrv)).source(SOURCE).build())
                .step(Step.builder(AccountingSteps.REQUIRED_ALLOWANCE).formula("min(cost, max(0, cost − NRV))")
                        .result(Quantity.of("requiredAllowance", required)).build())
                .step(Step.builder(AccountingSteps.ALLOWANCE_ADJUSTMENT)
                        .formula("required − existing; a reversal is limited to the existing allowance (CAS 1 §19)")
                        .result(Quantity.of("allowanceAdjustment", adjustment)).build())
                .step(Step.builder(AccountingSteps.INVENTORY_CARRYING).formula("cost − required = max(0, min(cost, NRV))")
                        .result(Quantity.of("carryingAmount", carrying)).build())
                .build();
        return new InventoryValuationResult(nrv, required, adjustment, carrying, explanation);
    }
}
