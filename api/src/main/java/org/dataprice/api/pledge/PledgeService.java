package org.dataprice.api.pledge;

import jakarta.inject.Singleton;
import org.dataprice.api.finance.FinanceLimits;
import org.dataprice.pledge.LoanLimit;
import org.dataprice.pledge.PledgePolicy;
import org.dataprice.pledge.StressedValue;
import org.dataprice.simulation.SimulationResult;
import org.dataprice.simulation.ValuationMonteCarlo;

import java.util.Currency;
import java.util.Optional;

/**
 * Computes pledge loan limits: the policy (defaults with the request's overrides), an optional seeded
 * Monte Carlo stress of the value (limited by {@code dataprice.finance.max-valuation-draws}), then the
 * limit. Stores nothing; thread-safe.
 */
@Singleton
public class PledgeService {
    private final FinanceLimits limits;

    /** @param limits the configured limits */
    public PledgeService(FinanceLimits limits) {
        this.limits = limits;
    }

    /**
     * @param request the collateral, policy overrides and optional stress
     * @return the loan limit with its explanation
     */
    public LoanLimitResponse loanLimit(LoanLimitRequest request) {
        Currency currency = PledgeMapper.currency(request.currency());
        PledgePolicy policy = PledgeMapper.toPolicy(request.policy(), currency);
        SimulationResult simulation = null;
        StressedValue stressed = null;
        if (request.stress() != null) {
            simulation = ValuationMonteCarlo.DEFAULT.run(
                    PledgeMapper.toSimulation(request.stress(), currency, limits.getMaxValuationDraws()));
            stressed = PledgeMapper.toStressedValue(simulation, request.stress().percentile(), currency);
        }
        var result = LoanLimit.DEFAULT.compute(PledgeMapper.toInputs(request, currency, Optional.ofNullable(stressed)),
                policy);
        return PledgeMapper.toResponse(result, policy, simulation, stressed);
    }
}
