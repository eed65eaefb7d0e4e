package org.dataprice.api.split;

import jakarta.inject.Singleton;
import org.dataprice.error.DatapriceException;
import org.dataprice.split.contribution.Contribution;
import org.dataprice.split.contribution.ContributionMethod;
import org.dataprice.split.contribution.EnumerationLimits;
import org.dataprice.split.contribution.GameSense;
import org.dataprice.split.contribution.Contributions;
import org.dataprice.split.datavalue.KnnShapley;
import org.dataprice.split.datavalue.KnnUtility;
import org.dataprice.split.datavalue.LabelledData;
import org.dataprice.split.datavalue.LeaveOneOut;
import org.dataprice.split.datavalue.TruncatedMonteCarloShapley;
import org.dataprice.split.game.Game;
import org.dataprice.split.nucleolus.CoreCheck;
import org.dataprice.split.sampling.SamplingOptions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Runs {@code POST /v1/contributions}: maps the game or data, and calls the core. Which algorithm answers a
 * game method (closed forms, enumeration within the {@link SplitLimits}, sampling, the cost side of a cost game)
 * is decided by the core's one dispatch, {@link Contributions#compute(org.dataprice.split.game.IncrementalGame,
 * ContributionMethod, GameSense, SamplingOptions, EnumerationLimits)}. Stateless and thread-safe; stores nothing.
 */
@Singleton
public class ContributionService {
    private static final Set<ValueMethod> DATA = EnumSet.of(ValueMethod.KNN_SHAPLEY, ValueMethod.TMC_SHAPLEY,
            ValueMethod.LEAVE_ONE_OUT);

    private final SplitLimits limits;

    /**
     * @param limits the service limits
     */
    public ContributionService(SplitLimits limits) {
        this.limits = limits;
    }

    /**
     * @param request the validated request
     * @return the values
     */
    public ContributionResponse compute(ContributionRequest request) {
        if (DATA.contains(request.method())) {
            return data(request);
        }
        GameRequest g = ContributionMapper.gameOf(request);
        Game game = ContributionMapper.toGame(g, limits);
        GameKind kind = ContributionMapper.kind(g, game);
        ValueMethod m = request.method();
        if (m == ValueMethod.CORE_CHECK) {
            ContributionMapper.checkCoreCheckSize(game.players(), limits);
            return coreCheck(kind, game, request);
        }
        ContributionMethod method = ContributionMethod.valueOf(m.name());
        SamplingOptions options = request.sampling() == null ? null
                : ContributionMapper.toOptions(request.sampling(), game.players(), 1, limits);
        Contribution c;
        try {
            c = Contributions.DEFAULT.compute(game, method, GameSense.valueOf(kind.name()), options,
                    new EnumerationLimits(limits.getMaxExactPlayers(), limits.getMaxNucleolusPlayers()));
        } catch (DatapriceException e) {
            throw e.field().equals("players") || e.field().equals("kind") ? e.within("game") : e;
        }
        return ContributionMapper.toResponse(m, kind, c, options == null ? null : options.variant());
    }

    private ContributionResponse coreCheck(GameKind kind, Game game, ContributionRequest request) {
        double[] x = ContributionMapper.toAllocation(request.allocation(), game.players());
        double tolerance = request.tolerance() == null ? CoreCheck.DEFAULT_TOLERANCE : request.tolerance();
        try {
            CoreCheck check = kind == GameKind.COST ? CoreCheck.cost(game, x, tolerance) : CoreCheck.profit(game, x, tolerance);
            return ContributionMapper.toResponse(kind, x, check);
        } catch (DatapriceException e) {
            throw ContributionMapper.renamed(e, "x", "allocation");
        }
    }

    private ContributionResponse data(ContributionRequest request) {
        DataRequest d = ContributionMapper.dataOf(request, limits);
        LabelledData train = ContributionMapper.toData(d.training(), "data.training");
        LabelledData test = ContributionMapper.toData(d.test(), "data.test");
        ValueMethod m = request.method();
        try {
            switch (m) {
                case KNN_SHAPLEY:
                    return ContributionMapper.toResponse(m, null, KnnShapley.DEFAULT.compute(train, test, d.k()));
                case LEAVE_ONE_OUT:
                    ContributionMapper.checkLeaveOneOutSize(train.size(), limits);
                    return ContributionMapper.toResponse(m, null, LeaveOneOut.DEFAULT.compute(KnnUtility.of(train, test, d.k())));
                case TMC_SHAPLEY:
                    SamplingRequest s = ContributionMapper.samplingOf(request);
                    SamplingOptions options = ContributionMapper.toOptions(s, train.size(), test.size(), limits);
                    double truncation = request.truncation() == null ? TruncatedMonteCarloShapley.NO_TRUNCATION
                            : request.truncation();
                    return ContributionMapper.toResponse(m, null, TruncatedMonteCarloShapley.DEFAULT.compute(
                            KnnUtility.of(train, test, d.k()), options, truncation), options.variant());
                default:
                    throw new IllegalStateException(m.name());
            }
        } catch (DatapriceException e) {
            if (e.field().startsWith("data") || e.field().startsWith("sampling")) {
                throw e;
            }
            DatapriceException truncation = ContributionMapper.renamed(e, "tolerance", "truncation");
            throw truncation != e ? truncation : e.within("data");
        }
    }

}
