package org.dataprice.api.finance;

import org.dataprice.api.json.CoreFields;
import jakarta.inject.Singleton;
import org.dataprice.error.DatapriceException;
import org.dataprice.finance.cashflow.CashFlows;
import org.dataprice.finance.cashflow.InternalRateOfReturn;
import org.dataprice.finance.cashflow.NetPresentValue;
import org.dataprice.finance.montecarlo.MonteCarloInputs;
import org.dataprice.finance.option.BlackScholes;
import org.dataprice.finance.option.BlackScholesResult;
import org.dataprice.finance.option.ImpliedVolatilityResult;

/**
 * Runs the stateless finance computations: maps the request, calls the core model (with the
 * configured limits) and maps the result. Stores nothing; thread-safe.
 */
@Singleton
public class FinanceService {
    private final FinanceModels models;

    /** @param models the core models with the configured limits */
    public FinanceService(FinanceModels models) {
        this.models = models;
    }

    /**
     * @param request periodic or dated flows, rate and compounding
     * @return the NPV
     */
    public NpvResponse npv(NpvRequest request) {
        var compounding = CashFlowMapper.toCompounding(request.compounding());
        if (CashFlowMapper.dated(request)) {
            return CashFlowMapper.toResponse(NetPresentValue.DEFAULT.xnpv(
                    CashFlowMapper.toDatedCashFlows(request.flows()), request.rate(), compounding));
        }
        return CashFlowMapper.toResponse(NetPresentValue.DEFAULT.npv(
                CashFlowMapper.toCashFlows(request.amounts(), request.periodsPerYear()), request.rate(), compounding));
    }

    /**
     * @param request periodic flows and an optional guess
     * @return every root, and the one nearest the guess
     */
    public IrrResponse irr(IrrRequest request) {
        CashFlows flows = CashFlowMapper.toCashFlows(request.amounts(), request.periodsPerYear());
        double guess = request.guess() == null ? InternalRateOfReturn.DEFAULT_GUESS : request.guess();
        try {
            return CashFlowMapper.toResponse(InternalRateOfReturn.DEFAULT.irr(flows, guess));
        } catch (DatapriceException e) {
            throw CoreFields.rename(CoreFields.rename(e, "flows", "amounts"), "irr", "amounts");
        }
    }

    /**
     * @param request dated flows and an optional guess
     * @return every root, and the one nearest the guess
     */
    public IrrResponse xirr(XirrRequest request) {
        var flows = CashFlowMapper.toDatedCashFlows(request.flows());
        double guess = request.guess() == null ? InternalRateOfReturn.DEFAULT_GUESS : request.guess();
        try {
            return CashFlowMapper.toResponse(InternalRateOfReturn.DEFAULT.xirr(flows, guess));
        } catch (DatapriceException e) {
            throw CoreFields.rename(e, "irr", "flows");
        }
    }

    /**
     * @param request the option, with a volatility or a market price
     * @return price and greeks, and the implied volatility when a market price was given
     */
    public BlackScholesResponse blackScholes(BlackScholesRequest request) {
        if (!OptionMapper.implied(request)) {
            BlackScholesResult price = BlackScholes.DEFAULT.price(OptionMapper.toInputs(request, request.volatility()));
            return OptionMapper.toResponse(price, request.volatility(), null);
        }
        ImpliedVolatilityResult solved;
        try {
            solved = BlackScholes.DEFAULT.impliedVolatility(OptionMapper.toImpliedInputs(request));
        } catch (DatapriceException e) {
            throw CoreFields.rename(CoreFields.rename(e, "price", "marketPrice"), "volatility", "marketPrice");
        }
        BlackScholesResult price = BlackScholes.DEFAULT.price(OptionMapper.toInputs(request, solved.volatility()));
        return OptionMapper.toResponse(price, solved.volatility(), solved);
    }

    /**
     * @param request a vanilla option or a real option
     * @return the tree value
     */
    public BinomialResponse binomial(BinomialRequest request) {
        if (request.realOptions() != null) {
            return OptionMapper.toResponse(models.realOptions().value(OptionMapper.toRealOptionInputs(request)));
        }
        var inputs = OptionMapper.toBinomialInputs(request);
        return OptionMapper.toResponse(Boolean.TRUE.equals(request.oddEvenAveraging())
                ? models.tree().oddEvenAverage(inputs) : models.tree().price(inputs));
    }

    /**
     * @param request the option, paths and seed
     * @return the estimate with its standard error and 95 % interval
     */
    public MonteCarloResponse monteCarlo(MonteCarloRequest request) {
        MonteCarloInputs inputs = OptionMapper.toMonteCarloInputs(request, models.limits().getMonteCarloThreads());
        models.limits().checkPaths(inputs.paths());
        models.limits().checkPathSteps(inputs.paths(), inputs.payoff().fixings());
        return OptionMapper.toResponse(models.monteCarlo().price(inputs));
    }
}
