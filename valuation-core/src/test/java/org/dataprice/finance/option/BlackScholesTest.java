package org.dataprice.finance.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.dataprice.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BlackScholesTest {
    /** QuantLib's tolerance for Haug's 4-decimal values. */
    private static final double HAUG_TOLERANCE = 1e-4;
    /** Finite differences with central steps: truncation ~h^2. */
    private static final double FD_TOLERANCE = 1e-5;
    private static final BlackScholes SUT = BlackScholes.DEFAULT;

    private static BlackScholesInputs in(OptionType type, double k, double s, double q, double r, double t, double v) {
        return new BlackScholesInputs(type, s, k, r, q, v, t);
    }

    /**
     * Haug, Option Pricing Formulas (1998) pp. 2-8, 24, 27, as tabulated in QuantLib
     * test-suite/europeanoption.cpp testValues (commit 02f7b8c); t is an exact Actual/360 fraction there.
     */
    @ParameterizedTest(name = "{0} K={1} S={2} q={3} r={4} t={5} v={6} -> {7}")
    @CsvSource({
        "CALL, 65, 60, 0.00, 0.08, 0.25, 0.30, 2.1334",
        "PUT, 95, 100, 0.05, 0.10, 0.50, 0.20, 2.4648",
        "PUT, 19, 19, 0.10, 0.10, 0.75, 0.28, 1.7011",
        "CALL, 19, 19, 0.10, 0.10, 0.75, 0.28, 1.7011",
        "CALL, 1.60, 1.56, 0.08, 0.06, 0.50, 0.12, 0.0291",
        "PUT, 70, 75, 0.05, 0.10, 0.50, 0.35, 4.0870",
        "CALL, 100, 90, 0.10, 0.10, 0.10, 0.15, 0.0205",
        "CALL, 100, 110, 0.10, 0.10, 0.10, 0.35, 11.1381",
        "CALL, 100, 100, 0.10, 0.10, 0.50, 0.25, 6.6997",
        "CALL, 100, 90, 0.10, 0.10, 0.50, 0.35, 4.9329",
        "PUT, 100, 90, 0.10, 0.10, 0.10, 0.15, 9.9210",
        "PUT, 100, 110, 0.10, 0.10, 0.10, 0.15, 0.0408",
        "PUT, 100, 110, 0.10, 0.10, 0.50, 0.35, 5.7963",
        "PUT, 100, 90, 0.10, 0.10, 0.50, 0.35, 14.4452",
        "CALL, 40, 42, 0.08, 0.04, 0.75, 0.35, 5.0975"
    })
    void test_price_haug(OptionType type, double k, double s, double q, double r, double t, double v, double expected) {
        BlackScholesResult res = SUT.price(in(type, k, s, q, r, t, v));
        assertThat(res.price()).as("Haug %s K=%s S=%s", type, k, s).isCloseTo(expected, offset(HAUG_TOLERANCE));
        assertThat(res.explanation().resultStep().key()).isEqualTo(OptionSteps.PRICE);
        assertThat(res.explanation().resultStep().result().doubleValue()).isEqualTo(res.price());
    }

    /** Haug (1998) pp. 11-16, as in QuantLib europeanoption.cpp testGreekValues. */
    @Test
    void test_greeks_haug() {
        assertThat(SUT.price(in(OptionType.CALL, 100, 105, 0.10, 0.10, 0.5, 0.36)).delta()).isCloseTo(0.5946, offset(HAUG_TOLERANCE));
        assertThat(SUT.price(in(OptionType.PUT, 100, 105, 0.10, 0.10, 0.5, 0.36)).delta()).isCloseTo(-0.3566, offset(HAUG_TOLERANCE));
        assertThat(SUT.price(in(OptionType.CALL, 60, 55, 0, 0.10, 0.75, 0.30)).gamma()).isCloseTo(0.0278, offset(HAUG_TOLERANCE));
        assertThat(SUT.price(in(OptionType.PUT, 60, 55, 0, 0.10, 0.75, 0.30)).gamma()).isCloseTo(0.0278, offset(HAUG_TOLERANCE));
        assertThat(SUT.price(in(OptionType.CALL, 60, 55, 0, 0.10, 0.75, 0.30)).vega()).isCloseTo(18.9358, offset(HAUG_TOLERANCE));
        assertThat(SUT.price(in(OptionType.PUT, 60, 55, 0, 0.10, 0.75, 0.30)).vega()).isCloseTo(18.9358, offset(HAUG_TOLERANCE));
        BlackScholesResult theta = SUT.price(in(OptionType.PUT, 405, 430, 0.05, 0.07, 1.0 / 12, 0.20));
        assertThat(theta.theta()).isCloseTo(-31.1924, offset(HAUG_TOLERANCE));
        assertThat(theta.theta() / 365).isCloseTo(-0.0855, offset(HAUG_TOLERANCE));
        assertThat(SUT.price(in(OptionType.CALL, 75, 72, 0, 0.09, 1, 0.19)).rho()).isCloseTo(38.7325, offset(HAUG_TOLERANCE));
    }

    /** Hull, OFOD 9th ed. (2015), Example 15.6: S=42, K=40, r=10%, sigma=20%, T=0.5 -> c = 4.76, p = 0.81. */
    @Test
    void test_price_hullExample15_6() {
        assertThat(SUT.price(in(OptionType.CALL, 40, 42, 0, 0.1, 0.5, 0.2)).price()).isCloseTo(4.76, offset(0.005));
        assertThat(SUT.price(in(OptionType.PUT, 40, 42, 0, 0.1, 0.5, 0.2)).price()).isCloseTo(0.81, offset(0.005));
    }

    static IntStream seeds() {
        return IntStream.range(0, 30);
    }

    private static BlackScholesInputs random(int seed, OptionType type) {
        SplittableRandom g = new SplittableRandom(seed);
        return new BlackScholesInputs(type, g.nextDouble(20, 200), g.nextDouble(20, 200), g.nextDouble(-0.02, 0.1),
                g.nextDouble(0, 0.08), g.nextDouble(0.05, 0.8), g.nextDouble(0.05, 5));
    }

    /** Put–call parity C − P = S e^-qT − K e^-rT (Hull 9th ed. eq. 17.10 with yield). */
    @ParameterizedTest
    @MethodSource("seeds")
    void test_price_putCallParity(int seed) {
        BlackScholesInputs c = random(seed, OptionType.CALL);
        BlackScholesInputs p = random(seed, OptionType.PUT);
        double lhs = SUT.price(c).price() - SUT.price(p).price();
        double rhs = c.spot() * Math.exp(-c.dividendYield() * c.expiry()) - c.strike() * Math.exp(-c.rate() * c.expiry());
        assertThat(lhs).isCloseTo(rhs, offset(1e-10 * c.spot()));
    }

    /** Every greek against central finite differences of the price. */
    @ParameterizedTest
    @MethodSource("seeds")
    void test_greeks_FD(int seed) {
        for (OptionType type : OptionType.values()) {
            BlackScholesInputs x = random(seed, type);
            BlackScholesResult res = SUT.price(x);
            boolean call = type == OptionType.CALL;
            double s = x.spot();
            double k = x.strike();
            double r = x.rate();
            double q = x.dividendYield();
            double v = x.volatility();
            double t = x.expiry();
            double hs = 1e-4 * s;
            double delta = (BlackScholes.price(call, s + hs, k, r, q, v, t) - BlackScholes.price(call, s - hs, k, r, q, v, t)) / (2 * hs);
            double gamma = (BlackScholes.price(call, s + hs, k, r, q, v, t) - 2 * BlackScholes.price(call, s, k, r, q, v, t)
                    + BlackScholes.price(call, s - hs, k, r, q, v, t)) / (hs * hs);
            double h = 1e-5;
            double vega = (BlackScholes.price(call, s, k, r, q, v + h, t) - BlackScholes.price(call, s, k, r, q, v - h, t)) / (2 * h);
            double theta = -(BlackScholes.price(call, s, k, r, q, v, t + h) - BlackScholes.price(call, s, k, r, q, v, t - h)) / (2 * h);
            double rho = (BlackScholes.price(call, s, k, r + h, q, v, t) - BlackScholes.price(call, s, k, r - h, q, v, t)) / (2 * h);
            assertThat(res.delta()).isCloseTo(delta, offset(FD_TOLERANCE));
            assertThat(res.gamma()).isCloseTo(gamma, offset(1e-4));
            assertThat(res.vega()).isCloseTo(vega, offset(FD_TOLERANCE * Math.max(1, vega)));
            assertThat(res.theta()).isCloseTo(theta, offset(FD_TOLERANCE * Math.max(1, Math.abs(theta))));
            assertThat(res.rho()).isCloseTo(rho, offset(FD_TOLERANCE * Math.max(1, Math.abs(rho))));
        }
    }

    /** Round trip sigma -> price -> sigma, including deep in and out of the money. */
    @ParameterizedTest(name = "{0} K={1} sigma={2}")
    @CsvSource({
        "CALL, 100, 0.2", "PUT, 100, 0.2", "CALL, 30, 0.25", "PUT, 30, 0.25", "CALL, 300, 0.25", "PUT, 300, 0.25",
        "CALL, 10, 0.5", "PUT, 1000, 0.5", "CALL, 1000, 3.0", "PUT, 100, 0.01", "CALL, 70, 0.15"
    })
    void test_impliedVolatility_roundTrip(OptionType type, double k, double sigma) {
        double s = 100;
        double price = BlackScholes.price(type == OptionType.CALL, s, k, 0.05, 0.02, sigma, 1);
        ImpliedVolatilityResult r = SUT.impliedVolatility(new ImpliedVolatilityInputs(type, price, s, k, 0.05, 0.02, 1));
        assertThat(r.volatility()).isCloseTo(sigma, offset(1e-6 * Math.max(1, sigma)));
        assertThat(r.explanation().resultStep().result().doubleValue()).isEqualTo(r.volatility());
    }

    @Test
    void test_impliedVolatility_priceOutsideBounds() {
        // a call above S e^-qT and below intrinsic value
        assertThatThrownBy(() -> SUT.impliedVolatility(new ImpliedVolatilityInputs(OptionType.CALL, 101, 100, 100, 0.05, 0, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("price"));
        assertThatThrownBy(() -> SUT.impliedVolatility(new ImpliedVolatilityInputs(OptionType.CALL, 40, 100, 60, 0.05, 0, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("price"));
        assertThatThrownBy(() -> SUT.impliedVolatility(new ImpliedVolatilityInputs(OptionType.PUT, 0, 100, 60, 0.05, 0, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("price"));
    }

    @ParameterizedTest
    @CsvSource({"spot, 0, 100, 0.2, 1", "strike, 100, -1, 0.2, 1", "volatility, 100, 100, 0, 1",
        "volatility, 100, 100, 11, 1", "expiry, 100, 100, 0.2, 0", "expiry, 100, 100, 0.2, 101"})
    void test_inputs_invalid(String field, double s, double k, double v, double t) {
        assertThatThrownBy(() -> new BlackScholesInputs(OptionType.CALL, s, k, 0.05, 0, v, t))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void test_inputs_invalidRatesAndType() {
        assertThatThrownBy(() -> new BlackScholesInputs(null, 1, 1, 0, 0, 0.2, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThatThrownBy(() -> new BlackScholesInputs(OptionType.PUT, 1, 1, 2, 0, 0.2, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rate"));
        assertThatThrownBy(() -> new BlackScholesInputs(OptionType.PUT, 1, 1, 0, Double.NaN, 0.2, 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dividendYield"));
    }

    /** Deep tails: N(-d) taken from erfc, so a far OTM put stays positive and tiny. */
    @Test
    void test_price_deepOutOfTheMoneyTail() {
        double p = SUT.price(in(OptionType.PUT, 10, 100, 0, 0.05, 1, 0.2)).price();
        assertThat(p).isGreaterThanOrEqualTo(0).isLessThan(1e-25);
        assertThat(BlackScholes.normalCdf(-30)).isCloseTo(4.906713927148187e-198, offset(1e-210));
    }
}
