package org.dataprice.api.finance;

import org.dataprice.finance.lattice.BinomialInputs;
import org.dataprice.finance.lattice.BinomialResult;
import org.dataprice.finance.lattice.BinomialTree;
import org.dataprice.finance.lattice.CrrProbability;
import org.dataprice.finance.lattice.ExerciseStyle;
import org.dataprice.finance.lattice.RealOptionFeature;
import org.dataprice.finance.lattice.RealOptionInputs;
import org.dataprice.finance.lattice.RealOptionResult;
import org.dataprice.finance.montecarlo.ControlVariate;
import org.dataprice.finance.montecarlo.MonteCarloInputs;
import org.dataprice.finance.montecarlo.MonteCarloResult;
import org.dataprice.finance.montecarlo.Payoff;
import org.dataprice.finance.option.BlackScholes;
import org.dataprice.finance.option.BlackScholesInputs;
import org.dataprice.finance.option.BlackScholesResult;
import org.dataprice.finance.option.ImpliedVolatilityInputs;
import org.dataprice.finance.option.ImpliedVolatilityResult;
import org.dataprice.finance.option.OptionType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataprice.api.MapperRoundTrip.assertCarried;
import static org.dataprice.api.MapperRoundTrip.assertFullyPopulated;

/**
 * No silent data drops in {@link OptionMapper}: fully populated Black–Scholes, binomial (vanilla and real-option)
 * and Monte Carlo requests map to core inputs that carry every field (under the core's names: spot = V0,
 * dividendYield = leakage, expiry = horizon), and each result maps to a response that carries every figure.
 */
class OptionMapperTest {
    @Test
    void test_blackScholes_requestToCoreToResponse() {
        BlackScholesRequest r = new BlackScholesRequest(OptionType.PUT, 100.0, 95.0, 0.03, 0.01, 0.25, null, 1.5);
        assertFullyPopulated(r, Set.of("marketPrice"));
        assertThat(OptionMapper.implied(r)).isFalse();
        BlackScholesInputs in = OptionMapper.toInputs(r, r.volatility());
        assertCarried(r, in, Map.of(), Set.of("marketPrice"));

        BlackScholesResult price = BlackScholes.DEFAULT.price(in);
        BlackScholesRequest market = new BlackScholesRequest(OptionType.PUT, 100.0, 95.0, 0.03, 0.01, null, price.price(), 1.5);
        assertThat(OptionMapper.implied(market)).isTrue();
        ImpliedVolatilityInputs iv = OptionMapper.toImpliedInputs(market);
        assertCarried(market, iv, Map.of("marketPrice", "price"), Set.of("volatility"));
        ImpliedVolatilityResult solved = BlackScholes.DEFAULT.impliedVolatility(iv);

        BlackScholesResponse response = OptionMapper.toResponse(price, 0.25, solved);
        assertCarried(price, response, Map.of(), Set.of());
        assertCarried(solved, response.impliedVolatility(), Map.of(), Set.of());
        assertThat(response.volatility()).isEqualTo(0.25);
    }

    @Test
    void test_binomial_vanilla_requestToCoreToResponse() {
        BinomialRequest r = new BinomialRequest(OptionType.CALL, ExerciseStyle.AMERICAN, 100.0, 100.0, 0.05, 0.02, 0.3, 1.0,
                50, CrrProbability.DRIFT_ADJUSTED, false, null);
        assertFullyPopulated(r, Set.of("realOptions"));
        BinomialInputs in = OptionMapper.toBinomialInputs(r);
        assertCarried(r, in, Map.of(), Set.of("oddEvenAveraging", "realOptions"));
        BinomialResult result = BinomialTree.DEFAULT.price(in);
        BinomialResponse response = OptionMapper.toResponse(result);
        assertCarried(result, response, Map.of(), Set.of());
        assertThat(response.model()).isEqualTo("VANILLA");
    }

    @Test
    void test_binomial_realOptions_requestToCoreToResponse() {
        List<RealOptionFeatureRequest> features = List.of(
                new RealOptionFeatureRequest(RealOptionFeatureRequest.Kind.EXPAND, null, 1.3, 20.0, null, null),
                new RealOptionFeatureRequest(RealOptionFeatureRequest.Kind.ABANDON, null, null, null, 60.0, null),
                new RealOptionFeatureRequest(RealOptionFeatureRequest.Kind.SWITCH, null, null, 5.0, null, 0.9));
        BinomialRequest r = new BinomialRequest(null, null, 100.0, null, 0.05, 0.02, 0.3, 2.0, 40,
                CrrProbability.DRIFT_ADJUSTED, null, features);
        RealOptionInputs in = OptionMapper.toRealOptionInputs(r);
        assertCarried(r, in, Map.of("spot", "assetValue", "dividendYield", "leakage", "expiry", "horizon"),
                Set.of("type", "exercise", "strike", "oddEvenAveraging", "realOptions"));
        assertThat(in.features()).containsExactly(new RealOptionFeature.Expand(1.3, 20), new RealOptionFeature.Abandon(60),
                new RealOptionFeature.Switch(0.9, 5));
        // defer stands alone (the core refuses it with other features)
        BinomialRequest defer = new BinomialRequest(null, null, 100.0, null, 0.05, 0.02, 0.3, 2.0, 40, null, null,
                List.of(new RealOptionFeatureRequest(RealOptionFeatureRequest.Kind.DEFER, 90.0, null, null, null, null)));
        assertThat(OptionMapper.toRealOptionInputs(defer).features()).containsExactly(new RealOptionFeature.Defer(90));

        RealOptionResult result = org.dataprice.finance.lattice.RealOptionTree.DEFAULT.value(in);
        BinomialResponse response = OptionMapper.toResponse(result);
        assertCarried(result, response, Map.of(), Set.of());
        assertThat(response.model()).isEqualTo("REAL_OPTION");
    }

    @Test
    void test_monteCarlo_requestToCoreToResponse() {
        MonteCarloRequest r = new MonteCarloRequest(100.0, 0.05, 0.01, 0.2, 1.0,
                new PayoffRequest(PayoffRequest.Kind.BARRIER, OptionType.CALL, 100.0, 12, 130.0,
                        org.dataprice.finance.montecarlo.BarrierKind.values()[0]),
                2_000L, 11L, true, ControlVariate.TERMINAL_VALUE);
        assertFullyPopulated(r, Set.of());
        MonteCarloInputs in = OptionMapper.toMonteCarloInputs(r, 2);
        assertCarried(r, in, Map.of(), Set.of("payoff"));
        assertThat(in.threads()).isEqualTo(2);
        assertCarried(r.payoff(), (Payoff.Barrier) in.payoff(), Map.of("barrierKind", "kind"), Set.of("kind"));

        MonteCarloResult result = org.dataprice.finance.montecarlo.MonteCarloOptionPricer.DEFAULT.price(in);
        MonteCarloResponse response = OptionMapper.toResponse(result);
        // the diagnostics' warnings are the response's top-level warnings
        assertCarried(result, response, Map.of(), Set.of("diagnostics", "warnings"));
        assertCarried(result.diagnostics(), response.diagnostics(), Map.of(), Set.of("warnings"));
        assertThat(response.warnings()).isEqualTo(result.diagnostics().warnings());
    }
}
