package org.dataprice.api.split;

import jakarta.inject.Singleton;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.split.contribution.ContributionMethod;
import org.dataprice.split.contribution.Contributions;
import org.dataprice.split.datavalue.KnnShapley;
import org.dataprice.split.datavalue.KnnUtility;
import org.dataprice.split.datavalue.LabelledData;
import org.dataprice.split.datavalue.LeaveOneOut;
import org.dataprice.split.datavalue.TruncatedMonteCarloShapley;
import org.dataprice.split.game.Game;
import org.dataprice.split.nucleolus.CoreCheck;
import org.dataprice.split.nucleolus.Nucleolus;
import org.dataprice.split.sampling.MonteCarloShapley;
import org.dataprice.split.sampling.SamplingOptions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Runs {@code POST /v1/contributions}: builds the game or data, enforces the {@link SplitLimits}
 * (422 {@code limit-exceeded}), and calls the revenue-split model for the method. Cost games are
 * valued on the cost side for the nucleolus, the least core and the core check. Stateless and
 * thread-safe; stores nothing.
 */
@Singleton
public class ContributionService {
    /**
     * Games whose Shapley value has a closed form or a pseudo-polynomial algorithm (no enumeration);
     * the MST ring game's closed form is taken before this set is consulted.
     */
    private static final Set<GameType> SHAPLEY_CLOSED = EnumSet.of(GameType.AIRPORT, GameType.WEIGHTED_MAJORITY,
            GameType.SYNERGY, GameType.UNANIMITY, GameType.MST);
    /** Games whose raw Banzhaf value needs no enumeration. */
    private static final Set<GameType> BANZHAF_CLOSED = EnumSet.of(GameType.WEIGHTED_MAJORITY, GameType.SYNERGY,
            GameType.UNANIMITY);
    private static final Set<ValueMethod> DATA = EnumSet.of(ValueMethod.KNN_SHAPLEY, ValueMethod.TMC_SHAPLEY,
            ValueMethod.LEAVE_ONE_OUT);
    private static final double CORE_TOLERANCE = 1e-9;

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
            Require.that(request.game() == null, "game", "present", Rule.INVALID_STATE,
                    request.method() + " values the training points of 'data'; leave out 'game'");
            return data(request);
        }
        Require.that(request.data() == null, "data", "present", Rule.INVALID_STATE,
                request.method() + " values the players of 'game'; leave out 'data'");
        GameRequest g = Require.notNull(request.game(), "game");
        Game game = ContributionMapper.toGame(g, limits);
        GameKind kind = ContributionMapper.kind(g);
        boolean cost = kind == GameKind.COST;
        int n = game.players();
        ValueMethod m = request.method();
        switch (m) {
            case SHAPLEY:
                if (SHAPLEY_CLOSED.contains(g.type()) || n <= limits.getMaxExactPlayers() || request.sampling() == null) {
                    exactSize(n, SHAPLEY_CLOSED.contains(g.type()));
                    return ContributionMapper.toResponse(m, kind, Contributions.DEFAULT.compute(game, ContributionMethod.SHAPLEY));
                }
                return sampled(m, kind, game, request);
            case SHAPLEY_EXACT:
                exactSize(n, false);
                return ContributionMapper.toResponse(m, kind, Contributions.DEFAULT.compute(game, ContributionMethod.SHAPLEY_EXACT));
            case SHAPLEY_MONTE_CARLO:
                return sampled(m, kind, game, request);
            case BANZHAF:
                exactSize(n, BANZHAF_CLOSED.contains(g.type()));
                return ContributionMapper.toResponse(m, kind, Contributions.DEFAULT.compute(game, ContributionMethod.BANZHAF));
            case BANZHAF_NORMALISED:
                exactSize(n, false);
                return ContributionMapper.toResponse(m, kind,
                        Contributions.DEFAULT.compute(game, ContributionMethod.BANZHAF_NORMALISED));
            case NUCLEOLUS:
                nucleolusSize(n);
                return cost ? ContributionMapper.toResponse(m, kind, Nucleolus.DEFAULT.costNucleolus(game))
                        : ContributionMapper.toResponse(m, kind, Contributions.DEFAULT.compute(game, ContributionMethod.NUCLEOLUS));
            case PRENUCLEOLUS:
                Require.that(!cost, "game.kind", kind, Rule.INVALID_STATE,
                        "PRENUCLEOLUS is for profit games; use NUCLEOLUS or LEAST_CORE for a cost game");
                nucleolusSize(n);
                return ContributionMapper.toResponse(m, kind, Contributions.DEFAULT.compute(game, ContributionMethod.PRENUCLEOLUS));
            case LEAST_CORE:
                nucleolusSize(n);
                return ContributionMapper.toResponse(kind,
                        cost ? Nucleolus.DEFAULT.costLeastCore(game) : Nucleolus.DEFAULT.leastCore(game));
            case CORE_CHECK:
                exactSize(n, false);
                return coreCheck(kind, game, request);
            default:
                throw new IllegalStateException(m.name());
        }
    }

    private ContributionResponse sampled(ValueMethod m, GameKind kind, Game game, ContributionRequest request) {
        SamplingRequest s = Require.notNull(request.sampling(), "sampling");
        SamplingOptions options = ContributionMapper.toOptions(s, game.players(), 1, limits);
        return ContributionMapper.toResponse(m, kind, MonteCarloShapley.DEFAULT.compute(game, options), options.variant());
    }

    private ContributionResponse coreCheck(GameKind kind, Game game, ContributionRequest request) {
        double[] x = ContributionMapper.toAllocation(request.allocation(), game.players());
        double tolerance = request.tolerance() == null ? CORE_TOLERANCE : request.tolerance();
        try {
            CoreCheck check = kind == GameKind.COST ? CoreCheck.cost(game, x, tolerance) : CoreCheck.profit(game, x, tolerance);
            return ContributionMapper.toResponse(kind, x, check);
        } catch (DatapriceException e) {
            throw ContributionMapper.renamed(e, "x", "allocation");
        }
    }

    private ContributionResponse data(ContributionRequest request) {
        DataRequest d = Require.notNull(request.data(), "data");
        Require.withinLimit(d.training().size(), limits.getMaxTrainingPoints(), "data.training",
                "dataprice.split.max-training-points");
        Require.withinLimit(d.test().size(), limits.getMaxTestPoints(), "data.test", "dataprice.split.max-test-points");
        LabelledData train = ContributionMapper.toData(d.training(), "data.training");
        LabelledData test = ContributionMapper.toData(d.test(), "data.test");
        ValueMethod m = request.method();
        try {
            switch (m) {
                case KNN_SHAPLEY:
                    return ContributionMapper.toResponse(m, null, KnnShapley.DEFAULT.compute(train, test, d.k()));
                case LEAVE_ONE_OUT:
                    Require.withinLimit(train.size(), limits.getMaxLeaveOneOutPoints(), "data.training",
                            "leave-one-out walks the data n + 1 times (dataprice.split.max-leave-one-out-points); "
                                    + "use KNN_SHAPLEY");
                    return ContributionMapper.toResponse(m, null, LeaveOneOut.DEFAULT.compute(KnnUtility.of(train, test, d.k())));
                case TMC_SHAPLEY:
                    SamplingRequest s = Require.notNull(request.sampling(), "sampling");
                    SamplingOptions options = ContributionMapper.toOptions(s, train.size(), test.size(), limits);
                    double truncation = request.truncation() == null ? 0 : request.truncation();
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

    private void exactSize(int n, boolean closedForm) {
        if (!closedForm) {
            Require.withinLimit(n, limits.getMaxExactPlayers(), "game.players", ContributionMapper.SAMPLING_ADVICE);
        }
    }

    private void nucleolusSize(int n) {
        Require.withinLimit(n, limits.getMaxNucleolusPlayers(), "game.players",
                "the nucleolus solves linear programs over all 2^n coalitions (dataprice.split.max-nucleolus-players)");
    }
}
