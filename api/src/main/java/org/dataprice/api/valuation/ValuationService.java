package org.dataprice.api.valuation;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.appraisal.Appraisal;
import org.dataprice.appraisal.ValuationReport;
import org.dataprice.error.Require;
import org.dataprice.appraisal.html.ReportHtmlRenderer;
import org.dataprice.sensitivity.BaseCase;
import org.dataprice.sensitivity.ScenarioAnalysis;
import org.dataprice.sensitivity.ScenarioInputs;
import org.dataprice.sensitivity.Tornado;
import org.dataprice.sensitivity.TornadoInputs;
import org.dataprice.sensitivity.TwoWayAnalysis;
import org.dataprice.sensitivity.TwoWayInputs;
import org.dataprice.simulation.SimulationInputs;
import org.dataprice.simulation.ValuationMonteCarlo;

import java.io.IOException;
import java.sql.Connection;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates, stores and reads valuations. A valuation is computed ({@link Appraisal#run}) and stored —
 * engagement and report, one INSERT — before the caller is answered; rows are never changed afterwards.
 * HTML, PDF and CSV are rendered from the stored engagement, re-run: the report is reproducible bit for bit
 * from its inputs, so two renderings are identical.
 */
@Singleton
public class ValuationService {
    /** Classpath location of the report stylesheet. */
    public static final String STYLESHEET = "valuation/report.css";

    private final StoredValuationRepository repository;
    private final JsonMapper json;
    private final ReportHtmlRenderer html;
    private final ReportPdfRenderer pdf;
    private final ValuationConfiguration configuration;
    private final TransactionOperations<Connection> tx;
    private final LedgerChain chain;

    /**
     * @param repository the store
     * @param json       JSON mapper
     * @param pdf        the PDF renderer
     * @param configuration analysis limits
     * @param tx            transactions of the default datasource
     * @param chain         the ledger chain (every valuation is a record of the valuations ledger)
     */
    public ValuationService(StoredValuationRepository repository, JsonMapper json, ReportPdfRenderer pdf,
                            ValuationConfiguration configuration, TransactionOperations<Connection> tx, LedgerChain chain) {
        this.tx = tx;
        this.chain = chain;
        this.configuration = configuration;
        this.repository = repository;
        this.json = json;
        this.pdf = pdf;
        this.html = new ReportHtmlRenderer(stylesheet());
    }

    private static String stylesheet() {
        try (InputStream in = ValuationService.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs and stores an engagement.
     *
     * @param request   the engagement
     * @param principal the caller
     * @return the stored valuation
     */
    public ValuationResponse create(ValuationRequest request, String principal) {
        ValuationReport report = Appraisal.DEFAULT.run(ValuationMapper.toModel(request, ValuationMapper.Drivers.BASE));
        ReportResponse body = ValuationMapper.toResponse(report);
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StoredValuation row = new StoredValuation(id, request.reference(), write(request), write(body), report.inputHash(),
                report.libraryVersion(), report.conclusion().value().amount(), report.conclusion().value().currency().getCurrencyCode(),
                now, principal);
        tx.executeWrite(status -> {
            repository.save(row);
            return chain.append(Ledger.VALUATIONS, id);
        });
        return new ValuationResponse(id, now, principal, request, body);
    }

    /** The page size of {@link #list} when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The largest page of {@link #list}. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * A page of the stored valuations, newest first (created_at, then id, descending: a stable order).
     *
     * @param page page number from 0
     * @param size page size, 1 to {@link #MAX_PAGE_SIZE}
     * @return the page and the total count
     */
    public ValuationList list(int page, int size) {
        Require.atLeast(page, 0, "page");
        Require.inClosedRange(size, 1, MAX_PAGE_SIZE, "size");
        Require.withinLimit((long) page * size, Integer.MAX_VALUE, "page", "a smaller page number");
        List<ValuationSummary> rows = repository.list(Pageable.from(page, size,
                Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        List<ValuationList.Item> items = new ArrayList<>(rows.size());
        for (ValuationSummary r : rows) {
            items.add(new ValuationList.Item(r.id(), "/v1/valuations/" + r.id(), r.reference(), r.valueAmount(), r.currency(),
                    r.inputHash(), r.libraryVersion(), r.createdAt(), r.createdBy()));
        }
        return new ValuationList(items, page, size, repository.count());
    }

    /**
     * @param id the valuation id
     * @return the stored valuation
     * @throws ProblemException 404 when there is none
     */
    public ValuationResponse find(String id) {
        StoredValuation s = stored(id);
        return new ValuationResponse(s.id(), s.createdAt(), s.createdBy(), read(s.engagementJson(), ValuationRequest.class),
                read(s.reportJson(), ReportResponse.class));
    }

    /**
     * @param id the valuation id
     * @return the stored engagement as requested
     */
    public ValuationRequest engagement(String id) {
        return read(stored(id).engagementJson(), ValuationRequest.class);
    }

    /**
     * @param id the valuation id
     * @return the report, recomputed from the stored engagement
     */
    public ValuationReport report(String id) {
        return Appraisal.DEFAULT.run(ValuationMapper.toModel(engagement(id), ValuationMapper.Drivers.BASE));
    }

    /**
     * @param id the valuation id
     * @return the printable XHTML report
     */
    public String html(String id) {
        return html.render(report(id));
    }

    /**
     * @param id the valuation id
     * @return the PDF made from {@link #html(String)}
     */
    public byte[] pdf(String id) {
        return pdf.render(html(id));
    }

    /**
     * @param id the valuation id
     * @return the income cash-flow schedule as CSV (header only without the income approach)
     */
    public String csv(String id) {
        return report(id).cashFlows().toCsv();
    }

    /**
     * Tornado, two-way table and/or scenarios over the stored engagement's drivers ({@link ValuationDrivers}).
     *
     * @param id      the valuation id
     * @param request the analyses
     * @return the results
     */
    public AnalysisResponses.Sensitivity sensitivity(String id, AnalysisRequests.Sensitivity request) {
        ValuationRequest engagement = engagement(id);
        ValuationDrivers drivers = new ValuationDrivers(engagement);
        BaseCase base = AnalysisMapper.base(drivers);
        TornadoInputs t = AnalysisMapper.tornado(request, drivers, base);
        TwoWayInputs w = AnalysisMapper.twoWay(request, drivers, base);
        ScenarioInputs s = AnalysisMapper.scenarios(request, drivers, base);
        return AnalysisMapper.toResponse(id, currency(engagement), drivers, base, t == null ? null : Tornado.DEFAULT.compute(t),
                w == null ? null : TwoWayAnalysis.DEFAULT.compute(w), s == null ? null : ScenarioAnalysis.DEFAULT.compute(s));
    }

    /**
     * A seeded Monte Carlo of the reconciled value over the stored engagement's drivers.
     *
     * @param id      the valuation id
     * @param request distributions, correlation, seed, draws
     * @return summary statistics and histogram
     */
    public AnalysisResponses.MonteCarlo monteCarlo(String id, AnalysisRequests.MonteCarlo request) {
        ValuationRequest engagement = engagement(id);
        ValuationDrivers drivers = new ValuationDrivers(engagement);
        SimulationInputs inputs = AnalysisMapper.monteCarlo(request, drivers, configuration.getMaxDraws(), configuration.getThreads());
        double base = AnalysisMapper.base(drivers).baseValue();
        return AnalysisMapper.toResponse(id, currency(engagement), base, ValuationMonteCarlo.DEFAULT.run(inputs));
    }

    private static String currency(ValuationRequest r) {
        return r.currency() == null ? "CNY" : r.currency();
    }

    /** @return the renderer, for tests */
    ReportHtmlRenderer htmlRenderer() {
        return html;
    }

    private StoredValuation stored(String id) {
        Optional<StoredValuation> s = repository.findById(id);
        return s.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No valuation with id " + id));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
