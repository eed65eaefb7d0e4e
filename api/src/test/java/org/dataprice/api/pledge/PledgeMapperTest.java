package org.dataprice.api.pledge;

import org.dataprice.pledge.CollateralClass;
import org.dataprice.pledge.LoanLimit;
import org.dataprice.pledge.LoanLimitInputs;
import org.dataprice.pledge.LoanLimitResult;
import org.dataprice.pledge.PledgePolicy;
import org.dataprice.pledge.StressedValue;
import org.dataprice.simulation.InputDistribution;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.SimulationResult;
import org.dataprice.simulation.ValuationMonteCarlo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataprice.api.MapperRoundTrip.assertCarried;
import static org.dataprice.api.MapperRoundTrip.assertFullyPopulated;

/**
 * No silent data drops in {@link PledgeMapper}: a fully populated loan-limit request (every policy override, a
 * stress test) maps to a core policy, simulation and inputs that carry every field, and the core result maps to a
 * response that shows every figure and the policy used; a policy without overrides is {@link PledgePolicy#DEFAULT}.
 */
class PledgeMapperTest {
    private static LoanLimitRequest request() {
        return new LoanLimitRequest("USD", new BigDecimal("1000000.00"), CollateralClass.INCOME_WITH_CONTRACT_REVENUE, false,
                0.55, 0.6, 36, 48,
                new PolicyRequest(0.5, 0.3, 0.6, 0.8, 0.7, 0.9, 0.5, 0.85, 24, new BigDecimal("400000.00")),
                new StressRequest(0.1, 7L, 2_000, new DistributionRequest(DistributionRequest.Kind.TRIANGULAR, null, null,
                        800_000.0, 1_000_000.0, 1_100_000.0)));
    }

    @Test
    void test_loanLimit_requestToCoreToResponse_carriesEveryField() {
        LoanLimitRequest r = request();
        assertFullyPopulated(r, Set.of("stress.value.mean", "stress.value.standardDeviation"));
        Currency usd = PledgeMapper.currency(r.currency());

        PledgePolicy policy = PledgeMapper.toPolicy(r.policy(), usd);
        assertCarried(r.policy(), policy, Map.of(), Set.of());
        assertThat(policy.ticketCap().currency()).isEqualTo(usd);

        SimulationInputs simulation = PledgeMapper.toSimulation(r.stress(), usd, 10_000);
        assertThat(simulation.settings().seed()).isEqualTo(r.stress().seed());
        assertThat(simulation.settings().draws()).isEqualTo(r.stress().draws());
        assertThat(simulation.settings().percentiles()).containsExactly(r.stress().percentile());
        assertThat(simulation.inputs().get(0).distribution())
                .isEqualTo(new InputDistribution.Triangular(800_000, 1_000_000, 1_100_000));
        SimulationResult result = ValuationMonteCarlo.DEFAULT.run(simulation);
        StressedValue stressed = PledgeMapper.toStressedValue(result, r.stress().percentile(), usd);

        LoanLimitInputs in = PledgeMapper.toInputs(r, usd, Optional.of(stressed));
        assertCarried(r, in, Map.of(), Set.of("currency", "policy", "stress"));
        assertThat(in.stressedValue()).contains(stressed);

        LoanLimitResult limit = LoanLimit.DEFAULT.compute(in, policy);
        LoanLimitResponse response = PledgeMapper.toResponse(limit, policy, result, stressed);
        assertCarried(limit, response, Map.of(), Set.of());
        assertCarried(policy, response.policy(), Map.of(), Set.of());
        assertThat(response.currency()).isEqualTo("USD");
        assertThat(response.stressedLimit()).isNotNull();
        // the stress summary: the stressed value and the simulation's size, seed, mean and error (not its N draws)
        assertCarried(stressed, response.stress(), Map.of("value", "stressedValue"), Set.of());
        assertCarried(result, response.stress(), Map.of(), Set.of("standardDeviation", "confidenceLower",
                "confidenceUpper", "percentiles", "target", "probabilityAboveTarget", "histogram", "zeroShare",
                "largestShare", "effectiveSampleSize", "warnings", "values"));
    }

    @Test
    void test_policy_noOverrides_isTheDefault() {
        assertThat(PledgeMapper.toPolicy(null, PledgeMapper.currency(null))).isEqualTo(PledgePolicy.DEFAULT);
    }
}
