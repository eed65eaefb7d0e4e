package org.dataprice.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.money.Money;
import org.dataprice.simulation.InputDistribution;
import org.dataprice.simulation.MonteCarloSettings;
import org.dataprice.simulation.SimulationInput;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.SimulationResult;
import org.dataprice.simulation.ValuationModel;
import org.dataprice.simulation.ValuationMonteCarlo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pledge-loan limits against the observed deals of domain notes §5 and monotonicity properties. */
class LoanLimitTest {
    private static final double TOLERANCE = 1e-12;

    private static LoanLimitInputs request(String value, boolean registered, double quality, double share, int life,
            int term) {
        return new LoanLimitInputs(Money.cny(value), CollateralClass.INCOME_WITH_CONTRACT_REVENUE, registered, quality,
                share, life, term, Optional.empty());
    }

    @Test
    void test_compute_shandongGangtong() {
        // 山东港通 (日照银行烟台分行, 2025): income-approach appraisal 1001.94万 = 10,019,400 CNY, loan 500万.
        // Default base LTV 0.50, no haircut → 5,009,700.00, within 0.2 % of the 5,000,000 observed.
        LoanLimitResult r = LoanLimit.DEFAULT.compute(request("10019400.00", true, 85, 0.3, 60, 12), PledgePolicy.DEFAULT);
        assertThat(r.loanLimit()).isEqualTo(Money.cny("5009700.00"));
        assertThat(r.haircuts()).isEmpty();
        assertThat(Math.abs(r.loanLimit().toDouble() - 5_000_000) / 5_000_000).isLessThan(0.002);
        assertThat(r.explanation().resultStep().key()).isEqualTo(PledgeSteps.LOAN_LIMIT);
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.loanLimit().amount());
    }

    @Test
    void test_compute_sihongChengtou() {
        // 泗洪城投 (中国银行泗洪支行, 2025): appraisal 896.8万, credit line 500万 (55.75 %). The default 0.50 gives
        // 4,484,000.00: the default is at the conservative end of the observed 49.9–55.8 % range.
        LoanLimitResult r = LoanLimit.DEFAULT.compute(request("8968000.00", true, 85, 0.3, 60, 12), PledgePolicy.DEFAULT);
        assertThat(r.loanLimit()).isEqualTo(Money.cny("4484000.00"));
        assertThat(r.loanLimit()).isLessThan(Money.cny("5000000.00"));
    }

    @Test
    void test_compute_allHaircutsTermAndTicketCap() {
        // V = 100,000,000; base 0.50 × 0.80 (unregistered) × 0.80 (quality 50 < 60) × 0.85 (share 0.7 > 0.5)
        // × 6/12 (life 6 < term 12, term 36 cut to 12) = 0.136 → 13,600,000, capped at the 10,000,000 ticket.
        LoanLimitResult r = LoanLimit.DEFAULT.compute(request("100000000.00", false, 50, 0.7, 6, 36), PledgePolicy.DEFAULT);
        assertThat(r.approvedTermMonths()).isEqualTo(12);
        assertThat(r.effectiveLtv()).isCloseTo(0.5 * 0.8 * 0.8 * 0.85 * 0.5, offset(TOLERANCE));
        assertThat(r.haircuts()).extracting(Haircut::name).containsExactly("noRegistration", "weakQuality",
                "concentration", "remainingLife");
        assertThat(r.ticketCapApplied()).isTrue();
        assertThat(r.loanLimit()).isEqualTo(Money.cny("10000000.00"));
    }

    @Test
    void test_compute_costApproachBase() {
        LoanLimitResult r = LoanLimit.DEFAULT.compute(new LoanLimitInputs(Money.cny("1000000.00"),
                CollateralClass.COST_APPROACH_ONLY, true, 80, 0.2, 60, 12, Optional.empty()), PledgePolicy.DEFAULT);
        assertThat(r.loanLimit()).isEqualTo(Money.cny("250000.00"));
    }

    @Test
    void test_compute_stressedLimitFromMonteCarlo() {
        // value ~ LogNormal with mean 10,000,000 and sd 2,000,000; stressed at the 5th percentile
        ValuationModel model = new ValuationModel("asset", List.of("v"), "CNY", x -> x[0]);
        SimulationResult sim = ValuationMonteCarlo.DEFAULT.run(SimulationInputs.independent(model,
                List.of(new SimulationInput("v", InputDistribution.LogNormal.ofMeanAndStandardDeviation(10_000_000,
                        2_000_000))), MonteCarloSettings.of(20_000, 17)));
        StressedValue stressed = StressedValue.fromSimulation(sim, 0.05, Money.CNY);
        assertThat(stressed.value().toDouble()).isCloseTo(sim.percentile(0.05), offset(0.01));
        LoanLimitResult r = LoanLimit.DEFAULT.compute(new LoanLimitInputs(Money.cny("10000000.00"),
                CollateralClass.INCOME_WITH_CONTRACT_REVENUE, true, 80, 0.2, 60, 12, Optional.of(stressed)),
                PledgePolicy.DEFAULT);
        assertThat(r.unstressedLimit()).isEqualTo(Money.cny("5000000.00"));
        assertThat(r.stressedLimit()).isPresent();
        assertThat(r.loanLimit()).isEqualTo(r.stressedLimit().get());
        assertThat(r.loanLimit().toDouble()).isCloseTo(0.5 * stressed.value().toDouble(), offset(0.01));
        assertThat(r.explanation().resultStep().result().number()).isEqualByComparingTo(r.loanLimit().amount());
    }

    /** Property: the limit is non-decreasing in the appraised value and in every haircut factor. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void test_compute_monotone(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long minor = random.nextLong(100, 5_000_000_000L);
        boolean registered = random.nextBoolean();
        double quality = random.nextDouble(0, 100);
        double share = random.nextDouble(0, 1);
        int life = random.nextInt(0, 48);
        int term = random.nextInt(1, 24);
        LoanLimitInputs base = new LoanLimitInputs(Money.ofMinor(minor, Money.CNY),
                CollateralClass.INCOME_WITH_CONTRACT_REVENUE, registered, quality, share, life, term, Optional.empty());
        Money limit = LoanLimit.DEFAULT.compute(base, PledgePolicy.DEFAULT).loanLimit();
        // more value
        Money higher = LoanLimit.DEFAULT.compute(new LoanLimitInputs(Money.ofMinor(minor + random.nextLong(1, 1_000_000_000L),
                Money.CNY), base.collateral(), registered, quality, share, life, term, Optional.empty()),
                PledgePolicy.DEFAULT).loanLimit();
        assertThat(higher).isGreaterThanOrEqualTo(limit);
        // better quality, less concentration, longer life, registration
        Money better = LoanLimit.DEFAULT.compute(new LoanLimitInputs(base.appraisedValue(), base.collateral(), true,
                Math.min(100, quality + 10), Math.max(0, share - 0.2), life + 12, term, Optional.empty()),
                PledgePolicy.DEFAULT).loanLimit();
        assertThat(better).isGreaterThanOrEqualTo(limit);
        // harsher haircut factors
        PledgePolicy d = PledgePolicy.DEFAULT;
        PledgePolicy harsh = new PledgePolicy(d.incomeBaseLtv(), d.costBaseLtv(), d.maxLtv(),
                d.noRegistrationFactor() * 0.9, d.weakQualityThreshold(), d.weakQualityFactor() * 0.9,
                d.concentrationThreshold(), d.concentrationFactor() * 0.9, d.maxTermMonths(), d.ticketCap());
        assertThat(LoanLimit.DEFAULT.compute(base, harsh).loanLimit()).isLessThanOrEqualTo(limit);
        assertThat(limit).isLessThanOrEqualTo(d.ticketCap());
    }

    @Test
    void test_inputs_nonPositiveValue() {
        assertThatThrownBy(() -> request("0", true, 80, 0.1, 12, 12)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("appraisedValue");
    }

    @Test
    void test_inputs_qualityOutOfRange() {
        assertThatThrownBy(() -> request("1.00", true, 101, 0.1, 12, 12)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("qualityScore");
    }

    @Test
    void test_inputs_shareOutOfRange() {
        assertThatThrownBy(() -> request("1.00", true, 80, 1.1, 12, 12)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("largestCustomerShare");
    }

    @Test
    void test_inputs_termTooShortOrLong() {
        assertThatThrownBy(() -> request("1.00", true, 80, 0.1, 12, 0)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("requestedTermMonths");
        assertThatThrownBy(() -> request("1.00", true, 80, 0.1, 12, 601)).isInstanceOf(LimitExceededException.class)
                .extracting("field").isEqualTo("requestedTermMonths");
    }

    @Test
    void test_inputs_negativeRemainingLife() {
        assertThatThrownBy(() -> request("1.00", true, 80, 0.1, -1, 12)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("remainingLifeMonths");
    }

    @Test
    void test_policy_baseLtvAboveMax() {
        assertThatThrownBy(() -> new PledgePolicy(0.7, 0.25, 0.6, 0.8, 60, 0.8, 0.5, 0.85, 12, Money.cny("1")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("incomeBaseLtv");
    }

    @Test
    void test_policy_factorAboveOne() {
        assertThatThrownBy(() -> new PledgePolicy(0.5, 0.25, 0.6, 1.2, 60, 0.8, 0.5, 0.85, 12, Money.cny("1")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("noRegistrationFactor");
    }

    @Test
    void test_policy_nonPositiveTicketCap() {
        assertThatThrownBy(() -> new PledgePolicy(0.5, 0.25, 0.6, 0.8, 60, 0.8, 0.5, 0.85, 12, Money.cny("0")))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("ticketCap");
    }

    @Test
    void test_stressedValue_percentileOutOfRange() {
        assertThatThrownBy(() -> new StressedValue(1, Money.cny("1"))).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("percentile");
    }
}
