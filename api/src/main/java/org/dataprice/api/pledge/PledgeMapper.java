package org.dataprice.api.pledge;

import org.dataprice.api.json.CoreFields;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pledge.Haircut;
import org.dataprice.pledge.LoanLimitInputs;
import org.dataprice.pledge.LoanLimitResult;
import org.dataprice.pledge.PledgePolicy;
import org.dataprice.pledge.StressedValue;
import org.dataprice.simulation.InputDistribution;
import org.dataprice.simulation.MonteCarloSettings;
import org.dataprice.simulation.SimulationInput;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.SimulationResult;
import org.dataprice.simulation.ValuationModel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * JSON ↔ core records for the pledge endpoint: the policy (defaults with overrides), the stressed-value
 * simulation of V and the loan-limit inputs. Errors name the JSON path ({@code policy.maxLtv},
 * {@code stress.value.standardDeviation}, {@code stress.draws}). Stateless.
 */
public final class PledgeMapper {
    /** The name of the simulated input, V. */
    public static final String VALUE = "value";

    private PledgeMapper() {
    }

    /**
     * @param code ISO 4217 code or null for CNY
     * @return the currency
     */
    public static Currency currency(String code) {
        if (code == null) {
            return Money.CNY;
        }
        return Money.currency(code, "currency");
    }

    private static Money money(BigDecimal amount, Currency currency, String field) {
        try {
            return Money.of(amount, currency);
        } catch (DatapriceException e) {
            throw CoreFields.rename(e, "amount", field);
        }
    }

    /**
     * @param request  the overrides, or null
     * @param currency the loan currency
     * @return {@code PledgePolicy.DEFAULT} with the overrides applied
     */
    public static PledgePolicy toPolicy(PolicyRequest request, Currency currency) {
        PledgePolicy d = PledgePolicy.DEFAULT;
        PolicyRequest p = request == null ? new PolicyRequest(null, null, null, null, null, null, null, null, null, null)
                : request;
        Money cap;
        if (p.ticketCap() != null) {
            cap = money(p.ticketCap(), currency, "policy.ticketCap");
        } else if (currency.equals(d.ticketCap().currency())) {
            cap = d.ticketCap();
        } else {
            throw new InvalidInputException("policy.ticketCap", null, Rule.NOT_NULL);
        }
        try {
            return new PledgePolicy(or(p.incomeBaseLtv(), d.incomeBaseLtv()), or(p.costBaseLtv(), d.costBaseLtv()),
                    or(p.maxLtv(), d.maxLtv()), or(p.noRegistrationFactor(), d.noRegistrationFactor()),
                    or(p.weakQualityThreshold(), d.weakQualityThreshold()),
                    or(p.weakQualityFactor(), d.weakQualityFactor()),
                    or(p.concentrationThreshold(), d.concentrationThreshold()),
                    or(p.concentrationFactor(), d.concentrationFactor()),
                    p.maxTermMonths() == null ? d.maxTermMonths() : p.maxTermMonths(), cap);
        } catch (DatapriceException e) {
            throw e.within("policy");
        }
    }

    /**
     * @param stress   the stress request
     * @param currency the currency of V
     * @param maxDraws the configured draw limit
     * @return the simulation of V (an identity model over one input)
     */
    public static SimulationInputs toSimulation(StressRequest stress, Currency currency, int maxDraws) {
        InputDistribution distribution;
        try {
            distribution = toDistribution(stress.value());
        } catch (DatapriceException e) {
            throw e.within("stress.value");
        }
        try {
            org.dataprice.error.Require.inOpenRange(stress.percentile(), 0, 1, "percentile");
            MonteCarloSettings settings = new MonteCarloSettings(stress.draws(), stress.seed(), 1,
                    List.of(stress.percentile()), MonteCarloSettings.DEFAULT_BINS, OptionalDouble.empty(), maxDraws);
            ValuationModel model = new ValuationModel("pledge.appraisedValue", List.of(VALUE),
                    currency.getCurrencyCode(), x -> x[0]);
            return SimulationInputs.independent(model, List.of(new SimulationInput(VALUE, distribution)), settings);
        } catch (DatapriceException e) {
            throw e.within("stress");
        }
    }

    private static InputDistribution toDistribution(DistributionRequest d) {
        return switch (d.kind()) {
            case NORMAL -> new InputDistribution.Normal(required(d.mean(), "mean"),
                    required(d.standardDeviation(), "standardDeviation"));
            case LOGNORMAL -> InputDistribution.LogNormal.ofMeanAndStandardDeviation(required(d.mean(), "mean"),
                    required(d.standardDeviation(), "standardDeviation"));
            case TRIANGULAR -> new InputDistribution.Triangular(required(d.min(), "min"), required(d.mode(), "mode"),
                    required(d.max(), "max"));
            case PERT -> new InputDistribution.Pert(required(d.min(), "min"), required(d.mode(), "mode"),
                    required(d.max(), "max"));
            case UNIFORM -> new InputDistribution.Uniform(required(d.min(), "min"), required(d.max(), "max"));
        };
    }

    /**
     * @param simulation the simulation of V
     * @param percentile p
     * @param currency   the currency
     * @return Q_p(V), floored at 0 and rounded down
     */
    public static StressedValue toStressedValue(SimulationResult simulation, double percentile, Currency currency) {
        return StressedValue.fromSimulation(simulation, percentile, currency);
    }

    /**
     * @param r        the request
     * @param currency the currency
     * @param stressed the stressed value, if any
     * @return the core inputs
     */
    public static LoanLimitInputs toInputs(LoanLimitRequest r, Currency currency, Optional<StressedValue> stressed) {
        return new LoanLimitInputs(money(r.appraisedValue(), currency, "appraisedValue"), r.collateral(),
                r.exchangeRegistered(), r.qualityScore(), r.largestCustomerShare(), r.remainingLifeMonths(),
                r.requestedTermMonths(), stressed);
    }

    /**
     * @param result     the core limit
     * @param policy     the policy used
     * @param simulation the stress simulation, or null
     * @param stressed   the stressed value, or null
     * @return the JSON form
     */
    public static LoanLimitResponse toResponse(LoanLimitResult result, PledgePolicy policy, SimulationResult simulation,
                                               StressedValue stressed) {
        List<LoanLimitResponse.HaircutResponse> haircuts = result.haircuts().stream()
                .map((Haircut h) -> new LoanLimitResponse.HaircutResponse(h.name(), h.factor(), h.reason())).toList();
        LoanLimitResponse.PolicyResponse p = new LoanLimitResponse.PolicyResponse(policy.incomeBaseLtv(),
                policy.costBaseLtv(), policy.maxLtv(), policy.noRegistrationFactor(), policy.weakQualityThreshold(),
                policy.weakQualityFactor(), policy.concentrationThreshold(), policy.concentrationFactor(),
                policy.maxTermMonths(), policy.ticketCap().amount());
        LoanLimitResponse.StressResponse stress = simulation == null ? null
                : new LoanLimitResponse.StressResponse(stressed.percentile(), stressed.value().amount(),
                simulation.draws(), simulation.seed(), simulation.mean(), simulation.standardError(),
                ExplanationResponse.from(simulation.explanation()));
        return new LoanLimitResponse(result.loanLimit().currency().getCurrencyCode(), result.loanLimit().amount(),
                result.unstressedLimit().amount(), result.stressedLimit().map(Money::amount).orElse(null),
                result.baseLtv(), result.effectiveLtv(), haircuts, result.approvedTermMonths(),
                result.ticketCapApplied(), p, stress, ExplanationResponse.from(result.explanation()));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static double required(Double value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, null, Rule.NOT_NULL);
        }
        return value;
    }
}
