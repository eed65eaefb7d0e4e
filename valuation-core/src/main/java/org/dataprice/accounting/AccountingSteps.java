package org.dataprice.accounting;

import org.dataprice.explain.StepKey;

/** The step keys of the accounting models. */
public final class AccountingSteps {
    /** The class of a data resource. */
    public static final StepKey CLASSIFICATION = StepKey.of("accounting.classification", "Classification (资产类别)");
    /** The treatment of one cost line. */
    public static final StepKey COST_TREATMENT = StepKey.of("accounting.costTreatment", "Cost treatment");
    /** The total expensed. */
    public static final StepKey EXPENSED = StepKey.of("accounting.expensed", "Expensed (费用化)");
    /** The total capitalised. */
    public static final StepKey CAPITALISED = StepKey.of("accounting.capitalised", "Capitalised (资本化)");
    /** The amortisable amount: cost − residual value. */
    public static final StepKey AMORTISABLE = StepKey.of("accounting.amortisable", "Amortisable amount (应摊销金额)");
    /** The total of the schedule's amortisation lines. */
    public static final StepKey TOTAL_AMORTISATION = StepKey.of("accounting.totalAmortisation",
            "Total amortisation (累计摊销)");
    /** Fair value less costs of disposal. */
    public static final StepKey FAIR_VALUE_LESS_COSTS = StepKey.of("accounting.fairValueLessCosts",
            "Fair value less costs of disposal (公允价值减去处置费用后的净额)");
    /** Value in use. */
    public static final StepKey VALUE_IN_USE = StepKey.of("accounting.valueInUse",
            "Value in use (预计未来现金流量的现值)");
    /** Recoverable amount. */
    public static final StepKey RECOVERABLE_AMOUNT = StepKey.of("accounting.recoverableAmount",
            "Recoverable amount (可收回金额)");
    /** Impairment loss. */
    public static final StepKey IMPAIRMENT_LOSS = StepKey.of("accounting.impairmentLoss", "Impairment loss (资产减值损失)");
    /** Carrying amount after the impairment test. */
    public static final StepKey CARRYING_AFTER = StepKey.of("accounting.carryingAfter", "Carrying amount after test");
    /** Net realisable value. */
    public static final StepKey NET_REALISABLE_VALUE = StepKey.of("accounting.netRealisableValue",
            "Net realisable value (可变现净值)");
    /** Required inventory write-down allowance. */
    public static final StepKey REQUIRED_ALLOWANCE = StepKey.of("accounting.requiredAllowance",
            "Required allowance (存货跌价准备应有余额)");
    /** Charge (positive) or reversal (negative) of the allowance. */
    public static final StepKey ALLOWANCE_ADJUSTMENT = StepKey.of("accounting.allowanceAdjustment",
            "Allowance charge (+) or reversal (−)");
    /** The inventory carrying amount: lower of cost and NRV. */
    public static final StepKey INVENTORY_CARRYING = StepKey.of("accounting.inventoryCarrying",
            "Carrying amount: lower of cost and NRV");

    private AccountingSteps() {
    }
}
