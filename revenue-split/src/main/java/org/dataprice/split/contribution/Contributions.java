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
                v.warnings(), v.explanation());
    }

    /** @return the methods, for listing in an API */
    public static List<ContributionMethod> methods() {
        return List.of(ContributionMethod.values());
    }
}
