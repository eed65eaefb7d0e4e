package org.dataprice.api.split;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.error.DatapriceException;
import org.dataprice.progress.Progress;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Runs {@code POST /v1/contributions}: maps the game or data, and calls the core. Which algorithm answers a
 * game method (closed forms, enumeration within the {@link SplitLimits}, sampling, the cost side of a cost game)
 * is decided by the core's one dispatch, {@link Contributions#compute(org.dataprice.split.game.IncrementalGame,
 * ContributionMethod, GameSense, SamplingOptions, EnumerationLimits)}. The synchronous answer stores nothing; a
 * request accepted as a job ({@link ContributionJobs}) is computed by {@link #run} and its answer stored once in
 * {@code contribution_run} (V69), read back by {@link #stored}. Thread-safe.
 */
@Singleton
public class ContributionService {
    private static final Set<ValueMethod> DATA = EnumSet.of(ValueMethod.KNN_SHAPLEY, ValueMethod.TMC_SHAPLEY,
            ValueMethod.LEAVE_ONE_OUT);

    private final SplitLimits limits;
    private final ContributionRunRepository runs;
    private final Transactions transactions;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param limits       the service limits
     * @param runs         the stored runs of contribution jobs
     * @param transactions the service's transactions
     * @param json         writes the stored request and answer
     * @param clock        the service clock
     */
    public ContributionService(SplitLimits limits, ContributionRunRepository runs, Transactions transactions, JsonMapper json,
                               Clock clock) {
        this.limits = limits;
        this.runs = runs;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Checks a request before it is accepted as a job: maps the game (or the data) and the sampling options exactly as
     * {@link #compute} does, so a request that {@link #compute} would refuse for its shape or its limits is refused now
     * (422 naming the field) rather than by a failed job. The computation itself is not run.
     *
     * @param request the validated request
     */
    public void check(ContributionRequest request) {
        if (DATA.contains(request.method())) {
            DataRequest d = ContributionMapper.dataOf(request, limits);
            LabelledData train = ContributionMapper.toData(d.training(), "data.training");
            LabelledData test = ContributionMapper.toData(d.test(), "data.test");
            if (request.method() == ValueMethod.LEAVE_ONE_OUT) {
                ContributionMapper.checkLeaveOneOutSize(train.size(), limits);
            } else if (request.method() == ValueMethod.TMC_SHAPLEY) {
                ContributionMapper.toOptions(ContributionMapper.samplingOf(request), train.size(), test.size(), limits);
            }
            return;
        }
        Game game = ContributionMapper.toGame(ContributionMapper.gameOf(request), limits);
        if (request.method() == ValueMethod.CORE_CHECK) {
            ContributionMapper.checkCoreCheckSize(game.players(), limits);
        } else if (request.sampling() != null) {
            ContributionMapper.toOptions(request.sampling(), game.players(), 1, limits);
        }
    }

    /**
     * Runs a request accepted as a job: computes it as {@link #compute} does (the same answer, bit for bit) inside
     * {@link JobContext#compute}, so a cancel interrupts the core's loops, then stores the answer in the transaction
     * that marks the job SUCCEEDED: once per job (unique {@code job_id}); a cancelled or superseded run stores nothing.
     *
     * @param request the stored request
     * @param job     the job
     * @return the stored run's link, {@code /v1/contributions/runs/{id}}
     */
    public String run(ContributionRequest request, JobContext job) {
        job.progress().advance(0, 1);
        ContributionResponse answer = job.compute(() -> compute(request, job.progress()));
        String requestJson = write(request);
        String resultJson = write(answer);
        return job.succeed(() -> {
            ContributionRunRow row = runs.save(new ContributionRunRow(RecordIds.nextId(clock), job.id(), job.owner(),
                    ServiceClock.now(clock), requestJson, resultJson));
            return href(row.id());
        });
    }

    /**
     * @param id     a run id
     * @param caller the caller's principal name
     * @param admin  whether the caller is ADMIN
     * @return the stored answer (JSON, as computed)
     * @throws ProblemException 404 when there is no such run or it is another caller's
     */
    public String stored(String id, String caller, boolean admin) {
        return transactions.read(() -> runs.findById(id)).filter(r -> admin || r.createdBy().equals(caller))
                .map(ContributionRunRow::resultJson)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No contribution run " + id));
    }

    /**
     * @param id a run id
     * @return its path
     */
    public static String href(String id) {
        return "/v1/contributions/runs/" + id;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param request the validated request
     * @return the values
     */
    public ContributionResponse compute(ContributionRequest request) {
        return compute(request, Progress.NONE);
    }

    /**
     * @param request  the validated request
     * @param progress told the core's sampling progress (blocks of permutations), and stops it by throwing
     * @return the values, bit for bit those of {@link #compute(ContributionRequest)}
     */
    private ContributionResponse compute(ContributionRequest request, Progress progress) {
        if (DATA.contains(request.method())) {
            return data(request, progress);
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
                    new EnumerationLimits(limits.getMaxExactPlayers(), limits.getMaxNucleolusPlayers()), progress);
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

    private ContributionResponse data(ContributionRequest request, Progress progress) {
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
                            KnnUtility.of(train, test, d.k()), options, truncation, progress), options.variant());
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
