package org.dataprice.finance.option;

import org.dataprice.explain.StepKey;

/** The step keys of the Black–Scholes–Merton explanations. */
public final class OptionSteps {
    /** d1. */
    public static final StepKey D1 = StepKey.of("option.d1", "d1");
    /** d2. */
    public static final StepKey D2 = StepKey.of("option.d2", "d2");
    /** N(±d1). */
    public static final StepKey N_D1 = StepKey.of("option.nd1", "N(d1) for a call, N(-d1) for a put");
    /** N(±d2). */
    public static final StepKey N_D2 = StepKey.of("option.nd2", "N(d2) for a call, N(-d2) for a put");
    /** The discount factors. */
    public static final StepKey DISCOUNT = StepKey.of("option.discount", "Discount factors exp(-rT), exp(-qT)");
    /** Delta. */
    public static final StepKey DELTA = StepKey.of("option.delta", "Delta dV/dS");
    /** Gamma. */
    public static final StepKey GAMMA = StepKey.of("option.gamma", "Gamma d2V/dS2");
    /** Vega. */
    public static final StepKey VEGA = StepKey.of("option.vega", "Vega dV/dsigma (per 1.00 of vol)");
    /** Theta. */
    public static final StepKey THETA = StepKey.of("option.theta", "Theta -dV/dT (per year)");
    /** Rho. */
    public static final StepKey RHO = StepKey.of("option.rho", "Rho dV/dr (per 1.00 of rate)");
    /** The no-arbitrage bounds of a price. */
    public static final StepKey PRICE_BOUNDS = StepKey.of("option.priceBounds", "No-arbitrage price bounds");
    /** The bracket of the implied-volatility solve. */
    public static final StepKey VOL_BRACKET = StepKey.of("option.volBracket", "Volatility bracket");
    /** The option price. */
    public static final StepKey PRICE = StepKey.of("option.price", "Option price V (期权价值)");
    /** The implied volatility. */
    public static final StepKey IMPLIED_VOLATILITY = StepKey.of("option.impliedVolatility", "Implied volatility");

    private OptionSteps() {
    }
}
