package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.api.pricing.PricingMapper;

import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.money.Money;
import org.dataprice.pricing.negotiation.Offer;
import java.util.List;


/**
 * The mapper of the stateless pricing computations (bargaining, price curves, query prices, negotiation simulation, price caps): JSON requests and stored rows to core records
 * ({@code org.dataprice.pricing}) and back. Stateless; static methods only. The money and instant helpers
 * shared by every workflow are in {@link PricingMapper}.
 */
public final class PricingComputeMapper {
    private PricingComputeMapper() {
    }

    /**
     * @param request a bargaining request
     * @return the benchmark solution
     */
    public static org.dataprice.pricing.bargaining.BargainingSolution bargain(BargainingRequest request) {
        var problem = new org.dataprice.pricing.bargaining.BargainingProblem(request.sellerReserve().toMoney("sellerReserve"),
                request.buyerReserve().toMoney("buyerReserve"));
        var models = org.dataprice.pricing.bargaining.BargainingBenchmarks.DEFAULT;
        boolean generalized = request.method() == BargainingRequest.Method.GENERALIZED_NASH;
        boolean rubinstein = request.method() == BargainingRequest.Method.RUBINSTEIN;
        onlyFor(generalized, request.sellerPower(), "sellerPower", "GENERALIZED_NASH");
        onlyFor(rubinstein, request.sellerDelta(), "sellerDelta", "RUBINSTEIN");
        onlyFor(rubinstein, request.buyerDelta(), "buyerDelta", "RUBINSTEIN");
        onlyFor(rubinstein, request.first(), "first", "RUBINSTEIN");
        return switch (request.method()) {
            case NASH -> models.nash(problem);
            case KALAI_SMORODINSKY -> models.kalaiSmorodinsky(problem);
            case GENERALIZED_NASH -> models.generalizedNash(problem,
                    org.dataprice.error.Require.notNull(request.sellerPower(), "sellerPower"));
            // the core's joint rule δs·δb < 1 is reported on the request's second factor, buyerDelta
            case RUBINSTEIN -> org.dataprice.api.json.CoreFields.renamed("sellerDelta*buyerDelta", "buyerDelta",
                    () -> models.rubinstein(problem,
                            org.dataprice.error.Require.notNull(request.sellerDelta(), "sellerDelta"),
                            org.dataprice.error.Require.notNull(request.buyerDelta(), "buyerDelta"),
                            org.dataprice.error.Require.notNull(request.first(), "first")));
        };
    }

    /**
     * @param solution a benchmark solution
     * @return the response
     */
    public static BargainingResponse toResponse(org.dataprice.pricing.bargaining.BargainingSolution solution) {
        return new BargainingResponse(MoneyJson.of(solution.price()), solution.sellerShare(),
                ExplanationResponse.from(solution.explanation()));
    }

    /**
     * @param request a price curve
     * @return the core curve; points validated with their JSON path
     */
    public static org.dataprice.pricing.model.PriceCurve toCurve(PriceCurveRequest request) {
        List<org.dataprice.pricing.model.PricePoint> points = new java.util.ArrayList<>(request.points().size());
        for (int i = 0; i < request.points().size(); i++) {
            PriceCurveRequest.Point p = request.points().get(i);
            try {
                points.add(new org.dataprice.pricing.model.PricePoint(p.variance(), p.price()));
            } catch (org.dataprice.error.DatapriceException e) {
                throw e.within("points[" + i + "]");
            }
        }
        return new org.dataprice.pricing.model.PriceCurve(points);
    }

    /**
     * @param check an arbitrage check
     * @return the response
     */
    public static ArbitrageCheckResponse toResponse(org.dataprice.pricing.model.ArbitrageCheck check) {
        return new ArbitrageCheckResponse(check.arbitrageFree(), check.violations(),
                ExplanationResponse.from(check.explanation()));
    }

    /**
     * @param fitted a fitted curve
     * @return the response
     */
    public static FittedCurveResponse toResponse(org.dataprice.pricing.model.FittedCurve fitted) {
        return new FittedCurveResponse(fitted.curve().points().stream()
                .map(p -> new PriceCurveRequest.Point(p.variance(), p.price())).toList(), fitted.distance(),
                fitted.iterations(), ExplanationResponse.from(fitted.explanation()));
    }

    /**
     * @param request a QIRANA request
     * @return the price and the history after the purchase
     */
    public static org.dataprice.pricing.query.QueryPrice queryPrice(QueryPriceRequest request) {
        org.dataprice.error.Require.that(request.worldAnswers().size() == request.weights().size(), "worldAnswers",
                request.worldAnswers().size(), org.dataprice.error.Rule.SIZE_MISMATCH, request.weights().size());
        double[] weights = request.weights().stream().mapToDouble(Double::doubleValue).toArray();
        long[] answers = request.worldAnswers().stream().mapToLong(Long::longValue).toArray();
        java.util.BitSet known = new java.util.BitSet(weights.length);
        List<Integer> history = request.history() == null ? List.of() : request.history();
        for (int i = 0; i < history.size(); i++) {
            org.dataprice.error.Require.inClosedRange(history.get(i), 0, weights.length - 1, "history[" + i + "]");
            known.set(history.get(i));
        }
        var support = org.dataprice.pricing.query.SupportSet.of(Money.currency(request.currency(), "currency"), weights);
        return org.dataprice.pricing.query.QiranaPricing.DEFAULT.price(support,
                org.dataprice.pricing.query.QueryAnswers.of(request.queryId(), request.actualAnswer(), answers),
                org.dataprice.pricing.query.PurchaseHistory.fromLongArray(known.toLongArray()));
    }

    /**
     * @param price a QIRANA price
     * @return the response
     */
    public static QueryPriceResponse toResponse(org.dataprice.pricing.query.QueryPrice price) {
        List<Integer> after = java.util.BitSet.valueOf(price.after().toLongArray()).stream().boxed().toList();
        return new QueryPriceResponse(MoneyJson.of(price.amount()), price.value(), after,
                ExplanationResponse.from(price.explanation()));
    }

    /**
     * @param request a simulation request
     * @return the simulated negotiation
     */
    public static org.dataprice.pricing.negotiation.NegotiationOutcome simulate(SimulationRequest request) {
        org.dataprice.pricing.negotiation.AdditiveUtility seller = utility(request.seller().utility(), "seller.utility");
        org.dataprice.pricing.negotiation.AdditiveUtility buyer = utility(request.buyer().utility(), "buyer.utility");
        var domain = org.dataprice.pricing.negotiation.NegotiationDomain.of(request.minPrice().toMoney("minPrice"),
                request.maxPrice().toMoney("maxPrice"), request.priceLevels(), request.licenceMonths(), seller, buyer);
        return org.dataprice.pricing.negotiation.NegotiationSimulator.DEFAULT.simulate(domain,
                agent(request.seller(), seller, "seller"), agent(request.buyer(), buyer, "buyer"), request.rounds(),
                request.first());
    }

    /**
     * No silent drop: a field the chosen variant does not read is refused (422 {@code invalid-state} on its path)
     * rather than ignored.
     *
     * @param used    true when the chosen variant reads the field
     * @param value   the field's value; null when absent
     * @param field   its JSON path
     * @param variant the variant that reads it
     */
    private static void onlyFor(boolean used, Object value, String field, String variant) {
        org.dataprice.error.Require.that(used || value == null, field, value, org.dataprice.error.Rule.INVALID_STATE,
                "only for " + variant);
    }

    static org.dataprice.pricing.negotiation.AdditiveUtility utility(SimulationRequest.Utility u, String path) {
        try {
            boolean multi = u.priceWeight() != null;
            String reason = "a multi-issue utility (with priceWeight)";
            onlyFor(multi, u.termWeight(), "termWeight", reason);
            onlyFor(multi, u.termWorst(), "termWorst", reason);
            onlyFor(multi, u.termBest(), "termBest", reason);
            onlyFor(multi, u.scopeWeight(), "scopeWeight", reason);
            onlyFor(multi, u.scopeValues(), "scopeValues", reason);
            onlyFor(multi, u.frequencyWeight(), "frequencyWeight", reason);
            onlyFor(multi, u.frequencyValues(), "frequencyValues", reason);
            onlyFor(multi, u.deliveryWeight(), "deliveryWeight", reason);
            onlyFor(multi, u.deliveryValues(), "deliveryValues", reason);
            if (!multi) {
                return org.dataprice.pricing.negotiation.AdditiveUtility.priceOnly(u.priceWorst(), u.priceBest(),
                        u.reservationValue(), u.discountFactor());
            }
            return new org.dataprice.pricing.negotiation.AdditiveUtility(u.priceWeight(), u.priceWorst(), u.priceBest(),
                    required(u.termWeight(), "termWeight"), required(u.termWorst(), "termWorst"),
                    required(u.termBest(), "termBest"), required(u.scopeWeight(), "scopeWeight"),
                    org.dataprice.error.Require.notNull(u.scopeValues(), "scopeValues"),
                    required(u.frequencyWeight(), "frequencyWeight"),
                    org.dataprice.error.Require.notNull(u.frequencyValues(), "frequencyValues"),
                    required(u.deliveryWeight(), "deliveryWeight"),
                    org.dataprice.error.Require.notNull(u.deliveryValues(), "deliveryValues"), u.reservationValue(),
                    u.discountFactor());
        } catch (org.dataprice.error.DatapriceException e) {
            throw e.within(path);
        }
    }

    private static double required(Double value, String field) {
        return org.dataprice.error.Require.notNull(value, field);
    }

    static org.dataprice.pricing.negotiation.NegotiationAgent agent(SimulationRequest.Agent agent,
            org.dataprice.pricing.negotiation.AdditiveUtility utility, String path) {
        try {
            SimulationRequest.TacticJson t = agent.tactic();
            boolean timeDependent = t.type() == SimulationRequest.TacticJson.Kind.TIME_DEPENDENT;
            onlyFor(timeDependent, t.curve(), "tactic.curve", "TIME_DEPENDENT");
            onlyFor(timeDependent, t.e(), "tactic.e", "TIME_DEPENDENT");
            onlyFor(timeDependent, t.k(), "tactic.k", "TIME_DEPENDENT");
            onlyFor(!timeDependent, t.reciprocity(), "tactic.reciprocity", "TIT_FOR_TAT");
            SimulationRequest.Acceptance.Kind kind = agent.acceptance().type();
            onlyFor(kind == SimulationRequest.Acceptance.Kind.NEXT, agent.acceptance().a(), "acceptance.a", "NEXT");
            onlyFor(kind == SimulationRequest.Acceptance.Kind.NEXT, agent.acceptance().b(), "acceptance.b", "NEXT");
            onlyFor(kind != SimulationRequest.Acceptance.Kind.NEXT, agent.acceptance().threshold(), "acceptance.threshold",
                    "CONST and COMBI");
            onlyFor(kind == SimulationRequest.Acceptance.Kind.COMBI, agent.acceptance().time(), "acceptance.time", "COMBI");
            org.dataprice.pricing.negotiation.Tactic tactic = switch (t.type()) {
                case TIME_DEPENDENT -> new org.dataprice.pricing.negotiation.TimeDependentTactic(
                        t.curve() == null ? org.dataprice.pricing.negotiation.ConcessionCurve.POLYNOMIAL : t.curve(),
                        required(t.e(), "tactic.e"), t.k() == null ? 0 : t.k());
                case TIT_FOR_TAT -> new org.dataprice.pricing.negotiation.TitForTatTactic(
                        required(t.reciprocity(), "tactic.reciprocity"));
            };
            SimulationRequest.Acceptance a = agent.acceptance();
            org.dataprice.pricing.negotiation.AcceptanceCondition acceptance = switch (a.type()) {
                case NEXT -> new org.dataprice.pricing.negotiation.AcceptanceCondition.Next(
                        a.a() == null ? 1 : a.a(), a.b() == null ? 0 : a.b());
                case CONST -> new org.dataprice.pricing.negotiation.AcceptanceCondition.Const(
                        required(a.threshold(), "acceptance.threshold"));
                case COMBI -> org.dataprice.pricing.negotiation.AcceptanceCondition.combi(
                        required(a.time(), "acceptance.time"), required(a.threshold(), "acceptance.threshold"));
            };
            return new org.dataprice.pricing.negotiation.NegotiationAgent(utility, tactic, acceptance);
        } catch (org.dataprice.error.DatapriceException e) {
            throw e.within(path);
        }
    }

    /**
     * @param outcome a simulated negotiation
     * @return the response
     */
    public static SimulationResponse toResponse(org.dataprice.pricing.negotiation.NegotiationOutcome outcome) {
        List<SimulationResponse.SimulatedOffer> trace = outcome.trace().stream()
                .map(t -> simulated(t.round(), t.proposer().name(), t.offer(), t.sellerUtility(), t.buyerUtility()))
                .toList();
        SimulationResponse.SimulatedOffer agreement = outcome.agreement()
                .map(o -> simulated(outcome.round(), null, o, outcome.sellerUtility(), outcome.buyerUtility()))
                .orElse(null);
        return new SimulationResponse(outcome.agreed(), agreement, outcome.round(), outcome.sellerUtility(),
                outcome.buyerUtility(), outcome.sellerDiscounted(), outcome.buyerDiscounted(), outcome.distanceToNash(),
                outcome.distanceToPareto(), trace, ExplanationResponse.from(outcome.explanation()));
    }

    private static SimulationResponse.SimulatedOffer simulated(int round, String proposer, Offer o, double us,
                                                               double ub) {
        return new SimulationResponse.SimulatedOffer(round, proposer, MoneyJson.of(o.price()), o.licenceMonths(),
                o.scope().name(), o.frequency().name(), o.delivery().name(), us, ub);
    }

    /**
     * Computes MAR, derives the caps and checks Σ cap × volume ≤ MAR.
     *
     * @param request the operator's figures and products
     * @return the response
     */
    public static PriceCapsResponse priceCaps(PriceCapsRequest request) {
        var inputs = new org.dataprice.pricing.tariff.AllowedRevenueInputs(request.indicatorCost().toMoney("indicatorCost"),
                request.base().toMoney("base"), request.allowedReturn(), request.tax().toMoney("tax"),
                request.priorActualRevenue().toMoney("priorActualRevenue"),
                request.priorAllowedRevenue().toMoney("priorAllowedRevenue"));
        var mar = org.dataprice.pricing.tariff.AllowedRevenue.DEFAULT.compute(inputs);
        List<org.dataprice.pricing.tariff.ProductForecast> products = new java.util.ArrayList<>();
        for (int i = 0; i < request.products().size(); i++) {
            PriceCapsRequest.Product p = request.products().get(i);
            try {
                products.add(new org.dataprice.pricing.tariff.ProductForecast(p.productId(), p.forecastVolume(),
                        p.revenueWeight()));
            } catch (org.dataprice.error.DatapriceException e) {
                throw e.within("products[" + i + "]");
            }
        }
        var caps = org.dataprice.pricing.tariff.PriceCaps.DEFAULT.fromAllowedRevenue(mar.maximum(), products,
                Boolean.TRUE.equals(request.trial()));
        Money total = org.dataprice.pricing.tariff.PriceCaps.DEFAULT.check(mar.maximum(), caps);
        return new PriceCapsResponse(MoneyJson.of(mar.allowedProfit()), MoneyJson.of(mar.clawback()),
                MoneyJson.of(mar.maximum()), MoneyJson.of(total), caps.stream()
                .map(c -> new PriceCapsResponse.Cap(c.productId(), MoneyJson.of(c.cap()), c.forecastVolume(), c.trial()))
                .toList(), ExplanationResponse.from(mar.explanation()));
    }
}
