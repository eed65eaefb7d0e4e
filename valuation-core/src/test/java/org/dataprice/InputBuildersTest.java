package org.dataprice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.finance.lattice.BinomialInputs;
import org.dataprice.finance.lattice.CrrProbability;
import org.dataprice.finance.lattice.ExerciseStyle;
import org.dataprice.finance.lattice.RealOptionFeature;
import org.dataprice.finance.lattice.RealOptionInputs;
import org.dataprice.finance.montecarlo.ControlVariate;
import org.dataprice.finance.montecarlo.MonteCarloInputs;
import org.dataprice.finance.montecarlo.Payoff;
import org.dataprice.finance.option.BlackScholesInputs;
import org.dataprice.finance.option.ImpliedVolatilityInputs;
import org.dataprice.finance.option.OptionType;
import org.dataprice.money.Money;
import org.dataprice.valuation.market.ComparableTransaction;
import org.dataprice.valuation.market.DataRight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The named builders of the input records with many same-typed numbers: a fully named build equals the
 * positional constructor, the documented defaults apply, and every figure without a default, left unset, is
 * refused as {@link Rule#MISSING} naming that figure (never a silent zero).
 */
class InputBuildersTest {

    @Test
    void test_blackScholes_namedEqualsPositional_dividendYieldDefaultsToZero() {
        BlackScholesInputs named = BlackScholesInputs.builder().type(OptionType.PUT).spot(100).strike(95).rate(0.03)
                .volatility(0.25).expiry(0.5).build();
        assertThat(named).isEqualTo(new BlackScholesInputs(OptionType.PUT, 100, 95, 0.03, 0, 0.25, 0.5));
        assertThat(BlackScholesInputs.builder().type(OptionType.CALL).spot(100).strike(95).rate(0.03).dividendYield(0.01)
                .volatility(0.25).expiry(0.5).build().dividendYield()).isEqualTo(0.01);
    }

    @Test
    void test_impliedVolatility_namedEqualsPositional() {
        assertThat(ImpliedVolatilityInputs.builder().type(OptionType.CALL).price(10.45).spot(100).strike(100).rate(0.05)
                .expiry(1).build()).isEqualTo(new ImpliedVolatilityInputs(OptionType.CALL, 10.45, 100, 100, 0.05, 0, 1));
    }

    @Test
    void test_binomial_namedEqualsPositional_probabilityDefaultsToTextbook() {
        assertThat(BinomialInputs.builder().type(OptionType.PUT).exercise(ExerciseStyle.AMERICAN).spot(50).strike(52)
                .rate(0.05).volatility(0.3).expiry(2).steps(500).build())
                .isEqualTo(new BinomialInputs(OptionType.PUT, ExerciseStyle.AMERICAN, 50, 52, 0.05, 0, 0.3, 2, 500,
                        CrrProbability.TEXTBOOK));
    }

    @Test
    void test_realOption_featuresInOrder_leakageDefaultsToZero() {
        RealOptionInputs named = RealOptionInputs.builder().assetValue(100).volatility(0.3).rate(0.05).horizon(3).steps(300)
                .feature(new RealOptionFeature.Expand(1.3, 10)).feature(new RealOptionFeature.Abandon(60)).build();
        assertThat(named).isEqualTo(new RealOptionInputs(100, 0.3, 0.05, 0, 3, 300,
                List.of(new RealOptionFeature.Expand(1.3, 10), new RealOptionFeature.Abandon(60)), CrrProbability.TEXTBOOK));
        assertThatThrownBy(() -> RealOptionInputs.builder().assetValue(100).volatility(0.3).rate(0.05).horizon(3).steps(300).build())
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("features"));
    }

    @Test
    void test_monteCarlo_namedEqualsPositional_defaults() {
        Payoff payoff = new Payoff.European(OptionType.CALL, 100);
        assertThat(MonteCarloInputs.builder().spot(100).rate(0.05).volatility(0.2).expiry(1).payoff(payoff).paths(10_000)
                .seed(42).build())
                .isEqualTo(new MonteCarloInputs(100, 0.05, 0, 0.2, 1, payoff, 10_000, 42, false, ControlVariate.NONE, 1));
    }

    @Test
    void test_comparable_namedEqualsPositional_adjustmentsDefaultToNone() {
        LocalDate date = LocalDate.of(2026, 1, 15);
        assertThat(ComparableTransaction.builder().id("WDE-2026-001").price(Money.cny("900000")).date(date)
                .right(DataRight.PRODUCT_OPERATION).volume(900_000).quality(0.8).priceIndex(1040).similarity(0.9).build())
                .isEqualTo(new ComparableTransaction("WDE-2026-001", Money.cny("900000"), date, DataRight.PRODUCT_OPERATION,
                        900_000, 0.8, 1, 1, 1040, 0.9));
    }

    /** Each builder, fully set except the one figure named: that figure is reported missing. */
    static Stream<Arguments> unsetFigures() {
        Payoff payoff = new Payoff.European(OptionType.CALL, 100);
        LocalDate date = LocalDate.of(2026, 1, 15);
        return Stream.of(
                Arguments.of("spot", (Supplier<?>) () -> BlackScholesInputs.builder().type(OptionType.CALL).strike(1).rate(0)
                        .volatility(0.2).expiry(1).build()),
                Arguments.of("type", (Supplier<?>) () -> BlackScholesInputs.builder().spot(1).strike(1).rate(0)
                        .volatility(0.2).expiry(1).build()),
                Arguments.of("volatility", (Supplier<?>) () -> BlackScholesInputs.builder().type(OptionType.CALL).spot(1)
                        .strike(1).rate(0).expiry(1).build()),
                Arguments.of("price", (Supplier<?>) () -> ImpliedVolatilityInputs.builder().type(OptionType.CALL).spot(1)
                        .strike(1).rate(0).expiry(1).build()),
                Arguments.of("steps", (Supplier<?>) () -> BinomialInputs.builder().type(OptionType.CALL)
                        .exercise(ExerciseStyle.EUROPEAN).spot(1).strike(1).rate(0).volatility(0.2).expiry(1).build()),
                Arguments.of("horizon", (Supplier<?>) () -> RealOptionInputs.builder().assetValue(1).volatility(0.2).rate(0)
                        .steps(10).feature(new RealOptionFeature.Abandon(1)).build()),
                Arguments.of("seed", (Supplier<?>) () -> MonteCarloInputs.builder().spot(100).rate(0.05).volatility(0.2)
                        .expiry(1).payoff(payoff).paths(10_000).build()),
                Arguments.of("paths", (Supplier<?>) () -> MonteCarloInputs.builder().spot(100).rate(0.05).volatility(0.2)
                        .expiry(1).payoff(payoff).seed(1).build()),
                Arguments.of("priceIndex", (Supplier<?>) () -> ComparableTransaction.builder().id("A").price(Money.cny("1"))
                        .date(date).right(DataRight.PRODUCT_OPERATION).volume(1).quality(1).similarity(1).build()),
                Arguments.of("similarity", (Supplier<?>) () -> ComparableTransaction.builder().id("A").price(Money.cny("1"))
                        .date(date).right(DataRight.PRODUCT_OPERATION).volume(1).quality(1).priceIndex(100).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsetFigures")
    void test_unsetFigure_isMissing(String field, Supplier<?> build) {
        assertThatThrownBy(build::get).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field))
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).isEqualTo(Rule.MISSING));
    }

    @Test
    void test_builtValues_areValidatedLikeTheConstructor() {
        assertThatThrownBy(() -> BlackScholesInputs.builder().type(OptionType.CALL).spot(-1).strike(1).rate(0)
                .volatility(0.2).expiry(1).build()).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("spot"));
    }
}
