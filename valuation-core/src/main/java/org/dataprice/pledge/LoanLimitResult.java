package org.dataprice.pledge;

import java.util.List;
import java.util.Optional;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;

/**
 * A pledge-loan limit.
 *
 * @param loanLimit          the limit: the lower of the unstressed and stressed limits
 * @param unstressedLimit    min(ticket cap, appraised value × effective LTV), rounded down to the 分
 * @param stressedLimit      min(ticket cap, stressed value × effective LTV), when a stressed value was given
 * @param baseLtv            the base LTV of the collateral class
 * @param effectiveLtv       base LTV × Π haircut factors
 * @param haircuts           the haircuts that applied (factor &lt; 1); copied
 * @param approvedTermMonths min(requested term, policy's maximum term)
 * @param ticketCapApplied   whether the ticket cap bound
 * @param explanation        how it was obtained; its last step is the loan limit
 */
public record LoanLimitResult(Money loanLimit, Money unstressedLimit, Optional<Money> stressedLimit, double baseLtv,
        double effectiveLtv, List<Haircut> haircuts, int approvedTermMonths, boolean ticketCapApplied,
        Explanation explanation) {
    /** Validates and copies. */
    public LoanLimitResult {
        Require.notNull(loanLimit, "loanLimit");
        Require.notNull(unstressedLimit, "unstressedLimit");
        Require.notNull(stressedLimit, "stressedLimit");
        Require.probability(baseLtv, "baseLtv");
        Require.probability(effectiveLtv, "effectiveLtv");
        haircuts = Require.copyOf(haircuts, "haircuts");
        Require.atLeast(approvedTermMonths, 1, "approvedTermMonths");
        Require.notNull(explanation, "explanation");
    }
}
