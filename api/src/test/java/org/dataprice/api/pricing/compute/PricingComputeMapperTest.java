package org.dataprice.api.pricing.compute;

import org.dataprice.api.pricing.MoneyJson;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;
import org.dataprice.money.Money;
import org.dataprice.pricing.negotiation.AcceptanceCondition;
import org.dataprice.pricing.negotiation.AdditiveUtility;
import org.dataprice.pricing.negotiation.ConcessionCurve;
import org.dataprice.pricing.negotiation.NegotiationAgent;
import org.dataprice.pricing.negotiation.Role;
import org.dataprice.pricing.negotiation.TimeDependentTactic;
import org.dataprice.pricing.negotiation.TitForTatTactic;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No silent data drops in {@link PricingComputeMapper}: every field of a fully populated request reaches the core
 * record (multi-issue utility, each tactic and acceptance condition, curve points, the QIRANA history, price-cap
 * products), the core's figures come back in the response, and a field the chosen variant does not read is refused
 * (422 {@code invalid-state} on its JSON path), never ignored.
 */
class PricingComputeMapperTest {
    private static final SimulationRequest.Utility MULTI = new SimulationRequest.Utility(0, 100, 0.4, 0.9, 0.4, 0.2,
            1.0, 24.0, 0.2, List.of(1.0, 0.6, 0.1), 0.1, List.of(0.0, 0.2, 0.5, 0.8, 1.0), 0.1, List.of(0.3, 1.0, 0.6));
    private static final SimulationRequest.Utility PRICE_ONLY = new SimulationRequest.Utility(0, 100, 0.4, 0.9, null,
            null, null, null, null, null, null, null, null, null);

    @Test
    void test_utility_multiIssue_everyFieldReachesTheCore() {
        AdditiveUtility u = PricingComputeMapper.utility(MULTI, "seller.utility");
        assertThat(u).isEqualTo(new AdditiveUtility(0.4, 0, 100, 0.2, 1.0, 24.0, 0.2, List.of(1.0, 0.6, 0.1), 0.1,
                List.of(0.0, 0.2, 0.5, 0.8, 1.0), 0.1, List.of(0.3, 1.0, 0.6), 0.4, 0.9));
        assertThat(PricingComputeMapper.utility(PRICE_ONLY, "seller.utility"))
                .isEqualTo(AdditiveUtility.priceOnly(0, 100, 0.4, 0.9));
    }

    @Test
    void test_utility_priceOnlyWithAnIssueField_isRefusedNotDropped() {
        List<UnaryOperator<SimulationRequest.Utility>> withOne = List.of(
                u -> new SimulationRequest.Utility(0, 100, 0.4, 0.9, null, 0.2, null, null, null, null, null, null, null, null),
                u -> new SimulationRequest.Utility(0, 100, 0.4, 0.9, null, null, null, null, null, null, null, null, null,
                        List.of(0.3, 1.0, 0.6)));
        List<String> fields = List.of("buyer.utility.termWeight", "buyer.utility.deliveryValues");
        for (int i = 0; i < withOne.size(); i++) {
            SimulationRequest.Utility u = withOne.get(i).apply(PRICE_ONLY);
            assertThatThrownBy(() -> PricingComputeMapper.utility(u, "buyer.utility"))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting("field", "rule").containsExactly(fields.get(i), Rule.INVALID_STATE);
        }
    }

    private static NegotiationAgent agent(SimulationRequest.TacticJson tactic, SimulationRequest.Acceptance acceptance) {
        return PricingComputeMapper.agent(new SimulationRequest.Agent(PRICE_ONLY, tactic, acceptance),
                AdditiveUtility.priceOnly(0, 100, 0.4, 0.9), "seller");
    }

    @Test
    void test_agent_everyTacticAndAcceptanceField_reachesTheCore() {
        NegotiationAgent a = agent(new SimulationRequest.TacticJson(SimulationRequest.TacticJson.Kind.TIME_DEPENDENT,
                        ConcessionCurve.EXPONENTIAL, 0.2, 0.1, null),
                new SimulationRequest.Acceptance(SimulationRequest.Acceptance.Kind.NEXT, 1.02, 0.01, null, null));
        assertThat(a.tactic()).isEqualTo(new TimeDependentTactic(ConcessionCurve.EXPONENTIAL, 0.2, 0.1));
        assertThat(a.acceptance()).isEqualTo(new AcceptanceCondition.Next(1.02, 0.01));

        NegotiationAgent b = agent(new SimulationRequest.TacticJson(SimulationRequest.TacticJson.Kind.TIT_FOR_TAT,
                        null, null, null, 0.7),
                new SimulationRequest.Acceptance(SimulationRequest.Acceptance.Kind.COMBI, null, null, 0.6, 0.9));
        assertThat(b.tactic()).isEqualTo(new TitForTatTactic(0.7));
        assertThat(b.acceptance()).isEqualTo(AcceptanceCondition.combi(0.9, 0.6));

        NegotiationAgent c = agent(new SimulationRequest.TacticJson(SimulationRequest.TacticJson.Kind.TIME_DEPENDENT,
                        null, 1.0, null, null),
                new SimulationRequest.Acceptance(SimulationRequest.Acceptance.Kind.CONST, null, null, 0.55, null));
        assertThat(c.tactic()).isEqualTo(new TimeDependentTactic(ConcessionCurve.POLYNOMIAL, 1.0, 0));
        assertThat(c.acceptance()).isEqualTo(new AcceptanceCondition.Const(0.55));
    }

    @Test
    void test_agent_fieldOfAnotherVariant_isRefusedNotDropped() {
        SimulationRequest.TacticJson linear = new SimulationRequest.TacticJson(
                SimulationRequest.TacticJson.Kind.TIME_DEPENDENT, null, 1.0, null, null);
        SimulationRequest.Acceptance next = new SimulationRequest.Acceptance(SimulationRequest.Acceptance.Kind.NEXT,
                null, null, null, null);
        List<Object[]> cases = List.of(
                new Object[] {new SimulationRequest.TacticJson(SimulationRequest.TacticJson.Kind.TIME_DEPENDENT, null, 1.0,
                        null, 0.5), next, "seller.tactic.reciprocity"},
                new Object[] {new SimulationRequest.TacticJson(SimulationRequest.TacticJson.Kind.TIT_FOR_TAT, null, 1.0,
                        null, 0.5), next, "seller.tactic.e"},
                new Object[] {linear, new SimulationRequest.Acceptance(SimulationRequest.Acceptance.Kind.NEXT, null, null,
                        0.5, null), "seller.acceptance.threshold"},
                new Object[] {linear, new SimulationRequest.Acceptance(SimulationRequest.Acceptance.Kind.CONST, 1.1, null,
                        0.5, null), "seller.acceptance.a"},
                new Object[] {linear, new SimulationRequest.Acceptance(SimulationRequest.Acceptance.Kind.CONST, null, null,
                        0.5, 0.9), "seller.acceptance.time"},
                new Object[] {linear, new SimulationRequest.Acceptance(SimulationRequest.Acceptance.Kind.COMBI, null, 0.1,
                        0.5, 0.9), "seller.acceptance.b"});
        for (Object[] c : cases) {
            assertThatThrownBy(() -> agent((SimulationRequest.TacticJson) c[0], (SimulationRequest.Acceptance) c[1]))
                    .as((String) c[2]).isInstanceOf(InvalidInputException.class)
                    .extracting("field", "rule").containsExactly(c[2], Rule.INVALID_STATE);
        }
    }

    private static BargainingRequest bargaining(BargainingRequest.Method method, Double power, Double sd, Double bd,
                                                Role first) {
        return new BargainingRequest(method, new MoneyJson(new BigDecimal("100"), "CNY"),
                new MoneyJson(new BigDecimal("200"), "CNY"), power, sd, bd, first);
    }

    @Test
    void test_bargain_everyParameterIsUsed_orRefused() {
        assertThat(PricingComputeMapper.bargain(bargaining(BargainingRequest.Method.GENERALIZED_NASH, 0.25, null, null,
                null)).price()).isEqualTo(Money.cny("125"));
        assertThat(PricingComputeMapper.toResponse(PricingComputeMapper.bargain(bargaining(BargainingRequest.Method.NASH,
                null, null, null, null))).price().toMoney("p")).isEqualTo(Money.cny("150"));
        List<Object[]> cases = List.of(
                new Object[] {bargaining(BargainingRequest.Method.NASH, 0.25, null, null, null), "sellerPower"},
                new Object[] {bargaining(BargainingRequest.Method.GENERALIZED_NASH, 0.25, 0.9, null, null), "sellerDelta"},
                new Object[] {bargaining(BargainingRequest.Method.KALAI_SMORODINSKY, null, null, 0.9, null), "buyerDelta"},
                new Object[] {bargaining(BargainingRequest.Method.NASH, null, null, null, Role.SELLER), "first"},
                new Object[] {bargaining(BargainingRequest.Method.RUBINSTEIN, 0.5, 0.9, 0.9, Role.SELLER), "sellerPower"});
        for (Object[] c : cases) {
            assertThatThrownBy(() -> PricingComputeMapper.bargain((BargainingRequest) c[0])).as((String) c[1])
                    .isInstanceOf(InvalidInputException.class)
                    .extracting("field", "rule").containsExactly(c[1], Rule.INVALID_STATE);
        }
    }

    @Test
    void test_curve_pointsRoundTrip() {
        List<PriceCurveRequest.Point> points = List.of(new PriceCurveRequest.Point(0.5, 40), new PriceCurveRequest.Point(
                1.0, 25.5), new PriceCurveRequest.Point(4.0, 10));
        var curve = PricingComputeMapper.toCurve(new PriceCurveRequest(points));
        assertThat(curve.points().stream().map(p -> new PriceCurveRequest.Point(p.variance(), p.price())).toList())
                .isEqualTo(points);
    }

    @Test
    void test_queryPrice_historySurvivesIntoAfter() {
        QueryPriceRequest request = new QueryPriceRequest("CNY", List.of(1.0, 2.0, 3.0, 4.0), "q1", 7,
                List.of(7L, 7L, 8L, 9L), List.of(3));
        QueryPriceResponse response = PricingComputeMapper.toResponse(PricingComputeMapper.queryPrice(request));
        assertThat(response.historyAfter()).contains(3).contains(2, 3).doesNotContain(0, 1);
        assertThat(response.price().toMoney("price").currency().getCurrencyCode()).isEqualTo("CNY");
    }

    @Test
    void test_priceCaps_everyProductAndFigure() {
        PriceCapsRequest request = new PriceCapsRequest(new MoneyJson(new BigDecimal("1000000"), "CNY"),
                new MoneyJson(new BigDecimal("5000000"), "CNY"), 0.06, new MoneyJson(new BigDecimal("50000"), "CNY"),
                new MoneyJson(new BigDecimal("1400000"), "CNY"), new MoneyJson(new BigDecimal("1300000"), "CNY"),
                List.of(new PriceCapsRequest.Product("weather-api", 1_000_000, 0.6),
                        new PriceCapsRequest.Product("traffic-file", 50_000, 0.4)), true);
        PriceCapsResponse r = PricingComputeMapper.priceCaps(request);
        assertThat(r.allowedRevenue().toMoney("m")).isEqualTo(Money.cny("1250000"));
        assertThat(r.clawback().toMoney("c")).isEqualTo(Money.cny("100000"));
        assertThat(r.caps()).extracting(PriceCapsResponse.Cap::productId).containsExactly("weather-api", "traffic-file");
        assertThat(r.caps()).extracting(PriceCapsResponse.Cap::forecastVolume).containsExactly(1_000_000L, 50_000L);
        assertThat(r.caps()).extracting(PriceCapsResponse.Cap::trial).containsExactly(true, true);
    }
}
