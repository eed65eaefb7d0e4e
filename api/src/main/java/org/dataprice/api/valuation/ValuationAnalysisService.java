package org.dataprice.api.valuation;

import jakarta.inject.Singleton;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.appraisal.driver.EngagementDrivers;
import org.dataprice.progress.Progress;
import org.dataprice.sensitivity.BaseCase;
import org.dataprice.sensitivity.ScenarioAnalysis;
import org.dataprice.sensitivity.ScenarioInputs;
import org.dataprice.sensitivity.ScenarioTable;
import org.dataprice.sensitivity.Tornado;
import org.dataprice.sensitivity.TornadoResult;
import org.dataprice.sensitivity.TornadoInputs;
import org.dataprice.sensitivity.TwoWayAnalysis;
import org.dataprice.sensitivity.TwoWayInputs;
import org.dataprice.sensitivity.TwoWayTable;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.ValuationMonteCarlo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyses of a stored valuation: sensitivity (tornado, two-way table, scenarios) and a seeded Monte Carlo of
 * the reconciled value. Load → core → answer: the stored engagement is read once by {@link ValuationService},
 * mapped once to the core's {@code Engagement} and moved by the core's {@link EngagementDrivers} (no JSON per
 * draw); the models are the core's {@link Tornado}, {@link TwoWayAnalysis}, {@link ScenarioAnalysis} and
 * {@link ValuationMonteCarlo}.
 *
 * <p><b>Stored with the valuation.</b> Each run is stored before it is answered ({@link StoredAnalysis}, table
 * {@code valuation_analysis}, V55): the request as received and the answer as sent, numbered 1, 2, ... per valuation,
 * one insert and its {@link Ledger#VALUATION_ANALYSES} ledger entry in one transaction (the number is read inside the
 * retried command, so two concurrent runs get two numbers). The controller makes the POST exactly-once per
 * {@code Idempotency-Key}. A report revision issued afterwards ({@link ValuationService#reissue}) draws the latest
 * stored run of each kind; revisions issued before stay as they are. A run computed by a job (not a synchronous one)
 * also issues that revision itself: the job's last transaction stores the run, issues revision {@code latest + 1} when
 * the report was issued before, and marks the job SUCCEEDED, all or nothing.
 */
@Singleton
public class ValuationAnalysisService {
    private final ValuationService valuations;
    private final ValuationConfiguration configuration;
    private final StoredAnalysisRepository repository;
    private final Transactions transactions;
    private final LedgerChain chain;
    private final Clock clock;

    /**
     * @param valuations    the stored valuations (their engagements)
     * @param configuration the analysis limits (draws, threads)
     * @param repository    the stored analyses
     * @param transactions  the service's transactions
     * @param chain         the ledger chain
     * @param clock         the service clock
     */
    public ValuationAnalysisService(ValuationService valuations, ValuationConfiguration configuration,
                                    StoredAnalysisRepository repository, Transactions transactions, LedgerChain chain,
                                    Clock clock) {
        this.valuations = valuations;
        this.configuration = configuration;
        this.repository = repository;
        this.transactions = transactions;
        this.chain = chain;
        this.clock = clock;
    }

    /**
     * A run as stored, with the answer sent.
     *
     * @param number the run's number within its valuation
     * @param body   the answer
     * @param <T>    the answer's type
     */
    public record Recorded<T>(int number, T body) {
    }

    /**
     * Runs {@link #sensitivity(String, AnalysisRequests.Sensitivity)} and stores the run with the valuation.
     *
     * @param id        the valuation id
     * @param request   the analyses
     * @param principal the caller
     * @return the run's number and its results
     */
    public Recorded<AnalysisResponses.Sensitivity> recordSensitivity(String id, AnalysisRequests.Sensitivity request, String principal) {
        AnalysisResponses.Sensitivity body = sensitivity(id, request);
        return new Recorded<>(store(id, AnalysisKind.SENSITIVITY, request, body, principal), body);
    }

    /**
     * Runs {@link #monteCarlo(String, AnalysisRequests.MonteCarlo)} and stores the run with the valuation.
     *
     * @param id        the valuation id
     * @param request   the simulation
     * @param principal the caller
     * @return the run's number and its results
     */
    public Recorded<AnalysisResponses.MonteCarlo> recordMonteCarlo(String id, AnalysisRequests.MonteCarlo request, String principal) {
        AnalysisResponses.MonteCarlo body = monteCarlo(id, request);
        return new Recorded<>(store(id, AnalysisKind.MONTE_CARLO, request, body, principal), body);
    }

    /**
     * @param id the valuation id
     * @return its stored runs, oldest first
     * @throws ProblemException 404 for an unknown valuation
     */
    public AnalysisResponses.Runs runs(String id) {
        valuations.requireExists(id);
        List<AnalysisResponses.RunSummary> items = new ArrayList<>();
        for (AnalysisSummary s : repository.findByValuationIdOrderByNumber(id)) {
            items.add(new AnalysisResponses.RunSummary(s.number(), s.kind(), href(id, s.number()), s.createdAt(), s.createdBy()));
        }
        return new AnalysisResponses.Runs(id, List.copyOf(items));
    }

    /**
     * @param id     the valuation id
     * @param number the run's number
     * @return the stored run: request and answer as they were
     * @throws ProblemException 404 for an unknown valuation or run
     */
    public AnalysisResponses.Run run(String id, int number) {
        valuations.requireExists(id);
        StoredAnalysis s = repository.findByValuationIdAndNumber(id, number).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "Valuation " + id + " has no stored analysis " + number));
        boolean sensitivity = AnalysisKind.valueOf(s.kind()) == AnalysisKind.SENSITIVITY;
        return new AnalysisResponses.Run(id, s.number(), s.kind(), s.createdAt(), s.createdBy(),
                sensitivity ? read(s.requestJson(), AnalysisRequests.Sensitivity.class) : null,
                sensitivity ? read(s.resultJson(), AnalysisResponses.Sensitivity.class) : null,
                sensitivity ? null : read(s.requestJson(), AnalysisRequests.MonteCarlo.class),
                sensitivity ? null : read(s.resultJson(), AnalysisResponses.MonteCarlo.class));
    }

    /**
     * @param valuationId the valuation
     * @param number      a run's number
     * @return where the stored run is read
     */
    public static String href(String valuationId, int number) {
        return "/v1/valuations/" + valuationId + "/analyses/" + number;
    }

    private int store(String id, AnalysisKind kind, Object request, Object body, String principal) {
        String requestJson = write(request);
        String resultJson = write(body);
        Instant now = ServiceClock.now(clock);
        String rowId = RecordIds.nextId(clock);
        // the number is read inside the retried command: a concurrent run of the same valuation makes this one n + 2
        return transactions.write(() -> {
            int number = repository.lastNumber(id) + 1;
            repository.save(new StoredAnalysis(rowId, id, number, kind.name(), requestJson, resultJson, now, principal));
            chain.append(Ledger.VALUATION_ANALYSES, rowId);
            return number;
        });
    }

    private String write(Object value) {
        return valuations.write(value);
    }

    private <T> T read(String text, Class<T> type) {
        return valuations.read(text, type);
    }

    /**
     * Tornado, two-way table and/or scenarios over the stored engagement's drivers.
     *
     * @param id      the valuation id
     * @param request the analyses
     * @return the results
     */
    public AnalysisResponses.Sensitivity sensitivity(String id, AnalysisRequests.Sensitivity request) {
        return sensitivity(id, request, (index, of) -> Progress.NONE);
    }

    /** The progress of loop {@code index} of the {@code of} loops a run computes. */
    @FunctionalInterface
    private interface Parts {
        Progress part(int index, int of);
    }

    /**
     * The same analyses, each loop reporting to its share of a job's progress: the loops the request asks for (tornado,
     * two-way, scenarios, in that order) are parts 0 … n−1 of n, so a job of one loop counts that loop alone (its
     * progress reaches 100 % and its ETA is the loop's, never a share held by a loop that is not run); results identical
     * to {@link #sensitivity(String, AnalysisRequests.Sensitivity)}.
     */
    private AnalysisResponses.Sensitivity sensitivity(String id, AnalysisRequests.Sensitivity request, Parts parts) {
        EngagementDrivers drivers = drivers(id);
        BaseCase base = AnalysisMapper.base(drivers);
        TornadoInputs t = AnalysisMapper.tornado(request, drivers, base);
        TwoWayInputs w = AnalysisMapper.twoWay(request, drivers, base);
        ScenarioInputs s = AnalysisMapper.scenarios(request, drivers, base);
        int of = (t == null ? 0 : 1) + (w == null ? 0 : 1) + (s == null ? 0 : 1);
        int next = 0;
        TornadoResult tornado = null;
        if (t != null) {
            tornado = Tornado.DEFAULT.compute(t, parts.part(next++, of));
        }
        TwoWayTable twoWay = null;
        if (w != null) {
            twoWay = TwoWayAnalysis.DEFAULT.compute(w, parts.part(next++, of));
        }
        ScenarioTable scenarios = s == null ? null : ScenarioAnalysis.DEFAULT.compute(s, parts.part(next, of));
        return AnalysisMapper.toResponse(id, currency(drivers), drivers, base, tornado, twoWay, scenarios);
    }

    /**
     * Checks a sensitivity request against the stored valuation without running it (the 4xx a job would otherwise
     * fail with is answered before the job is started).
     *
     * @param id      the valuation id
     * @param request the analyses
     * @throws org.dataprice.error.DatapriceException when the request does not fit the valuation
     */
    public void checkSensitivity(String id, AnalysisRequests.Sensitivity request) {
        EngagementDrivers drivers = drivers(id);
        BaseCase base = AnalysisMapper.base(drivers);
        AnalysisMapper.tornado(request, drivers, base);
        AnalysisMapper.twoWay(request, drivers, base);
        AnalysisMapper.scenarios(request, drivers, base);
    }

    /**
     * Checks a Monte Carlo request against the stored valuation without running it.
     *
     * @param id      the valuation id
     * @param request the simulation
     * @throws org.dataprice.error.DatapriceException when the request does not fit the valuation or the limits
     */
    public void checkMonteCarlo(String id, AnalysisRequests.MonteCarlo request) {
        AnalysisMapper.monteCarlo(request, drivers(id), configuration.getMaxDraws(), configuration.getThreads());
    }

    /**
     * The sensitivity as a job's work: runs with the job's progress (stopping when it is cancelled) and stores the run
     * in the transaction that marks the job SUCCEEDED.
     *
     * @param id      the valuation id
     * @param request the analyses
     * @param job     the job
     * @return the stored run's link
     */
    public String recordSensitivity(String id, AnalysisRequests.Sensitivity request, JobContext job) {
        AnalysisResponses.Sensitivity body = sensitivity(id, request, job::part);
        return succeed(id, AnalysisKind.SENSITIVITY, request, body, job);
    }

    /**
     * The Monte Carlo as a job's work: runs with the job's progress (draws done; stopping when it is cancelled) and
     * stores the run in the transaction that marks the job SUCCEEDED.
     *
     * @param id      the valuation id
     * @param request the simulation
     * @param job     the job
     * @return the stored run's link
     */
    public String recordMonteCarlo(String id, AnalysisRequests.MonteCarlo request, JobContext job) {
        AnalysisResponses.MonteCarlo body = monteCarlo(id, request, job.progress());
        return succeed(id, AnalysisKind.MONTE_CARLO, request, body, job);
    }

    /**
     * Ends an analysis job: in the transaction that marks the job SUCCEEDED, stores the run and, when the valuation's
     * report was issued already, issues it again as a new revision that draws the run
     * ({@link ValuationService#issueAfterAnalysis}, reason {@link #reissueReason}). The engagement is re-run for the
     * revision before the transaction opens. Exactly once: the three writes commit together only while this run still
     * owns the job, so a run started again after a restart, or by a second instance, stores one run and one revision.
     */
    private String succeed(String id, AnalysisKind kind, Object request, Object body, JobContext job) {
        ValuationService.NextRevision next = valuations.prepareRevision(id);
        return job.succeed(() -> {
            int number = store(id, kind, request, body, job.owner());
            valuations.issueAfterAnalysis(next, reissueReason(id, number, kind, job.id()), job.owner());
            return href(id, number);
        });
    }

    /**
     * The reason kept with a report revision issued because an analysis job completed (its provenance: the run and the
     * job).
     *
     * @param valuationId the valuation
     * @param number      the stored run's number
     * @param kind        its kind
     * @param jobId       the job that computed it
     * @return e.g. {@code analysis 3 completed (MONTE_CARLO, job 6f0c…): /v1/valuations/…/analyses/3}
     */
    public static String reissueReason(String valuationId, int number, AnalysisKind kind, String jobId) {
        return "analysis " + number + " completed (" + kind.name() + ", job " + jobId + "): " + href(valuationId, number);
    }

    /**
     * A seeded Monte Carlo of the reconciled value over the stored engagement's drivers.
     *
     * @param id      the valuation id
     * @param request distributions, correlation, seed, draws
     * @return summary statistics and histogram
     */
    public AnalysisResponses.MonteCarlo monteCarlo(String id, AnalysisRequests.MonteCarlo request) {
        return monteCarlo(id, request, Progress.NONE);
    }

    private AnalysisResponses.MonteCarlo monteCarlo(String id, AnalysisRequests.MonteCarlo request, Progress progress) {
        EngagementDrivers drivers = drivers(id);
        SimulationInputs inputs = AnalysisMapper.monteCarlo(request, drivers, configuration.getMaxDraws(), configuration.getThreads());
        double base = AnalysisMapper.base(drivers).baseValue();
        return AnalysisMapper.toResponse(id, currency(drivers), base, ValuationMonteCarlo.DEFAULT.run(inputs, progress));
    }

    private EngagementDrivers drivers(String id) {
        return new EngagementDrivers(ValuationMapper.toModel(valuations.engagement(id)));
    }

    /** The currency of the engagement's conclusion, as the core settled it (the request's, else the core default). */
    private static String currency(EngagementDrivers drivers) {
        return drivers.engagement().currency().getCurrencyCode();
    }
}
