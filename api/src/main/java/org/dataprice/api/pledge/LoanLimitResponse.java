package org.dataprice.api.pledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.api.explain.ExplanationResponse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pledge loan limit.
 *
 * @param currency           ISO 4217 code
 * @param loanLimit          min(unstressed, stressed) limit, rounded down to the minor unit
 * @param unstressedLimit    min(ticket cap, V × LTV)
 * @param stressedLimit      min(ticket cap, Q_p(V) × LTV), when a stress was asked for
 * @param baseLtv            the base LTV of the collateral class
 * @param effectiveLtv       base × Π haircut factors
 * @param haircuts           the haircuts applied
 * @param approvedTermMonths min(requested, max term)
 * @param ticketCapApplied   whether the ticket cap bound
 * @param policy             the policy used (defaults with the request's overrides)
 * @param stress             the Monte Carlo behind the stressed value
 * @param explanation        how the limit was computed; the last step is the limit
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoanLimitResponse(String currency, BigDecimal loanLimit, BigDecimal unstressedLimit,
                                @Nullable BigDecimal stressedLimit, double baseLtv, double effectiveLtv,
                                List<HaircutResponse> haircuts, int approvedTermMonths, boolean ticketCapApplied,
                                PolicyResponse policy, @Nullable StressResponse stress,
                                ExplanationResponse explanation) {
    /**
     * @param name   the haircut
     * @param factor its multiplier
     * @param reason why it applies
     */
    @Serdeable
    public record HaircutResponse(String name, double factor, String reason) {
    }

    /**
     * The policy used; see {@link PolicyRequest} for the meaning of each figure.
     *
     * @param incomeBaseLtv          base LTV, income approach
     * @param costBaseLtv            base LTV, cost approach
     * @param maxLtv                 LTV cap
     * @param noRegistrationFactor   no-registration haircut
     * @param weakQualityThreshold   weak-quality threshold
     * @param weakQualityFactor      weak-quality haircut
     * @param concentrationThreshold concentration threshold
     * @param concentrationFactor    concentration haircut
     * @param maxTermMonths          longest term
     * @param ticketCap              largest loan
     */
    @Serdeable
    public record PolicyResponse(double incomeBaseLtv, double costBaseLtv, double maxLtv, double noRegistrationFactor,
                                 double weakQualityThreshold, double weakQualityFactor, double concentrationThreshold,
                                 double concentrationFactor, int maxTermMonths, BigDecimal ticketCap) {
    }

    /**
     * @param percentile    p
     * @param stressedValue Q_p(V), floored at 0 and rounded down
     * @param draws         N
     * @param seed          the seed
     * @param mean          the simulated mean of V
     * @param standardError its standard error
     * @param explanation   how the simulation ran
     */
    @Serdeable
    public record StressResponse(double percentile, BigDecimal stressedValue, int draws, long seed, double mean,
                                 double standardError, ExplanationResponse explanation) {
    }
}
