package org.dataprice.accounting;

import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Quantity;
import org.dataprice.explain.Step;
import org.dataprice.money.Money;

/**
 * CAS 8 impairment test of a data intangible (《企业会计准则第8号——资产减值》).
 *
 * <p>Formulas:
 * <ul>
 *   <li>FVLCD = fair value − costs of disposal (公允价值减去处置费用后的净额);</li>
 *   <li>recoverable amount RA = max(FVLCD, VIU) of those that can be estimated (CAS 8 §6; when one
 *       cannot be estimated the other is used, §7–§8);</li>
 *   <li>impairment loss = min(carrying, max(0, carrying − RA)) (§15);</li>
 *   <li>new carrying amount = carrying − loss; accumulated impairment += loss.</li>
 * </ul>
 * An impairment loss on an intangible asset is <b>never reversed</b> in later periods (§17): when a
 * later test finds RA above the carrying amount, the loss is 0 and the carrying amount stays; no
 * input of this model can raise it. After an impairment, amortisation is recomputed on the new
 * carrying amount over the remaining life (§16), here straight-line from the month after the test
 * month (the test is at the balance-sheet date at the month's end); for another method call
 * {@link Amortisation} with the new carrying amount. Source: CAS 8 §6–§8, §15–§17; domain notes §4.
 *
 * <p>Stateless and thread-safe.
 */
public final class ImpairmentTest {
    /** The default instance. */
    public static final ImpairmentTest DEFAULT = new ImpairmentTest();

    private static final String METHOD = "accounting.impairment.CAS8";
    private static final String SOURCE = "CAS 8 §6–§8, §15–§17";

    /**
     * @param inputs the carrying amount, recoverable-amount evidence and remaining life; not null
     * @return the loss, the new carrying amount and the revised amortisation schedule
     */
    public ImpairmentResult test(ImpairmentInputs inputs) {
        Require.notNull(inputs, "inputs");
        Money carrying = inputs.carryingAmount();
        Explanation.Builder b = Explanation.builder(METHOD).input("carryingAmount", carrying)
                .input("costsOfDisposal", inputs.costsOfDisposal())
                .input("accumulatedImpairment", inputs.accumulatedImpairment())
                .input("testMonth", inputs.testMonth().toString())
                .input("remainingLifeMonths", inputs.remainingLifeMonths());
        inputs.fairValue().ifPresent(v -> b.input("fairValue", v));
        inputs.valueInUse().ifPresent(v -> b.input("valueInUse", v));
        Step.Builder ra = Step.builder(AccountingSteps.RECOVERABLE_AMOUNT).formula("max(FVLCD, VIU)").source(SOURCE);
        Money recoverable = null;
        if (inputs.fairValue().isPresent()) {
            Money fvlcd = inputs.fairValue().get().minus(inputs.costsOfDisposal());
            ra.child(Step.builder(AccountingSteps.FAIR_VALUE_LESS_COSTS).formula("fair value − costs of disposal")
                    .result(Quantity.of("FVLCD", fvlcd)).build());
            recoverable = fvlcd;
        }
        if (inputs.valueInUse().isPresent()) {
            Money viu = inputs.valueInUse().get();
            ra.child(Step.builder(AccountingSteps.VALUE_IN_USE).formula("Σ CF_t / (1 + r)^t")
                    .result(Quantity.of("VIU", viu)).build());
            recoverable = recoverable == null ? viu : recoverable.max(viu);
        }
        Money zero = Money.zero(carrying.currency());
        Money loss = carrying.minus(recoverable).max(zero).min(carrying);
        Money after = carrying.minus(loss);
        Money accumulated = inputs.accumulatedImpairment().plus(loss);
        Optional<AmortisationSchedule> schedule = Optional.empty();
        if (inputs.remainingLifeMonths() > 0) {
            Money residual = inputs.residualValue().min(after);
            schedule = Optional.of(Amortisation.DEFAULT.schedule(new AmortisationInputs(after, residual,
                    inputs.testMonth().plusMonths(1), inputs.remainingLifeMonths(), AmortisationMethod.STRAIGHT_LINE,
                    List.of())));
        }
        b.step(ra.result(Quantity.of("recoverableAmount", recoverable)).build());
        b.step(Step.builder(AccountingSteps.CARRYING_AFTER).formula("carrying − loss; never written back up (CAS 8 §17)")
                .result(Quantity.of("carryingAmountAfter", after)).build());
        b.step(Step.builder(AccountingSteps.IMPAIRMENT_LOSS).formula("min(carrying, max(0, carrying − RA))")
                .source(SOURCE).result(Quantity.of("impairmentLoss", loss)).build());
        return new ImpairmentResult(recoverable, loss, after, accumulated, schedule, b.build());
    }
}
