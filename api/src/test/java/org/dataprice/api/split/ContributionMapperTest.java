package org.dataprice.api.split;

import org.dataprice.split.contribution.Contribution;
import org.dataprice.split.contribution.ContributionMethod;
import org.dataprice.split.contribution.Contributions;
import org.dataprice.split.contribution.EnumerationLimits;
import org.dataprice.split.contribution.GameSense;
import org.dataprice.split.datavalue.LabelledData;
import org.dataprice.split.datavalue.TruncatedMonteCarloShapley;
import org.dataprice.split.game.Game;
import org.dataprice.split.nucleolus.CoreCheck;
import org.dataprice.split.sampling.SampledValues;
import org.dataprice.split.sampling.SamplingOptions;
import org.dataprice.split.sampling.SamplingVariant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataprice.api.MapperRoundTrip.assertCarried;
import static org.dataprice.api.MapperRoundTrip.assertFullyPopulated;

/**
 * No silent data drops in {@link ContributionMapper}: a game, a sampling block and data points map to core records
 * that carry every field, and each kind of contribution (exact, sampled, least core, core check) maps to a response
 * that carries every figure. The defaults of an absent field are the core's constants, never literals.
 */
class ContributionMapperTest {
    private static final SplitLimits LIMITS = new SplitLimits();

    /** A three-player table game given by its coalitions: v({0}) = 1, v({1}) = 2, v({0,1}) = 4, v(N) = 6. */
    private static GameRequest table(GameKind kind) {
        return new GameRequest(GameType.TABLE, kind, 3, null,
                List.of(new GameRequest.CoalitionWorth(List.of(0), 1.0), new GameRequest.CoalitionWorth(List.of(1), 2.0),
                        new GameRequest.CoalitionWorth(List.of(0, 1), 4.0),
                        new GameRequest.CoalitionWorth(List.of(0, 1, 2), 6.0)),
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void test_tableGame_requestToCore_everyCoalitionWorth() {
        GameRequest g = table(GameKind.PROFIT);
        Game game = ContributionMapper.toGame(g, LIMITS);
        assertThat(game.players()).isEqualTo(3);
        for (GameRequest.CoalitionWorth c : g.coalitions()) {
            long mask = c.members().stream().mapToLong(m -> 1L << m).reduce(0, (a, b) -> a | b);
            assertThat(game.value(mask)).as(c.members().toString()).isEqualTo(c.worth());
        }
        assertThat(game.value(0b100)).as("a coalition not given is worth 0").isZero();
        assertThat(ContributionMapper.kind(g, game)).isEqualTo(GameKind.PROFIT);
    }

    @Test
    void test_kind_defaultIsTheCoresNaturalSense() {
        GameRequest airport = new GameRequest(GameType.AIRPORT, null, null, null, null, null, null, List.of(1.0, 2.0, 3.0),
                null, null, null, null, null, null, null, null, null);
        Game game = ContributionMapper.toGame(airport, LIMITS);
        assertThat(ContributionMapper.kind(airport, game)).isEqualTo(GameKind.COST)
                .hasToString(GameSense.natural(game).name());
        assertThat(ContributionMapper.kind(table(null), ContributionMapper.toGame(table(null), LIMITS)))
                .isEqualTo(GameKind.PROFIT);
    }

    @Test
    void test_sampling_requestToCore_carriesEveryField_defaultsFromTheCore() {
        SamplingRequest s = new SamplingRequest(7L, 2_000L, 0.01, 0.9, SamplingVariant.ANTITHETIC, 500);
        assertFullyPopulated(s, Set.of());
        SamplingOptions options = ContributionMapper.toOptions(s, 3, 1, LIMITS);
        assertCarried(s, options, Map.of(), Set.of());

        SamplingOptions defaults = ContributionMapper.toOptions(new SamplingRequest(7L, 2_000L, null, null, null, null), 3, 1,
                LIMITS);
        assertThat(defaults).isEqualTo(SamplingOptions.of(7, 2_000));
        assertThat(defaults.targetStandardError()).isEqualTo(SamplingOptions.NO_TARGET);
        assertThat(TruncatedMonteCarloShapley.NO_TRUNCATION).isZero();
    }

    @Test
    void test_data_requestToCore_everyPoint() {
        List<DataRequest.Point> points = List.of(new DataRequest.Point(List.of(0.5, 1.5), 1),
                new DataRequest.Point(List.of(-2.0, 3.25), 0));
        LabelledData data = ContributionMapper.toData(points, "data.training");
        assertThat(data.size()).isEqualTo(2);
        assertThat(data.dimension()).isEqualTo(2);
        assertThat(data.label(0)).isEqualTo(1);
        assertThat(data.label(1)).isZero();
        // every feature, field by field (the core keeps them row-major)
        assertThat(data).usingRecursiveComparison()
                .isEqualTo(LabelledData.of(new double[][] {{0.5, 1.5}, {-2.0, 3.25}}, new int[] {1, 0}));
        assertThat(data).usingRecursiveComparison()
                .isNotEqualTo(LabelledData.of(new double[][] {{0.5, 1.5}, {-2.0, 3.0}}, new int[] {1, 0}));
    }

    @Test
    void test_exactContribution_coreToResponse() {
        Game game = ContributionMapper.toGame(table(GameKind.PROFIT), LIMITS);
        Contribution c = Contributions.DEFAULT.compute(game, ContributionMethod.SHAPLEY, GameSense.PROFIT, null,
                new EnumerationLimits(LIMITS.getMaxExactPlayers(), LIMITS.getMaxNucleolusPlayers()));
        ContributionResponse response = ContributionMapper.toResponse(ValueMethod.SHAPLEY, GameKind.PROFIT, c, null);
        // seed and samples are 0 and the standard errors 0 for exact values (the response leaves the errors out)
        assertCarried(c, response, Map.of(), Set.of("seed", "samples", "standardErrors", "sampled", "leastCore"));
        assertThat(c.exact()).isTrue();
        assertThat(response.standardErrors()).isNull();
        assertThat(response.kind()).isEqualTo(GameKind.PROFIT);
    }

    @Test
    void test_sampledContribution_coreToResponse() {
        Game game = ContributionMapper.toGame(table(GameKind.PROFIT), LIMITS);
        SamplingOptions options = ContributionMapper.toOptions(new SamplingRequest(3L, 400L, null, 0.9,
                SamplingVariant.ANTITHETIC, 100), 3, 1, LIMITS);
        Contribution c = Contributions.DEFAULT.compute(game, ContributionMethod.SHAPLEY_MONTE_CARLO, GameSense.PROFIT,
                options, new EnumerationLimits(LIMITS.getMaxExactPlayers(), LIMITS.getMaxNucleolusPlayers()));
        SampledValues v = c.sampled();
        assertThat(v).isNotNull();
        ContributionResponse response = ContributionMapper.toResponse(ValueMethod.SHAPLEY_MONTE_CARLO, GameKind.PROFIT, c,
                options.variant());

        assertCarried(v, response, Map.of("method", "algorithm"),
                Set.of("lower", "upper", "confidence", "seed", "samples", "converged", "diagnostics"));
        assertCarried(v, response.sampling(), Map.of(), Set.of("method", "values", "standardErrors", "explanation",
                "diagnostics"));
        assertThat(response.sampling().variant()).isEqualTo("ANTITHETIC");
        // the diagnostics' samples are the sampling block's, their warnings the response's
        assertCarried(v.diagnostics(), response.sampling().diagnostics(), Map.of(), Set.of("samples", "warnings"));
        assertThat(response.warnings()).isEqualTo(c.warnings());
    }

    @Test
    void test_leastCoreAndCoreCheck_coreToResponse() {
        Game game = ContributionMapper.toGame(table(GameKind.PROFIT), LIMITS);
        Contribution c = Contributions.DEFAULT.compute(game, ContributionMethod.LEAST_CORE, GameSense.PROFIT, null,
                new EnumerationLimits(LIMITS.getMaxExactPlayers(), LIMITS.getMaxNucleolusPlayers()));
        assertThat(c.leastCore()).isNotNull();
        ContributionResponse lc = ContributionMapper.toResponse(ValueMethod.LEAST_CORE, GameKind.PROFIT, c, null);
        assertCarried(c.leastCore(), lc.leastCore(), Map.of(), Set.of("point"));
        assertThat(lc.values()).isEqualTo(c.leastCore().point().values());
        assertThat(lc.algorithm()).isEqualTo(c.leastCore().point().method());

        double[] x = ContributionMapper.toAllocation(List.of(2.0, 3.0, 1.0), 3);
        CoreCheck check = CoreCheck.profit(game, x, 1e-9);
        ContributionResponse core = ContributionMapper.toResponse(GameKind.PROFIT, x, check);
        assertCarried(check, core.core(), Map.of(), Set.of("worstCoalition", "explanation"));
        assertThat(core.values()).containsExactly(2.0, 3.0, 1.0);
        long worst = 0;
        for (int member : core.core().worstCoalition()) {
            worst |= 1L << member;
        }
        assertThat(worst).isEqualTo(check.worstCoalition());
    }
}
