package org.dataprice.pledge;

import org.dataprice.explain.StepKey;

/** The step keys of a {@link LoanLimit} explanation. */
public final class PledgeSteps {
    /** The base LTV of the collateral class. */
    public static final StepKey BASE_LTV = StepKey.of("pledge.baseLtv", "Base loan-to-value (质押率)");
    /** One haircut factor. */
    public static final StepKey HAIRCUT = StepKey.of("pledge.haircut", "Haircut factor");
    /** The effective LTV after haircuts. */
    public static final StepKey EFFECTIVE_LTV = StepKey.of("pledge.effectiveLtv", "Effective LTV = base × Π haircuts");
    /** The approved term. */
    public static final StepKey TERM = StepKey.of("pledge.term", "Approved term (months)");
    /** The limit on the appraised value. */
    public static final StepKey UNSTRESSED_LIMIT = StepKey.of("pledge.unstressedLimit",
            "Limit on appraised value, ticket-capped");
    /** The limit on the stressed value. */
    public static final StepKey STRESSED_LIMIT = StepKey.of("pledge.stressedLimit",
            "Limit on Monte Carlo stressed value, ticket-capped");
    /** The loan limit. */
    public static final StepKey LOAN_LIMIT = StepKey.of("pledge.loanLimit", "Loan limit (授信额度)");

    private PledgeSteps() {
    }
}
