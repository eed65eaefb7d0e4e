package org.dataprice.api.accounting;

import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.math.BigDecimal;
import java.util.List;

/**
 * Data inventory at the lower of cost and NRV, period by period.
 *
 * @param currency         ISO 4217 code
 * @param cost             the cost
 * @param openingAllowance the allowance before the first period
 * @param closingAllowance the allowance after the last period
 * @param carryingAmount   the carrying amount after the last period: cost − closing allowance
 * @param totalWriteDowns  Σ write-downs (资产减值损失) over the periods
 * @param totalReversals   Σ reversals over the periods; never more than the opening allowance plus the write-downs
 * @param periods          one per period, in request order
 */
@Serdeable
public record InventoryResponse(String currency, BigDecimal cost, BigDecimal openingAllowance,
                                BigDecimal closingAllowance, BigDecimal carryingAmount, BigDecimal totalWriteDowns,
                                BigDecimal totalReversals, List<Period> periods) {
    /**
     * One period end.
     *
     * @param period              the period end, {@code YYYY-MM}
     * @param netRealisableValue  selling price − costs to complete − selling costs and taxes (may be negative)
     * @param openingAllowance    the allowance carried in
     * @param requiredAllowance   min(cost, max(0, cost − NRV)), the closing allowance
     * @param allowanceAdjustment required − opening: &gt; 0 a write-down, &lt; 0 a reversal
     * @param writeDown           max(0, adjustment): charged to 资产减值损失
     * @param reversal            max(0, −adjustment): reversed, at most the opening allowance (CAS 1 §19)
     * @param carryingAmount      cost − required allowance = max(0, min(cost, NRV))
     * @param explanation         how the period was measured; the last step is the carrying amount
     */
    @Serdeable
    public record Period(String period, BigDecimal netRealisableValue, BigDecimal openingAllowance,
                         BigDecimal requiredAllowance, BigDecimal allowanceAdjustment, BigDecimal writeDown,
                         BigDecimal reversal, BigDecimal carryingAmount, ExplanationResponse explanation) {
    }
}
