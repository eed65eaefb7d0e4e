package org.dataprice.finance.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;
import org.dataprice.finance.option.BlackScholes;
import org.dataprice.finance.option.OptionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonteCarloOptionPricerTest {
    /** Issue 4: a Monte Carlo value lies within 4 standard errors of the closed form. */
    private static final double STANDARD_ERRORS = 4;
    private static final MonteCarloOptionPricer SUT = MonteCarloOptionPricer.DEFAULT;

    private static MonteCarloInputs inputs(Payoff payoff, long paths, long seed, boolean antithetic, ControlVariate cv) {
        return new MonteCarloInputs(100, 0.05, 0.02, 0.2, 1, payoff, paths, seed, antithetic, cv, 1);
    }

    /** European call and put vs Black-Scholes-Merton, every variance-reduction setting. */
    @ParameterizedTest(name = "{0} antithetic={1} control={2}")
    @CsvSource({"CALL, false, NONE", "CALL, true, NONE", "CALL, false, TERMINAL_VALUE", "CALL, true, TERMINAL_VALUE",
        "PUT, false, NONE", "PUT, true, TERMINAL_VALUE"})
    void test_price_europeanWithinFourStandardErrors(OptionType type, boolean antithetic, ControlVariate cv) {
        MonteCarloResult r = SUT.price(inputs(new Payoff.European(type, 105), 200_000, 42, antithetic, cv));
        double bsm = BlackScholes.price(type == OptionType.CALL, 100, 105, 0.05, 0.02, 0.2, 1);
        assertThat(r.price()).isCloseTo(bsm, offset(STANDARD_ERRORS * r.standardError()));
        assertThat(r.standardError()).isGreaterThan(0).isLessThan(0.05);
        assertThat(r.lower95()).isCloseTo(r.price() - 1.959963984540054 * r.standardError(), offset(1e-12));
        assertThat(r.seed()).isEqualTo(42);
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.price());
    }

    /** The variance reductions do reduce the standard error. */
    @Test
    void test_price_varianceReductionShrinksStandardError() {
        Payoff call = new Payoff.European(OptionType.CALL, 100);
        double plain = SUT.price(inputs(call, 100_000, 7, false, ControlVariate.NONE)).standardError();
        double anti = SUT.price(inputs(call, 100_000, 7, true, ControlVariate.NONE)).standardError();
        double both = SUT.price(inputs(call, 100_000, 7, true, ControlVariate.TERMINAL_VALUE)).standardError();
        assertThat(anti).isLessThan(plain);
        assertThat(both).isLessThan(anti);
    }

    /** Same seed, any thread count: identical bits; another seed: another estimate. */
    @Test
    void test_price_deterministicAcrossThreads() {
        MonteCarloInputs in = inputs(new Payoff.ArithmeticAsian(OptionType.CALL, 100, 12), 100_000, 2024, true,
                ControlVariate.GEOMETRIC_ASIAN);
        MonteCarloResult one = SUT.price(in);
        MonteCarloResult two = SUT.price(in.withThreads(2));
        MonteCarloResult three = SUT.price(in.withThreads(3));
        assertThat(two.price()).isEqualTo(one.price());
        assertThat(three.price()).isEqualTo(one.price());
        assertThat(two.standardError()).isEqualTo(one.standardError());
        assertThat(SUT.price(inputs(new Payoff.ArithmeticAsian(OptionType.CALL, 100, 12), 100_000, 2025, true,
                ControlVariate.GEOMETRIC_ASIAN)).price()).isNotEqualTo(one.price());
    }

    /** Geometric Asian against its closed form (Kemna & Vorst 1990; discrete fixings, Glasserman 2004 §4.1). */
    @ParameterizedTest
    @CsvSource({"CALL, 12", "PUT, 12", "CALL, 1", "PUT, 50"})
    void test_price_geometricAsianClosedForm(OptionType type, int fixings) {
        MonteCarloResult r = SUT.price(inputs(new Payoff.GeometricAsian(type, 100, fixings), 100_000, 11, true,
                ControlVariate.NONE));
        double exact = GeometricAsianFormula.price(type, 100, 100, 0.05, 0.02, 0.2, 1, fixings);
        assertThat(r.price()).isCloseTo(exact, offset(STANDARD_ERRORS * r.standardError()));
    }

    /** With one fixing the geometric Asian is the European option. */
    @Test
    void test_geometricAsianFormula_oneFixingIsBlackScholes() {
        assertThat(GeometricAsianFormula.price(OptionType.CALL, 100, 95, 0.05, 0.02, 0.3, 2, 1))
                .isCloseTo(BlackScholes.price(true, 100, 95, 0.05, 0.02, 0.3, 2), offset(1e-12));
    }

    /**
     * Arithmetic Asian with the geometric control: the control estimate agrees with a plain estimate
     * from independent paths within 4 combined SEs, lies above the geometric value (AM-GM), and its SE is far smaller.
     */
    @Test
    void test_price_arithmeticAsianControlVariate() {
        Payoff asian = new Payoff.ArithmeticAsian(OptionType.CALL, 100, 12);
        MonteCarloResult cv = SUT.price(inputs(asian, 100_000, 5, false, ControlVariate.GEOMETRIC_ASIAN));
        MonteCarloResult plain = SUT.price(inputs(asian, 100_000, 6, false, ControlVariate.NONE));
        double combined = Math.hypot(cv.standardError(), plain.standardError());
        assertThat(cv.price()).isCloseTo(plain.price(), offset(STANDARD_ERRORS * combined));
        assertThat(cv.price()).isGreaterThan(GeometricAsianFormula.price(OptionType.CALL, 100, 100, 0.05, 0.02, 0.2, 1, 12));
        assertThat(cv.standardError()).isLessThan(plain.standardError() / 10);
    }

    /** In + out = vanilla on every path (same seed), for up and down barriers. */
    @ParameterizedTest
    @CsvSource({"UP_AND_IN, UP_AND_OUT, 120", "DOWN_AND_IN, DOWN_AND_OUT, 85"})
    void test_price_barrierInOutParity(BarrierKind in, BarrierKind out, double level) {
        double vIn = SUT.price(inputs(new Payoff.Barrier(OptionType.CALL, 100, level, in, 50), 20_000, 3, true,
                ControlVariate.NONE)).price();
        double vOut = SUT.price(inputs(new Payoff.Barrier(OptionType.CALL, 100, level, out, 50), 20_000, 3, true,
                ControlVariate.NONE)).price();
        MonteCarloResult vanilla = SUT.price(inputs(new Payoff.ArithmeticAsian(OptionType.CALL, 100, 50), 20_000, 3, true,
                ControlVariate.NONE));
        MonteCarloResult terminal = SUT.price(inputs(new Payoff.Barrier(OptionType.CALL, 100, 1e-9, BarrierKind.DOWN_AND_OUT, 50),
                20_000, 3, true, ControlVariate.NONE));
        assertThat(vIn + vOut).isCloseTo(terminal.price(), offset(1e-9));
        assertThat(vanilla.price()).isNotEqualTo(terminal.price());
        double bsm = BlackScholes.price(true, 100, 100, 0.05, 0.02, 0.2, 1);
        assertThat(terminal.price()).isCloseTo(bsm, offset(STANDARD_ERRORS * terminal.standardError()));
    }

    @Test
    void test_price_pathLimit() {
        MonteCarloInputs in = inputs(new Payoff.European(OptionType.CALL, 100), 1_000, 1, false, ControlVariate.NONE);
        assertThatThrownBy(() -> new MonteCarloOptionPricer(999).price(in))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("paths"));
        MonteCarloInputs big = inputs(new Payoff.European(OptionType.CALL, 100), 100_000_001L, 1, false, ControlVariate.NONE);
        assertThatThrownBy(() -> SUT.price(big))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("paths"));
    }

    @Test
    void test_inputs_invalid() {
        Payoff call = new Payoff.European(OptionType.CALL, 100);
        assertThatThrownBy(() -> inputs(call, 99, 1, false, ControlVariate.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("paths"));
        assertThatThrownBy(() -> inputs(call, 1001, 1, true, ControlVariate.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("paths"));
        assertThatThrownBy(() -> inputs(call, 1000, 1, true, ControlVariate.GEOMETRIC_ASIAN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("controlVariate"));
        assertThatThrownBy(() -> inputs(null, 1000, 1, true, ControlVariate.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("payoff"));
        assertThatThrownBy(() -> inputs(call, 1000, 1, true, ControlVariate.NONE).withThreads(0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("threads"));
        assertThatThrownBy(() -> new Payoff.Barrier(OptionType.CALL, 100, 0, BarrierKind.UP_AND_IN, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("barrier"));
        assertThatThrownBy(() -> new Payoff.ArithmeticAsian(OptionType.CALL, 100, 10_001))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("fixings"));
    }
}
