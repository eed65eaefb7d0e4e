package org.dataprice.api.finance;

import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.finance.cashflow.CashFlows;
import org.dataprice.finance.cashflow.Compounding;
import org.dataprice.finance.cashflow.DatedCashFlow;
import org.dataprice.finance.cashflow.DatedCashFlows;
import org.dataprice.finance.cashflow.IrrResult;
import org.dataprice.finance.cashflow.NpvResult;
import org.dataprice.error.DatapriceException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON ↔ core records for the cash-flow endpoints. Core errors come out with {@code field} set to
 * the JSON path ({@code amounts[3]}, {@code flows[2].date}, {@code compounding.periodsPerYear}).
 * Stateless.
 */
public final class CashFlowMapper {
    private CashFlowMapper() {
    }

    /**
     * @param amounts        periodic amounts; not null
     * @param periodsPerYear m, or null for 1
     * @return the core flows
     */
    public static CashFlows toCashFlows(List<BigDecimal> amounts, Integer periodsPerYear) {
        double[] a = new double[amounts.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = amounts.get(i).doubleValue();
        }
        return CashFlows.periodic(periodsPerYear == null ? 1 : periodsPerYear, a);
    }

    /**
     * @param flows the dated flows; not null
     * @return the core schedule
     */
    public static DatedCashFlows toDatedCashFlows(List<DatedFlowRequest> flows) {
        List<DatedCashFlow> out = new ArrayList<>(flows.size());
        for (int i = 0; i < flows.size(); i++) {
            DatedFlowRequest f = flows.get(i);
            try {
                out.add(new DatedCashFlow(f.date(), f.amount().doubleValue()));
            } catch (DatapriceException e) {
                throw e.within("flows[" + i + "]");
            }
        }
        return new DatedCashFlows(out);
    }

    /**
     * @param request the compounding, or null for annual
     * @return the core compounding
     */
    public static Compounding toCompounding(CompoundingRequest request) {
        if (request == null) {
            return Compounding.ANNUAL;
        }
        try {
            int m = switch (request.kind()) {
                case ANNUAL -> request.periodsPerYear() == null ? 1 : request.periodsPerYear();
                case CONTINUOUS -> request.periodsPerYear() == null ? 0 : request.periodsPerYear();
                case PERIODIC -> {
                    if (request.periodsPerYear() == null) {
                        throw new InvalidInputException("periodsPerYear", null, Rule.NOT_NULL);
                    }
                    yield request.periodsPerYear();
                }
            };
            return new Compounding(request.kind(), m);
        } catch (DatapriceException e) {
            throw e.within("compounding");
        }
    }

    /**
     * Checks that exactly one of {@code amounts} and {@code flows} is given.
     *
     * @param request the NPV request
     * @return true for dated flows, false for periodic amounts
     */
    public static boolean dated(NpvRequest request) {
        if (request.amounts() == null && request.flows() == null) {
            throw new InvalidInputException("amounts", null, Rule.INVALID_STATE,
                    "give either amounts (periodic) or flows (dated)");
        }
        if (request.amounts() != null && request.flows() != null) {
            throw new InvalidInputException("flows", "both given", Rule.INVALID_STATE,
                    "give either amounts (periodic) or flows (dated), not both");
        }
        if (request.flows() != null && request.periodsPerYear() != null) {
            throw new InvalidInputException("periodsPerYear", request.periodsPerYear(), Rule.INVALID_STATE,
                    "periodsPerYear applies to periodic amounts only");
        }
        return request.flows() != null;
    }

    /**
     * @param result the core NPV
     * @return its JSON form
     */
    public static NpvResponse toResponse(NpvResult result) {
        return new NpvResponse(result.value(), ExplanationResponse.from(result.explanation()));
    }

    /**
     * @param result the core IRR
     * @return its JSON form
     */
    public static IrrResponse toResponse(IrrResult result) {
        return new IrrResponse(result.rate(), result.roots(), result.signChanges(), result.unique(),
                result.proof().name(), result.scanLow(), result.scanHigh(), result.warnings(),
                ExplanationResponse.from(result.explanation()));
    }
}
