package org.dataprice.finance.cashflow;

import org.dataprice.explain.StepKey;

/** The step keys of the cash-flow models' explanations. */
public final class CashFlowSteps {
    /** The year fractions of dated flows (Actual/365 Fixed from the first date). */
    public static final StepKey YEAR_FRACTIONS = StepKey.of("cashflow.yearFractions", "Year fractions t_i (Actual/365F)");
    /** The discounted flows, one child step per flow. */
    public static final StepKey DISCOUNTED_FLOWS = StepKey.of("cashflow.discountedFlows", "Discounted flows c_i * DF(t_i)");
    /** The net present value. */
    public static final StepKey NPV = StepKey.of("cashflow.npv", "Net present value NPV (净现值)");
    /** The sign changes of the flows (Descartes' bound on the number of rates). */
    public static final StepKey SIGN_CHANGES = StepKey.of("cashflow.signChanges", "Sign changes of the flows");
    /** A bracket [a, b] on which the NPV changes sign. */
    public static final StepKey BRACKET = StepKey.of("cashflow.bracket", "Bracket with a sign change of NPV");
    /** The rates searched for roots, and whether the root bounds lie inside them. */
    public static final StepKey SCAN = StepKey.of("cashflow.scan", "Rates searched");
    /** An extremum of NPV at which NPV is zero within rounding: a tangent (double) root. */
    public static final StepKey TANGENT = StepKey.of("cashflow.tangent", "Tangent root: NPV' = 0 and NPV = 0");
    /** Whether the rate is proven unique, by which rule, and the warnings when it is not. */
    public static final StepKey UNIQUENESS = StepKey.of("cashflow.uniqueness", "Uniqueness of the rate");
    /** Every root found. */
    public static final StepKey ROOTS = StepKey.of("cashflow.roots", "Rates with NPV = 0");
    /** The internal rate of return reported. */
    public static final StepKey IRR = StepKey.of("cashflow.irr", "Internal rate of return IRR (内部收益率)");

    private CashFlowSteps() {
    }
}
