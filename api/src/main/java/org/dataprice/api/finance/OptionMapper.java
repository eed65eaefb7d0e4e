package org.dataprice.api.finance;

import org.dataprice.api.json.CoreFields;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.finance.lattice.BinomialInputs;
import org.dataprice.finance.lattice.BinomialResult;
import org.dataprice.finance.lattice.CrrProbability;
import org.dataprice.finance.lattice.RealOptionFeature;
import org.dataprice.finance.lattice.RealOptionInputs;
import org.dataprice.finance.lattice.RealOptionResult;
import org.dataprice.finance.montecarlo.ControlVariate;
import org.dataprice.finance.montecarlo.MonteCarloInputs;
import org.dataprice.finance.montecarlo.MonteCarloResult;
import org.dataprice.finance.montecarlo.Payoff;
import org.dataprice.finance.option.BlackScholesInputs;
import org.dataprice.finance.option.BlackScholesResult;
import org.dataprice.finance.option.ImpliedVolatilityInputs;
import org.dataprice.finance.option.ImpliedVolatilityResult;
import org.dataprice.finance.option.OptionType;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON ↔ core records for the option endpoints (Black–Scholes–Merton, binomial trees and real
 * options, Monte Carlo). Fields that only some variants need are checked here, naming the JSON path
 * ({@code payoff.fixings}, {@code realOptions[0].investmentCost}). Stateless.
 */
public final class OptionMapper {
    private OptionMapper() {
    }

    /**
     * @param request the request; exactly one of volatility and market price
     * @return true when the implied volatility is asked for
     */
    public static boolean implied(BlackScholesRequest request) {
        if (request.volatility() == null && request.marketPrice() == null) {
            throw new InvalidInputException("volatility", null, Rule.INVALID_STATE,
                    "give either volatility (price and greeks) or marketPrice (implied volatility)");
        }
        if (request.volatility() != null && request.marketPrice() != null) {
            throw new InvalidInputException("marketPrice", request.marketPrice(), Rule.INVALID_STATE,
                    "give either volatility or marketPrice, not both");
        }
        return request.marketPrice() != null;
    }

    /**
     * @param request    the request
     * @param volatility σ to price at
     * @return the core inputs
     */
    public static BlackScholesInputs toInputs(BlackScholesRequest request, double volatility) {
        return new BlackScholesInputs(request.type(), request.spot(), request.strike(), request.rate(),
                orZero(request.dividendYield()), volatility, request.expiry());
    }

    /**
     * @param request the request, with a market price
     * @return the core implied-volatility inputs
     */
    public static ImpliedVolatilityInputs toImpliedInputs(BlackScholesRequest request) {
        try {
            return new ImpliedVolatilityInputs(request.type(), request.marketPrice(), request.spot(), request.strike(),
                    request.rate(), orZero(request.dividendYield()), request.expiry());
        } catch (DatapriceException e) {
            throw CoreFields.rename(e, "price", "marketPrice");
        }
    }

    /**
     * @param price      the priced result
     * @param volatility the σ it was priced at
     * @param solved     the implied-volatility solve, or null
     * @return the JSON form
     */
    public static BlackScholesResponse toResponse(BlackScholesResult price, double volatility,
                                                  ImpliedVolatilityResult solved) {
        return new BlackScholesResponse(volatility, price.price(), price.delta(), price.gamma(), price.vega(),
                price.theta(), price.rho(),
                solved == null ? null : new BlackScholesResponse.ImpliedVolatilityResponse(solved.volatility(),
                        solved.evaluations(), ExplanationResponse.from(solved.explanation())),
                ExplanationResponse.from(price.explanation()));
    }

    /**
     * @param request a vanilla binomial request
     * @return the core inputs
     */
    public static BinomialInputs toBinomialInputs(BinomialRequest request) {
        required(request.type(), "type");
        required(request.exercise(), "exercise");
        required(request.strike(), "strike");
        return new BinomialInputs(request.type(), request.exercise(), request.spot(), request.strike(), request.rate(),
                orZero(request.dividendYield()), request.volatility(), request.expiry(), request.steps(),
                probability(request.probability()));
    }

    /**
     * @param request a binomial request with real-option features
     * @return the core inputs
     */
    public static RealOptionInputs toRealOptionInputs(BinomialRequest request) {
        absent(request.type(), "type");
        absent(request.exercise(), "exercise");
        absent(request.strike(), "strike");
        absent(request.oddEvenAveraging(), "oddEvenAveraging");
        // the same bounds as the core's, under the JSON names (spot = V0, dividendYield = leakage, expiry = horizon)
        new BlackScholesInputs(OptionType.CALL, request.spot(), request.spot(), request.rate(),
                orZero(request.dividendYield()), request.volatility(), request.expiry());
        List<RealOptionFeature> features = new ArrayList<>();
        for (int i = 0; i < request.realOptions().size(); i++) {
            try {
                features.add(toFeature(request.realOptions().get(i)));
            } catch (DatapriceException e) {
                throw e.within("realOptions[" + i + "]");
            }
        }
        try {
            return new RealOptionInputs(request.spot(), request.volatility(), request.rate(),
                    orZero(request.dividendYield()), request.expiry(), request.steps(), features,
                    probability(request.probability()));
        } catch (DatapriceException e) {
            throw CoreFields.rename(e, "features", "realOptions");
        }
    }

    private static RealOptionFeature toFeature(RealOptionFeatureRequest f) {
        switch (f.kind()) {
            case DEFER -> onlyUses(f, true, false, false, false, false);
            case EXPAND -> onlyUses(f, false, true, true, false, false);
            case ABANDON -> onlyUses(f, false, false, false, true, false);
            case SWITCH -> onlyUses(f, false, false, true, false, true);
            default -> throw new IllegalStateException(f.kind().name());
        }
        return switch (f.kind()) {
            case DEFER -> new RealOptionFeature.Defer(required(f.investmentCost(), "investmentCost"));
            case EXPAND -> new RealOptionFeature.Expand(required(f.factor(), "factor"), orZero(f.cost()));
            case ABANDON -> new RealOptionFeature.Abandon(required(f.salvage(), "salvage"));
            case SWITCH -> new RealOptionFeature.Switch(required(f.ratio(), "ratio"), orZero(f.cost()));
        };
    }

    /** Rejects a parameter the feature does not use, so that a misplaced figure is not silently ignored. */
    private static void onlyUses(RealOptionFeatureRequest f, boolean investmentCost, boolean factor, boolean cost,
                                 boolean salvage, boolean ratio) {
        if (!investmentCost) {
            absent(f.investmentCost(), "investmentCost");
        }
        if (!factor) {
            absent(f.factor(), "factor");
        }
        if (!cost) {
            absent(f.cost(), "cost");
        }
        if (!salvage) {
            absent(f.salvage(), "salvage");
        }
        if (!ratio) {
            absent(f.ratio(), "ratio");
        }
    }

    /**
     * @param result a vanilla tree result
     * @return the JSON form
     */
    public static BinomialResponse toResponse(BinomialResult result) {
        return new BinomialResponse("VANILLA", result.price(), result.delta(), result.gamma(), null, null, null,
                result.up(), result.down(), result.probability(), result.steps(),
                ExplanationResponse.from(result.explanation()));
    }

    /**
     * @param result a real-option tree result
     * @return the JSON form
     */
    public static BinomialResponse toResponse(RealOptionResult result) {
        return new BinomialResponse("REAL_OPTION", null, null, null, result.expandedValue(), result.staticValue(),
                result.optionPremium(), result.up(), result.down(), result.probability(), result.steps(),
                ExplanationResponse.from(result.explanation()));
    }

    /**
     * @param request the request
     * @param threads worker threads (from configuration; the figures do not depend on it)
     * @return the core inputs
     */
    public static MonteCarloInputs toMonteCarloInputs(MonteCarloRequest request, int threads) {
        Payoff payoff;
        try {
            payoff = toPayoff(request.payoff());
        } catch (DatapriceException e) {
            throw e.within("payoff");
        }
        ControlVariate control = request.controlVariate() == null ? ControlVariate.NONE : request.controlVariate();
        return new MonteCarloInputs(request.spot(), request.rate(), orZero(request.dividendYield()),
                request.volatility(), request.expiry(), payoff, request.paths(), request.seed(),
                Boolean.TRUE.equals(request.antithetic()), control, threads);
    }

    private static Payoff toPayoff(PayoffRequest p) {
        return switch (p.kind()) {
            case EUROPEAN -> {
                absent(p.fixings(), "fixings");
                absent(p.barrier(), "barrier");
                absent(p.barrierKind(), "barrierKind");
                yield new Payoff.European(p.type(), p.strike());
            }
            case ARITHMETIC_ASIAN -> {
                absent(p.barrier(), "barrier");
                absent(p.barrierKind(), "barrierKind");
                yield new Payoff.ArithmeticAsian(p.type(), p.strike(), required(p.fixings(), "fixings"));
            }
            case GEOMETRIC_ASIAN -> {
                absent(p.barrier(), "barrier");
                absent(p.barrierKind(), "barrierKind");
                yield new Payoff.GeometricAsian(p.type(), p.strike(), required(p.fixings(), "fixings"));
            }
            case BARRIER -> new Payoff.Barrier(p.type(), p.strike(), required(p.barrier(), "barrier"),
                    required(p.barrierKind(), "barrierKind"), required(p.fixings(), "fixings"));
        };
    }

    /**
     * @param result the core result
     * @return the JSON form
     */
    public static MonteCarloResponse toResponse(MonteCarloResult result) {
        return new MonteCarloResponse(result.price(), result.standardError(), result.lower95(), result.upper95(),
                result.paths(), result.seed(), result.controlBeta(), result.warnings(),
                MonteCarloDiagnosticsResponse.from(result.diagnostics()), ExplanationResponse.from(result.explanation()));
    }

    private static CrrProbability probability(CrrProbability p) {
        return p == null ? CrrProbability.TEXTBOOK : p;
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, null, Rule.NOT_NULL);
        }
        return value;
    }

    private static void absent(Object value, String field) {
        CoreFields.absent(value, field);
    }
}
