package org.dataprice.split.contribution;

import java.util.Collections;
import java.util.List;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.split.banzhaf.BanzhafValue;
import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.IncrementalGame;
import org.dataprice.split.game.MinimumSpanningTreeGame;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.game.UnanimityGame;
import org.dataprice.split.game.WeightedMajorityGame;
import org.dataprice.split.nucleolus.LeastCore;
import org.dataprice.split.nucleolus.Nucleolus;
import org.dataprice.split.sampling.MonteCarloShapley;
import org.dataprice.split.sampling.SampledValues;
import org.dataprice.split.sampling.SamplingOptions;
import org.dataprice.split.sampling.Truncation;
import org.dataprice.progress.Progress;
import org.dataprice.split.shapley.AirportShapley;
import org.dataprice.split.shapley.ClosedFormShapley;
import org.dataprice.split.shapley.ExactShapley;
import org.dataprice.split.shapley.WeightedMajorityPower;

/**
 * One entry point for contribution measures (贡献度量), for the service's {@code POST /v1/contributions}:
 * a game and a {@link ContributionMethod} give a {@link Contribution} with values, standard errors
 * (0 when exact), the algorithm used and its explanation.
 *
 * <p>{@link ContributionMethod#SHAPLEY} dispatches to the cheapest exact algorithm: Littlechild–Owen
 * for {@link AirportGame}, dynamic programming for {@link WeightedMajorityGame}, closed forms for
 * {@link SynergyGame} and {@link UnanimityGame}, enumeration for any other game of at most
 * {@link TableGame#MAX_PLAYERS} players, and permutation sampling (options required) beyond that or for
 * a game that is only an {@link IncrementalGame}. Limits are those of the algorithms chosen.
 * Stateless and thread-safe.
 */
public final class Contributions {
    /** The default instance. */
    public static final Contributions DEFAULT = new Contributions();

    private Contributions() {
    }

    /**
     * An exact method (no sampling options).
     *
     * @param game   the game; not null
     * @param method the method; not SHAPLEY_MONTE_CARLO; not null
     * @return the contributions
     */
    public Contribution compute(IncrementalGame game, ContributionMethod method) {
        return compute(game, method, null);
    }

    /**
     * @param game     the game; not null
     * @param method   the method; not null
     * @param sampling sampling options, required for SHAPLEY_MONTE_CARLO and for SHAPLEY on games too
     *                 large to enumerate; may be null otherwise
     * @return the contributions
     */
    public Contribution compute(IncrementalGame game, ContributionMethod method, SamplingOptions sampling) {
        Require.notNull(game, "game");
        Require.notNull(method, "method");
        switch (method) {
            case SHAPLEY:
                return shapley(game, sampling);
            case SHAPLEY_MONTE_CARLO:
                return sampled(method, MonteCarloShapley.DEFAULT.compute(game, requireSampling(sampling)));
            case SHAPLEY_EXACT:
                return exact(method, ExactShapley.DEFAULT.compute(mask(game)));
            case BANZHAF:
                return exact(method, banzhaf(mask(game)));
            case BANZHAF_NORMALISED:
                return exact(method, BanzhafValue.DEFAULT.normalised(mask(game)));
            case NUCLEOLUS:
                return exact(method, Nucleolus.DEFAULT.nucleolus(mask(game)));
            case PRENUCLEOLUS:
                return exact(method, Nucleolus.DEFAULT.prenucleolus(mask(game)));
            case LEAST_CORE:
                LeastCore lc = Nucleolus.DEFAULT.leastCore(mask(game));
                return exact(method, lc.point());
            default:
                throw new IllegalStateException(method.name());
        }
    }

    /**
     * The method dispatch of a contribution request, with the sense of the game and the enumeration limits: the
     * one place that decides which algorithm answers.
     *
     * <ul>
     * <li>SHAPLEY: the closed form of airport, weighted-majority, synergy, unanimity and MST games whatever n;
     * else enumeration when n ≤ {@code maxExactPlayers} or no sampling options are given (then n must be within
     * the limit); else permutation sampling.</li>
     * <li>SHAPLEY_EXACT, BANZHAF_NORMALISED: enumeration, n ≤ {@code maxExactPlayers}. BANZHAF: the closed forms
     * of weighted-majority, synergy and unanimity games, else enumeration within the limit.</li>
     * <li>SHAPLEY_MONTE_CARLO: permutation sampling (options required).</li>
     * <li>NUCLEOLUS, LEAST_CORE: n ≤ {@code maxNucleolusPlayers}; on the cost side for a cost game.
     * PRENUCLEOLUS: profit games only.</li>
     * </ul>
     *
     * @param game     the game; not null
     * @param method   the method; not null
     * @param sense    profit or cost; not null
     * @param sampling sampling options; required where sampling answers, else may be null
     * @param limits   the enumeration limits; not null
     * @return the contributions (with the sampled values or the least core attached where they apply)
     * @throws org.dataprice.error.LimitExceededException on {@code players} beyond a limit
     * @throws org.dataprice.error.InvalidInputException on {@code kind} for PRENUCLEOLUS of a cost game
     */
    public Contribution compute(IncrementalGame game, ContributionMethod method, GameSense sense, SamplingOptions sampling,
                                EnumerationLimits limits) {
        return compute(game, method, sense, sampling, limits, Progress.NONE);
    }

    /**
     * {@link #compute(IncrementalGame, ContributionMethod, GameSense, SamplingOptions, EnumerationLimits)} reporting its
     * progress: permutation sampling in blocks of permutations
     * ({@link MonteCarloShapley#compute(IncrementalGame, SamplingOptions, Truncation, Progress)}, a cancel point per
     * block), enumeration of the coalitions (exact Shapley, Banzhaf and normalised Banzhaf of a game without a closed
     * form) in coalitions tabulated and summed ({@link ExactShapley#compute(Game, Progress)}, a cancel point per chunk of
     * at least 4,096 coalitions), any other method as one unit, {@code (0, 1)} before and {@code (1, 1)} after. The
     * result is bit for bit the one without a callback; a {@link org.dataprice.error.CancelledException} thrown by the
     * callback stops the work.
     *
     * @param game     the game; not null
     * @param method   the method; not null
     * @param sense    profit or cost; not null
     * @param sampling sampling options; required where sampling answers, else may be null
     * @param limits   the enumeration limits; not null
     * @param progress the callback, called from several threads while sampling (thread-safe); not null
     * @return the contributions
     */
    public Contribution compute(IncrementalGame game, ContributionMethod method, GameSense sense, SamplingOptions sampling,
                                EnumerationLimits limits, Progress progress) {
        Require.notNull(game, "game");
        Require.notNull(method, "method");
        Require.notNull(sense, "kind");
        Require.notNull(limits, "limits");
        Require.notNull(progress, "progress");
        int n = game.players();
        if (method == ContributionMethod.SHAPLEY_MONTE_CARLO || method == ContributionMethod.SHAPLEY
                && !closedFormShapley(game) && n > limits.maxExactPlayers() && sampling != null) {
            return sampled(method, MonteCarloShapley.DEFAULT.compute(game, requireSampling(sampling), Truncation.NONE, progress));
        }
        return enumerated(game, method, sense, sampling, limits, progress);
    }

    /**
     * The methods that do not sample, as dispatched by the public compute. Enumeration over the coalitions (exact
     * Shapley and Banzhaf of a game without a closed form) reports coalitions done / total
     * ({@link ExactShapley#compute(Game, Progress)}); any other method one unit, {@code (0, 1)} and {@code (1, 1)}.
     */
    private Contribution enumerated(IncrementalGame game, ContributionMethod method, GameSense sense, SamplingOptions sampling,
                                    EnumerationLimits limits, Progress progress) {
        int n = game.players();
        switch (method) {
            case SHAPLEY:
                exactSize(n, closedFormShapley(game), limits);
                if (!closedFormShapley(game) && game instanceof Game g && n <= TableGame.MAX_PLAYERS) {
                    return exact(method, ExactShapley.DEFAULT.compute(g, progress));
                }
                return whole(progress, () -> compute(game, ContributionMethod.SHAPLEY));
            case SHAPLEY_MONTE_CARLO:
                return whole(progress, () -> compute(game, method, sampling));
            case SHAPLEY_EXACT:
                exactSize(n, false, limits);
                return exact(method, ExactShapley.DEFAULT.compute(mask(game), progress));
            case BANZHAF_NORMALISED:
                exactSize(n, false, limits);
                return exact(method, BanzhafValue.DEFAULT.normalised(mask(game), progress));
            case BANZHAF:
                exactSize(n, closedFormBanzhaf(game), limits);
                if (!closedFormBanzhaf(game)) {
                    return exact(method, BanzhafValue.DEFAULT.raw(mask(game), progress));
                }
                return whole(progress, () -> compute(game, method));
            default:
                return whole(progress, () -> solved(game, method, sense, limits));
        }
    }

    /** A method reported as one unit of work: {@code (0, 1)} before, {@code (1, 1)} after. */
    private static Contribution whole(Progress progress, java.util.function.Supplier<Contribution> work) {
        progress.advance(0, 1);
        Contribution c = work.get();
        progress.advance(1, 1);
        return c;
    }

    /** The nucleolus family (linear programs over the coalitions). */
    private Contribution solved(IncrementalGame game, ContributionMethod method, GameSense sense, EnumerationLimits limits) {
        int n = game.players();
        boolean cost = sense == GameSense.COST;
        switch (method) {
            case NUCLEOLUS:
                nucleolusSize(n, limits);
                return cost ? exact(method, Nucleolus.DEFAULT.costNucleolus(mask(game))) : compute(game, method);
            case PRENUCLEOLUS:
                Require.that(!cost, "kind", sense, Rule.INVALID_STATE,
                        "PRENUCLEOLUS is for profit games; use NUCLEOLUS or LEAST_CORE for a cost game");
                nucleolusSize(n, limits);
                return compute(game, method);
            case LEAST_CORE:
                nucleolusSize(n, limits);
                LeastCore lc = cost ? Nucleolus.DEFAULT.costLeastCore(mask(game)) : Nucleolus.DEFAULT.leastCore(mask(game));
                PlayerValues p = lc.point();
                return new Contribution(method, p.method(), p.values(), Collections.nCopies(p.values().size(), 0.0), true, 0, 0,
                        List.of(), p.explanation(), null, lc);
            default:
                throw new IllegalStateException(method.name());
        }
    }

    /** The games whose Shapley value has a closed form or a pseudo-polynomial algorithm (no enumeration). */
    private static boolean closedFormShapley(IncrementalGame game) {
        return game instanceof AirportGame || game instanceof WeightedMajorityGame || game instanceof SynergyGame
                || game instanceof UnanimityGame || game instanceof MinimumSpanningTreeGame;
    }

    /** The games whose raw Banzhaf value needs no enumeration. */
    private static boolean closedFormBanzhaf(IncrementalGame game) {
        return game instanceof WeightedMajorityGame || game instanceof SynergyGame || game instanceof UnanimityGame;
    }

    private static void exactSize(int n, boolean closedForm, EnumerationLimits limits) {
        if (!closedForm) {
            Require.withinLimit(n, limits.maxExactPlayers(), "players", "exact values enumerate all 2^n coalitions; use "
                    + "SHAPLEY_MONTE_CARLO (sampling) for more players");
        }
    }

    private static void nucleolusSize(int n, EnumerationLimits limits) {
        Require.withinLimit(n, limits.maxNucleolusPlayers(), "players",
                "the nucleolus solves linear programs over all 2^n coalitions");
    }

    private Contribution shapley(IncrementalGame game, SamplingOptions sampling) {
        ContributionMethod m = ContributionMethod.SHAPLEY;
        if (game instanceof AirportGame g) {
            return exact(m, AirportShapley.DEFAULT.compute(g));
        }
        if (game instanceof WeightedMajorityGame g) {
            return exact(m, WeightedMajorityPower.DEFAULT.compute(g).shapleyShubik());
        }
        if (game instanceof SynergyGame g) {
            return exact(m, ClosedFormShapley.DEFAULT.compute(g));
        }
        if (game instanceof UnanimityGame g) {
            return exact(m, ClosedFormShapley.DEFAULT.compute(g));
        }
        if (game instanceof MinimumSpanningTreeGame g) {
            return exact(m, ClosedFormShapley.DEFAULT.compute(g));
        }
        if (game instanceof Game g && g.players() <= TableGame.MAX_PLAYERS) {
            return exact(m, ExactShapley.DEFAULT.compute(g));
        }
        return sampled(m, MonteCarloShapley.DEFAULT.compute(game, requireSampling(sampling)));
    }

    private static PlayerValues banzhaf(Game game) {
        if (game instanceof SynergyGame g) {
            return BanzhafValue.DEFAULT.raw(g);
        }
        if (game instanceof UnanimityGame g) {
            return BanzhafValue.DEFAULT.raw(g);
        }
        if (game instanceof WeightedMajorityGame g) {
            return WeightedMajorityPower.DEFAULT.compute(g).banzhaf();
        }
        return BanzhafValue.DEFAULT.raw(game);
    }

    private static Game mask(IncrementalGame game) {
        Require.that(game instanceof Game, "game", game.getClass().getSimpleName(), Rule.INVALID_STATE,
                "exact methods need a coalition-valued game (Game); sample an IncrementalGame with SHAPLEY_MONTE_CARLO");
        return (Game) game;
    }

    private static SamplingOptions requireSampling(SamplingOptions sampling) {
        return Require.notNull(sampling, "sampling");
    }

    private static Contribution exact(ContributionMethod m, PlayerValues v) {
        return new Contribution(m, v.method(), v.values(), Collections.nCopies(v.values().size(), 0.0), true, 0, 0,
                List.of(), v.explanation());
    }

    private static Contribution sampled(ContributionMethod m, SampledValues v) {
        return new Contribution(m, v.method(), v.values(), v.standardErrors(), false, v.seed(), v.samples(),
                v.warnings(), v.explanation(), v, null);
    }

    /** @return the methods, for listing in an API */
    public static List<ContributionMethod> methods() {
        return List.of(ContributionMethod.values());
    }
}
