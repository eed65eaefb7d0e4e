package org.dataprice.api.split;

import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.split.contribution.Contribution;
import org.dataprice.split.contribution.GameSense;
import org.dataprice.split.datavalue.LabelledData;
import org.dataprice.split.game.AirportGame;
import org.dataprice.split.game.BankruptcyGame;
import org.dataprice.split.game.Game;
import org.dataprice.split.game.MinimumSpanningTreeGame;
import org.dataprice.split.game.GloveGame;
import org.dataprice.split.game.PlayerValues;
import org.dataprice.split.game.SynergyGame;
import org.dataprice.split.game.TableGame;
import org.dataprice.split.game.UnanimityGame;
import org.dataprice.split.game.WeightedMajorityGame;
import org.dataprice.split.nucleolus.CoreCheck;
import org.dataprice.split.nucleolus.LeastCore;
import org.dataprice.split.sampling.SampledValues;
import org.dataprice.split.sampling.SamplingOptions;
import org.dataprice.split.sampling.SamplingVariant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps {@code POST /v1/contributions} JSON to the revenue-split games, data and options, and the
 * results back. Errors inside the game, data or sampling block are re-thrown with their JSON path
 * ({@code game.coalitions[2].members[0]}, {@code data.training}, {@code sampling.maxSamples}).
 */
public final class ContributionMapper {
    /** Advice of the exact-size limit. */
    static final String SAMPLING_ADVICE = "exact values enumerate all 2^n coalitions; use SHAPLEY_MONTE_CARLO "
            + "(or SHAPLEY with 'sampling') with sampling.seed and sampling.maxSamples";
    private static final Pattern POINT_FEATURES = Pattern.compile("features\\[(\\d+)](.*)");
    private static final Map<GameType, Set<String>> FIELDS = Map.of(
            GameType.TABLE, Set.of("players", "worths", "coalitions"),
            GameType.WEIGHTED_MAJORITY, Set.of("quota", "weights"),
            GameType.AIRPORT, Set.of("costs"),
            GameType.GLOVE, Set.of("left", "right"),
            GameType.BANKRUPTCY, Set.of("estate", "claims"),
            GameType.SYNERGY, Set.of("additive", "synergies"),
            GameType.UNANIMITY, Set.of("players", "dividends"),
            GameType.MST, Set.of("players", "sourceCost", "edgeCost"));

    private ContributionMapper() {
    }

    /**
     * @param g    the game block; not null
     * @param game its game
     * @return the kind asked for, else the game's natural sense (the core's {@link GameSense#natural}: COST for an
     *         airport or minimum-spanning-tree game, PROFIT otherwise)
     */
    public static GameKind kind(GameRequest g, Game game) {
        return g.kind() != null ? g.kind() : GameKind.valueOf(GameSense.natural(game).name());
    }

    /**
     * @param g      the game block; not null
     * @param limits the service limits (table and synergy sizes)
     * @return the game
     */
    public static Game toGame(GameRequest g, SplitLimits limits) {
        try {
            unused(g);
            return build(g, limits);
        } catch (DatapriceException e) {
            throw e.within("game");
        }
    }

    private static void unused(GameRequest g) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("players", g.players());
        given.put("worths", g.worths());
        given.put("coalitions", g.coalitions());
        given.put("quota", g.quota());
        given.put("weights", g.weights());
        given.put("costs", g.costs());
        given.put("left", g.left());
        given.put("right", g.right());
        given.put("estate", g.estate());
        given.put("claims", g.claims());
        given.put("additive", g.additive());
        given.put("synergies", g.synergies());
        given.put("dividends", g.dividends());
        given.put("sourceCost", g.sourceCost());
        given.put("edgeCost", g.edgeCost());
        Set<String> read = FIELDS.get(g.type());
        given.forEach((name, value) -> Require.that(value == null || read.contains(name), name, "present",
                Rule.INVALID_STATE, "a " + g.type() + " game reads only " + read.stream().sorted().toList()));
    }

    private static Game build(GameRequest g, SplitLimits limits) {
        switch (g.type()) {
            case TABLE:
                return table(g, limits.getMaxExactPlayers());
            case WEIGHTED_MAJORITY:
                return WeightedMajorityGame.of(Require.notNull(g.quota(), "quota"),
                        Require.notNull(g.weights(), "weights").stream().mapToLong(Long::longValue).toArray());
            case AIRPORT:
                return AirportGame.of(doubles(g.costs(), "costs"));
            case GLOVE:
                return GloveGame.of(Require.notNull(g.left(), "left"), Require.notNull(g.right(), "right"));
            case BANKRUPTCY:
                return BankruptcyGame.of(Require.notNull(g.estate(), "estate"), doubles(g.claims(), "claims"));
            case SYNERGY:
                return synergy(g, limits.getMaxSynergyPlayers());
            case UNANIMITY:
                return unanimity(g);
            case MST:
                return MinimumSpanningTreeGame.ring(Require.notNull(g.players(), "players"),
                        Require.notNull(g.sourceCost(), "sourceCost"), Require.notNull(g.edgeCost(), "edgeCost"));
            default:
                throw new IllegalStateException(g.type().name());
        }
    }

    private static Game table(GameRequest g, int maxTable) {
        int n = Require.notNull(g.players(), "players");
        Require.atLeast(n, 1, "players");
        Require.withinLimit(n, maxTable, "players", SAMPLING_ADVICE + "; an explicit table holds 2^n worths");
        Require.that(g.worths() == null || g.coalitions() == null, "coalitions", "present", Rule.INVALID_STATE,
                "give either 'worths' (CoopGame order) or 'coalitions', not both");
        if (g.coalitions() == null) {
            return TableGame.ofLexicographic(n, doubles(g.worths(), "worths"));
        }
        double[] table = new double[1 << n];
        boolean[] seen = new boolean[table.length];
        for (int i = 0; i < g.coalitions().size(); i++) {
            GameRequest.CoalitionWorth c = g.coalitions().get(i);
            long mask = mask(c.members(), n, "coalitions[" + i + "].members");
            Require.that(!seen[(int) mask], "coalitions[" + i + "].members", c.members(), Rule.DUPLICATE, c.members());
            seen[(int) mask] = true;
            table[(int) mask] = Require.finite(c.worth(), "coalitions[" + i + "].worth");
        }
        return TableGame.of(n, table);
    }

    private static Game synergy(GameRequest g, int maxPlayers) {
        double[] a = doubles(g.additive(), "additive");
        int n = a.length;
        Require.withinLimit(n, maxPlayers, "additive", "a synergy game holds an n x n matrix "
                + "(dataprice.split.max-synergy-players)");
        double[][] b = new double[n][n];
        List<GameRequest.CoalitionWorth> pairs = g.synergies() == null ? List.of() : g.synergies();
        for (int k = 0; k < pairs.size(); k++) {
            String field = "synergies[" + k + "].members";
            List<Integer> members = pairs.get(k).members();
            Require.size(members.size(), 2, field);
            int i = player(members, 0, n, field);
            int j = player(members, 1, n, field);
            Require.that(i != j, field + "[1]", j, Rule.DUPLICATE, j);
            Require.that(b[i][j] == 0, field, members, Rule.DUPLICATE, members);
            b[i][j] = Require.finite(pairs.get(k).worth(), "synergies[" + k + "].worth");
            b[j][i] = b[i][j];
        }
        return SynergyGame.of(a, b);
    }

    private static Game unanimity(GameRequest g) {
        int n = Require.notNull(g.players(), "players");
        Require.atLeast(n, 1, "players");
        Require.withinLimit(n, Game.MAX_PLAYERS, "players", "");
        List<GameRequest.CoalitionWorth> ds = Require.nonEmptyCopy(Require.notNull(g.dividends(), "dividends"),
                "dividends");
        long[] carriers = new long[ds.size()];
        double[] dividends = new double[ds.size()];
        for (int k = 0; k < ds.size(); k++) {
            carriers[k] = mask(ds.get(k).members(), n, "dividends[" + k + "].members");
            dividends[k] = ds.get(k).worth();
        }
        return UnanimityGame.of(n, carriers, dividends);
    }

    /** The bitmask of a coalition given by its members, each in [0, n), distinct. */
    /**
     * One player index of a pair, in [0, n): plain ints, no bitmask, so a synergy game takes every player
     * up to dataprice.split.max-synergy-players (1,000; the core's 4,096), not only the first 62.
     */
    private static int player(List<Integer> members, int at, int n, String field) {
        int m = members.get(at);
        Require.that(m >= 0 && m < n, field + "[" + at + "]", m, Rule.OUT_OF_RANGE, "[0, " + (n - 1) + "]");
        return m;
    }

    private static long mask(List<Integer> members, int n, String field) {
        long mask = 0;
        for (int j = 0; j < members.size(); j++) {
            int m = members.get(j);
            Require.that(m >= 0 && m < n && m < Game.MAX_PLAYERS, field + "[" + j + "]", m, Rule.OUT_OF_RANGE,
                    "[0, " + (n - 1) + "]");
            Require.that((mask & 1L << m) == 0, field + "[" + j + "]", m, Rule.DUPLICATE, m);
            mask |= 1L << m;
        }
        return mask;
    }

    private static double[] doubles(List<Double> values, String field) {
        return Require.notNull(values, field).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The request's shape for a game method: a {@code game}, no {@code data}.
     *
     * @param request the request
     * @return its game
     */
    public static GameRequest gameOf(ContributionRequest request) {
        Require.that(request.data() == null, "data", "present", Rule.INVALID_STATE,
                request.method() + " values the players of 'game'; leave out 'data'");
        return Require.notNull(request.game(), "game");
    }

    /**
     * The request's shape for a data method: {@code data} within the size limits, no {@code game}.
     *
     * @param request the request
     * @param limits  the service limits
     * @return its data
     */
    public static DataRequest dataOf(ContributionRequest request, SplitLimits limits) {
        Require.that(request.game() == null, "game", "present", Rule.INVALID_STATE,
                request.method() + " values the training points of 'data'; leave out 'game'");
        DataRequest d = Require.notNull(request.data(), "data");
        Require.withinLimit(d.training().size(), limits.getMaxTrainingPoints(), "data.training",
                "dataprice.split.max-training-points");
        Require.withinLimit(d.test().size(), limits.getMaxTestPoints(), "data.test", "dataprice.split.max-test-points");
        return d;
    }

    /**
     * @param request a request of a sampled method
     * @return its sampling block (required)
     */
    public static SamplingRequest samplingOf(ContributionRequest request) {
        return Require.notNull(request.sampling(), "sampling");
    }

    /**
     * @param players the game's players
     * @param limits  the service limits
     */
    public static void checkCoreCheckSize(int players, SplitLimits limits) {
        Require.withinLimit(players, limits.getMaxExactPlayers(), "game.players", SAMPLING_ADVICE);
    }

    /**
     * @param points the training points
     * @param limits the service limits
     */
    public static void checkLeaveOneOutSize(int points, SplitLimits limits) {
        Require.withinLimit(points, limits.getMaxLeaveOneOutPoints(), "data.training",
                "leave-one-out walks the data n + 1 times (dataprice.split.max-leave-one-out-points); use KNN_SHAPLEY");
    }

    /**
     * @param s        the sampling block; not null
     * @param players  the players of the game (the walk length)
     * @param perJoin  the cost of one join relative to a game's (test points for data valuation, else 1)
     * @param limits   the service limits
     * @return the options
     */
    public static SamplingOptions toOptions(SamplingRequest s, int players, int perJoin, SplitLimits limits) {
        try {
            SamplingVariant variant = s.variant() == null ? SamplingOptions.DEFAULT_VARIANT : s.variant();
            Require.withinLimit(s.maxSamples(), limits.getMaxSamples(), "maxSamples",
                    "the budget is capped by dataprice.split.max-samples; set targetStandardError to stop earlier");
            double joins = (double) s.maxSamples() * players * perJoin
                    * (variant == SamplingVariant.STRATIFIED ? Math.max(1, players / 2.0) : 1);
            if (joins > limits.getMaxSamplingWork()) {
                long most = (long) Math.max(2, s.maxSamples() * (limits.getMaxSamplingWork() / joins));
                throw new org.dataprice.error.LimitExceededException("maxSamples", s.maxSamples(), most,
                        "maxSamples x players" + (perJoin > 1 ? " x test points" : "")
                                + " is capped by dataprice.split.max-sampling-work");
            }
            return new SamplingOptions(s.seed(), s.maxSamples(),
                    s.targetStandardError() == null ? SamplingOptions.NO_TARGET : s.targetStandardError(),
                    s.confidence() == null ? SamplingOptions.DEFAULT_CONFIDENCE : s.confidence(), variant,
                    s.blockSize() == null ? SamplingOptions.DEFAULT_BLOCK_SIZE : s.blockSize());
        } catch (DatapriceException e) {
            throw e.within("sampling");
        }
    }

    /**
     * @param points the points; not null
     * @param field  their JSON path, e.g. {@code data.training}
     * @return the labelled data
     */
    public static LabelledData toData(List<DataRequest.Point> points, String field) {
        try {
            double[][] features = new double[points.size()][];
            int[] labels = new int[points.size()];
            for (int i = 0; i < features.length; i++) {
                features[i] = doubles(points.get(i).features(), "[" + i + "].features");
                labels[i] = points.get(i).label();
            }
            return LabelledData.of(features, labels);
        } catch (InvalidInputException e) {
            Matcher m = POINT_FEATURES.matcher(e.field());
            if (m.matches()) { // the model's features[p][j] is the request's <field>[p].features[j]
                throw new InvalidInputException(field + "[" + m.group(1) + "].features" + m.group(2), e.value(),
                        e.rule(), e.bounds());
            }
            throw e.within(field);
        } catch (DatapriceException e) {
            throw e.within(field);
        }
    }

    /**
     * @param allocation the allocation; not null
     * @param players    n
     * @return it as an array
     */
    public static double[] toAllocation(List<Double> allocation, int players) {
        Require.size(Require.notNull(allocation, "allocation").size(), players, "allocation");
        return doubles(allocation, "allocation");
    }

    /**
     * Renames a model's field to the request's name for it, e.g. the core check's {@code x} to
     * {@code allocation}, or the truncation rule's {@code tolerance} to {@code truncation}.
     *
     * @param e     an exception of the model
     * @param model the model's field name
     * @param json  the request's field name
     * @return the same problem on the request's field, or {@code e} when it concerns another field
     */
    public static DatapriceException renamed(DatapriceException e, String model, String json) {
        return org.dataprice.api.json.CoreFields.rename(e, model, json);
    }

    /**
     * @param method the method asked for
     * @param kind   the game's kind; null for data
     * @param c      a uniform contribution
     * @return the answer
     */
    public static ContributionResponse toResponse(ValueMethod method, GameKind kind, Contribution c) {
        return toResponse(method, kind, c, null);
    }

    /**
     * @param method  the method asked for
     * @param kind    the game's kind
     * @param c       a contribution from the core's dispatch (sampled values or the least core attached where they apply)
     * @param variant the sampling variant when sampling options were given, else null
     * @return the answer
     */
    public static ContributionResponse toResponse(ValueMethod method, GameKind kind, Contribution c, SamplingVariant variant) {
        if (c.sampled() != null) {
            return toResponse(method, kind, c.sampled(), variant == null ? SamplingOptions.DEFAULT_VARIANT : variant);
        }
        if (c.leastCore() != null) {
            return toResponse(kind, c.leastCore());
        }
        return new ContributionResponse(method, c.algorithm(), kind, c.exact(), c.values(),
                c.exact() ? null : c.standardErrors(), null, null, null, c.warnings(),
                ExplanationResponse.from(c.explanation()));
    }

    /**
     * @param method the method asked for
     * @param kind   the game's kind; null for data
     * @param v      exact values
     * @return the answer
     */
    public static ContributionResponse toResponse(ValueMethod method, GameKind kind, PlayerValues v) {
        return new ContributionResponse(method, v.method(), kind, true, v.values(), null, null, null, null, List.of(),
                ExplanationResponse.from(v.explanation()));
    }

    /**
     * @param method  the method asked for
     * @param kind    the game's kind; null for data
     * @param v       sampled values
     * @param variant the sampling variant
     * @return the answer
     */
    public static ContributionResponse toResponse(ValueMethod method, GameKind kind, SampledValues v,
                                                  SamplingVariant variant) {
        ContributionResponse.Sampling sampling = new ContributionResponse.Sampling(v.seed(), v.samples(),
                variant.name(), v.confidence(), v.lower(), v.upper(), v.converged(), diagnostics(v.diagnostics()));
        return new ContributionResponse(method, v.method(), kind, false, v.values(), v.standardErrors(), sampling,
                null, null, v.warnings(), ExplanationResponse.from(v.explanation()));
    }

    private static ContributionResponse.Diagnostics diagnostics(org.dataprice.split.sampling.ShapleyDiagnostics d) {
        return new ContributionResponse.Diagnostics(d.permutations(), d.requiredSamples(), d.grandValue(), d.sum(),
                d.efficiencyGap(), d.maxIntervalWidth(), d.largestShares(), d.effectiveSampleSizes(), d.undeterminedPairs());
    }

    /**
     * @param kind the game's kind
     * @param lc   the least core
     * @return the answer: the least-core point as values, with ε
     */
    public static ContributionResponse toResponse(GameKind kind, LeastCore lc) {
        return new ContributionResponse(ValueMethod.LEAST_CORE, lc.point().method(), kind, true, lc.point().values(),
                null, null, new ContributionResponse.LeastCore(lc.epsilon(), lc.coreEmpty()), null, List.of(),
                ExplanationResponse.from(lc.point().explanation()));
    }

    /**
     * @param kind       the game's kind
     * @param allocation the allocation checked
     * @param check      the check
     * @return the answer
     */
    public static ContributionResponse toResponse(GameKind kind, double[] allocation, CoreCheck check) {
        List<Integer> worst = new ArrayList<>();
        for (long s = check.worstCoalition(); s != 0; s &= s - 1) {
            worst.add(Long.numberOfTrailingZeros(s));
        }
        List<Double> x = new ArrayList<>();
        for (double xi : allocation) {
            x.add(xi);
        }
        return new ContributionResponse(ValueMethod.CORE_CHECK, check.explanation().methodId(), kind, true,
                Collections.unmodifiableList(x), null, null, null,
                new ContributionResponse.Core(check.member(), worst, check.maxExcess()), List.of(),
                ExplanationResponse.from(check.explanation()));
    }
}
