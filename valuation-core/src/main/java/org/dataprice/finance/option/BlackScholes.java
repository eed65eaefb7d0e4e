package org.dataprice.finance.option;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.dataprice.error.CalculationException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.explain.Explanation;
import org.dataprice.explain.Step;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;

/**
 * Black–Scholes–Merton (布莱克–斯科尔斯–默顿) value and greeks of a European option on an asset
 * with a continuous yield q, and the implied volatility of a quoted price.
 *
 * <p>Formulas (Hull, <i>Options, Futures, and Other Derivatives</i>, 9th ed. 2015, §17.4 eq. 17.4–17.5
 * and Table 19.6; Haug, <i>The Complete Guide to Option Pricing Formulas</i>, 2nd ed. 2007, §1.1–1.2):
 * <pre>
 * d1 = [ln(S/K) + (r − q + σ²/2) T] / (σ √T),   d2 = d1 − σ √T
 * call = S e^(−qT) N(d1) − K e^(−rT) N(d2)       put = K e^(−rT) N(−d2) − S e^(−qT) N(−d1)
 * delta = e^(−qT) N(d1)  |  −e^(−qT) N(−d1)
 * gamma = e^(−qT) n(d1) / (S σ √T)               vega = S e^(−qT) n(d1) √T   (per 1.00 of σ)
 * theta = −S e^(−qT) n(d1) σ / (2√T) ∓ r K e^(−rT) N(±d2) ± q S e^(−qT) N(±d1)   (per year, −∂V/∂T)
 * rho = ±K T e^(−rT) N(±d2)   (per 1.00 of r)
 * </pre>
 * N is the standard normal CDF from Commons Statistics (via the complementary error function,
 * accurate to a few ulps in both tails, so N(−d) is never computed as 1 − N(d)); n its density.
 *
 * <p><b>Implied volatility</b> inverts the price in σ: the quote is first checked against the
 * no-arbitrage bounds (call: max(S e^(−qT) − K e^(−rT), 0) &lt; C &lt; S e^(−qT); put: max(K e^(−rT) −
 * S e^(−qT), 0) &lt; P &lt; K e^(−rT)) and rejected outside them naming {@code price}; an in-the-money
 * quote is turned into the out-of-the-money one by put–call parity (same σ, no cancellation in the
 * time value); then Brent's method (Hipparchus {@link BrentSolver}) solves on σ in
 * [{@link #MIN_IMPLIED_VOLATILITY}, {@link BlackScholesInputs#MAX_VOLATILITY}], where the price is
 * increasing in σ. A time value below the rounding of the price (deep in or out of the money at tiny
 * σ) cannot identify σ and gives {@code noSolution}.
 *
 * <p>Edge cases: inputs are validated by the records (S, K, σ, T &gt; 0). A deep out-of-the-money
 * price that rounds below zero is reported as 0. Stateless and thread-safe; the kernel
 * {@link #priceAndGreeks} is allocation-free.
 */
public final class BlackScholes {
    /** The default instance. */
    public static final BlackScholes DEFAULT = new BlackScholes();
    /** Lower end of the implied-volatility bracket. */
    public static final double MIN_IMPLIED_VOLATILITY = 1e-6;
    /** Absolute accuracy of the implied volatility. */
    public static final double IMPLIED_VOLATILITY_ACCURACY = 1e-12;
    /** Evaluation budget of the implied-volatility solve. */
    static final int MAX_EVALUATIONS = 200;
    /** Index of the price in the kernel's output array. */
    public static final int PRICE = 0;
    /** Index of delta in the kernel's output array. */
    public static final int DELTA = 1;
    /** Index of gamma in the kernel's output array. */
    public static final int GAMMA = 2;
    /** Index of vega in the kernel's output array. */
    public static final int VEGA = 3;
    /** Index of theta in the kernel's output array. */
    public static final int THETA = 4;
    /** Index of rho in the kernel's output array. */
    public static final int RHO = 5;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final String SOURCE = "Hull, OFOD 9th ed., §17.4 and Table 19.6; Haug (2007) §1.1";

    /**
     * @param x a real number
     * @return the standard normal CDF N(x), accurate in both tails
     */
    public static double normalCdf(double x) {
        return STANDARD_NORMAL.cumulativeProbability(x);
    }

    /**
     * @param x a real number
     * @return the standard normal density n(x)
     */
    public static double normalPdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * The primitive kernel: price and the five greeks, allocation-free. Inputs are not validated.
     *
     * @param call true for a call, false for a put
     * @param s    spot &gt; 0
     * @param k    strike &gt; 0
     * @param r    rate per year
     * @param q    yield per year
     * @param vol  volatility &gt; 0
     * @param t    expiry &gt; 0, years
     * @param out  receives price, delta, gamma, vega, theta, rho at {@link #PRICE}..{@link #RHO}; length ≥ 6
     */
    public static void priceAndGreeks(boolean call, double s, double k, double r, double q, double vol, double t,
            double[] out) {
        double sqrtT = Math.sqrt(t);
        double volSqrtT = vol * sqrtT;
        double d1 = (Math.log(s / k) + (r - q + 0.5 * vol * vol) * t) / volSqrtT;
        double d2 = d1 - volSqrtT;
        double dfR = Math.exp(-r * t);
        double dfQ = Math.exp(-q * t);
        double sq = s * dfQ;
        double kr = k * dfR;
        double pdf = normalPdf(d1);
        double sign = call ? 1 : -1;
        double nd1 = normalCdf(sign * d1); // N(±d1)
        double nd2 = normalCdf(sign * d2); // N(±d2)
        out[PRICE] = Math.max(sign * (sq * nd1 - kr * nd2), 0);
        out[DELTA] = sign * dfQ * nd1;
        out[GAMMA] = dfQ * pdf / (s * volSqrtT);
        out[VEGA] = sq * pdf * sqrtT;
        out[THETA] = -sq * pdf * vol / (2 * sqrtT) + sign * (q * sq * nd1 - r * kr * nd2);
        out[RHO] = sign * kr * t * nd2;
    }

    /**
     * The primitive price only.
     *
     * @param call true for a call
     * @param s    spot &gt; 0
     * @param k    strike &gt; 0
     * @param r    rate
     * @param q    yield
     * @param vol  volatility &gt; 0
     * @param t    expiry &gt; 0
     * @return the price
     */
    public static double price(boolean call, double s, double k, double r, double q, double vol, double t) {
        double volSqrtT = vol * Math.sqrt(t);
        double d1 = (Math.log(s / k) + (r - q + 0.5 * vol * vol) * t) / volSqrtT;
        double d2 = d1 - volSqrtT;
        double sign = call ? 1 : -1;
        return Math.max(sign * (s * Math.exp(-q * t) * normalCdf(sign * d1) - k * Math.exp(-r * t) * normalCdf(sign * d2)), 0);
    }

    /**
     * Prices an option with its greeks and explanation.
     *
     * @param in the option; not null
     * @return price, greeks and explanation
     */
    public BlackScholesResult price(BlackScholesInputs in) {
        Require.notNull(in, "inputs");
        double[] g = new double[6];
        boolean call = in.type() == OptionType.CALL;
        double s = in.spot();
        double k = in.strike();
        double r = in.rate();
        double q = in.dividendYield();
        double vol = in.volatility();
        double t = in.expiry();
        priceAndGreeks(call, s, k, r, q, vol, t, g);
        double volSqrtT = vol * Math.sqrt(t);
        double d1 = (Math.log(s / k) + (r - q + 0.5 * vol * vol) * t) / volSqrtT;
        double d2 = d1 - volSqrtT;
        double sign = call ? 1 : -1;
        Explanation.Builder ex = Explanation.builder("finance.option.blackScholesMerton")
                .input("type", in.type().name()).input("spot", s, "").input("strike", k, "")
                .input("rate", r, "1/year").input("dividendYield", q, "1/year")
                .input("volatility", vol, "1/sqrt(year)").input("expiry", t, "year");
        ex.step(Step.builder(OptionSteps.D1).formula("d1 = [ln(S/K) + (r - q + sigma^2/2) T] / (sigma sqrt(T))")
                .result(d1, "").build());
        ex.step(Step.builder(OptionSteps.D2).formula("d2 = d1 - sigma sqrt(T)").result(d2, "").build());
        ex.step(Step.builder(OptionSteps.N_D1).formula(call ? "N(d1)" : "N(-d1)").result(normalCdf(sign * d1), "").build());
        ex.step(Step.builder(OptionSteps.N_D2).formula(call ? "N(d2)" : "N(-d2)").result(normalCdf(sign * d2), "").build());
        ex.step(Step.builder(OptionSteps.DISCOUNT).formula("exp(-rT), exp(-qT)").input("exp(-rT)", Math.exp(-r * t), "")
                .input("exp(-qT)", Math.exp(-q * t), "").result(Math.exp(-r * t), "").build());
        ex.step(Step.of(OptionSteps.DELTA, call ? "exp(-qT) N(d1)" : "-exp(-qT) N(-d1)", g[DELTA], ""));
        ex.step(Step.of(OptionSteps.GAMMA, "exp(-qT) n(d1) / (S sigma sqrt(T))", g[GAMMA], "1/currency"));
        ex.step(Step.of(OptionSteps.VEGA, "S exp(-qT) n(d1) sqrt(T)", g[VEGA], "per 1.00 vol"));
        ex.step(Step.of(OptionSteps.THETA, call ? "-S e^-qT n(d1) sigma/(2 sqrtT) - r K e^-rT N(d2) + q S e^-qT N(d1)"
                : "-S e^-qT n(d1) sigma/(2 sqrtT) + r K e^-rT N(-d2) - q S e^-qT N(-d1)", g[THETA], "per year"));
        ex.step(Step.of(OptionSteps.RHO, call ? "K T exp(-rT) N(d2)" : "-K T exp(-rT) N(-d2)", g[RHO], "per 1.00 rate"));
        ex.step(Step.builder(OptionSteps.PRICE).formula(call ? "S exp(-qT) N(d1) - K exp(-rT) N(d2)"
                : "K exp(-rT) N(-d2) - S exp(-qT) N(-d1)").result(g[PRICE], "").source(SOURCE).build());
        return new BlackScholesResult(g[PRICE], g[DELTA], g[GAMMA], g[VEGA], g[THETA], g[RHO], ex.build());
    }

    /**
     * The volatility that reprices a quote, after checking the quote against the no-arbitrage bounds.
     *
     * @param in the quote; not null
     * @return the implied volatility and its explanation
     * @throws InvalidInputException naming {@code price} when the quote is outside the bounds
     * @throws CalculationException when σ is not identifiable or lies above the maximum volatility
     */
    public ImpliedVolatilityResult impliedVolatility(ImpliedVolatilityInputs in) {
        Require.notNull(in, "inputs");
        double t = in.expiry();
        double sq = in.spot() * Math.exp(-in.dividendYield() * t);
        double kr = in.strike() * Math.exp(-in.rate() * t);
        boolean call = in.type() == OptionType.CALL;
        double lower = Math.max(call ? sq - kr : kr - sq, 0);
        double upper = call ? sq : kr;
        double price = in.price();
        Require.inOpenRange(price, lower, upper, "price");
        // an in-the-money quote becomes the out-of-the-money one by parity: C − P = S e^-qT − K e^-rT
        double otmPrice = price;
        boolean solveCall = call;
        if (call && sq > kr) {
            otmPrice = price - (sq - kr);
            solveCall = false;
        } else if (!call && kr > sq) {
            otmPrice = price - (kr - sq);
            solveCall = true;
        }
        final boolean c = solveCall;
        final double target = otmPrice;
        double s = in.spot();
        double k = in.strike();
        double r = in.rate();
        double q = in.dividendYield();
        Explanation.Builder ex = Explanation.builder("finance.option.impliedVolatility")
                .input("type", in.type().name()).input("price", price, "").input("spot", s, "")
                .input("strike", k, "").input("rate", r, "1/year").input("dividendYield", q, "1/year")
                .input("expiry", t, "year");
        ex.step(Step.builder(OptionSteps.PRICE_BOUNDS).formula(call ? "max(S e^-qT - K e^-rT, 0) < C < S e^-qT"
                : "max(K e^-rT - S e^-qT, 0) < P < K e^-rT").input("lower", lower, "").input("upper", upper, "")
                .result(price, "").build());
        double lo = MIN_IMPLIED_VOLATILITY;
        double hi = BlackScholesInputs.MAX_VOLATILITY;
        double fLo = price(c, s, k, r, q, lo, t) - target;
        double fHi = price(c, s, k, r, q, hi, t) - target;
        if (fLo >= 0) {
            throw CalculationException.noSolution("volatility", "the time value " + target
                    + " is below the price at sigma = " + lo + ", so sigma is not identifiable");
        }
        if (fHi <= 0) {
            throw CalculationException.noSolution("volatility", "the quote needs sigma above " + hi);
        }
        ex.step(Step.builder(OptionSteps.VOL_BRACKET).formula("V(sigma_lo) < quote < V(sigma_hi), out-of-the-money "
                + (c ? "call" : "put") + " by parity").input("sigmaLow", lo, "")
                .input("sigmaHigh", hi, "").input("otmPrice", target, "").result(hi - lo, "").build());
        BrentSolver solver = new BrentSolver(1e-15, IMPLIED_VOLATILITY_ACCURACY, 0);
        double vol;
        try {
            vol = solver.solve(MAX_EVALUATIONS, x -> price(c, s, k, r, q, x, t) - target, lo, hi);
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            throw CalculationException.noConvergence("volatility", solver.getEvaluations(), IMPLIED_VOLATILITY_ACCURACY);
        }
        ex.step(Step.builder(OptionSteps.IMPLIED_VOLATILITY).formula("V_BSM(sigma) = quote (Brent)")
                .input("evaluations", solver.getEvaluations(), "").result(vol, "1/sqrt(year)")
                .source("Brent, Algorithms for Minimization without Derivatives (1973) ch. 4; Hipparchus BrentSolver").build());
        return new ImpliedVolatilityResult(vol, solver.getEvaluations(), ex.build());
    }
}
