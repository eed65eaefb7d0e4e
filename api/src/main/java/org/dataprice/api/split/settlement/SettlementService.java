package org.dataprice.api.split.settlement;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.budget.RequestBudget;
import org.dataprice.api.id.RecordIds;
import org.dataprice.api.job.JobContext;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.registry.AuthorisationService;
import org.dataprice.api.registry.PaymentAuthorisation;
import org.dataprice.api.registry.RegistryCitations;
import org.dataprice.api.pricing.deal.DealService;
import org.dataprice.api.split.SplitLimits;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.error.DatapriceException;
import org.dataprice.progress.Progress;
import org.dataprice.split.payout.ScheduleResult;
import org.dataprice.split.payout.SettlementPlan;
import org.dataprice.split.pool.DealPool;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Records settlements (收益分配) in the append-only ledger: load the deals a pool is drawn from, settle the
 * plan in the core ({@link SettlementPlan#settle()}: the payout schedule and the roster), save the rows in one
 * transaction with the ledger chain. {@link SettlementReadService} reads them back.
 *
 * <p>Storage (migration V44): a settlement is one {@code split_settlement} row (with each party's total
 * over the periods as a document), one {@code split_settlement_period} row per period (with that
 * period's statements and their lines as one compact JSON document, {@link StatementDocuments}, its
 * statement count and total paid) and one row per principal: 13 period rows for 10,000 parties × 13
 * periods instead of 260,000 statement and line rows. The documents are columns of the ledger record's
 * rows, so its hash covers every amount in them. The POST's answer is built from the rows it inserts
 * ({@link LedgerMapper#summary}), exactly as GET and the idempotent replay build it from the rows read back.
 * Thread-safe; all state is in the database.
 */
@Singleton
public class SettlementService {
    /** Rows per JDBC batch. */
    private static final int BATCH = 1_000;
    private final RegistryCitations registry;
    private final AuthorisationService authorisations;
    private final Transactions transactions;
    private final JsonMapper json;
    private final SplitLimits limits;
    private final LedgerChain chain;
    private final RequestBudget budget;
    private final Clock clock;
    private final DealService deals;

    /**
     * @param transactions the service's transactions (the inserts join the settlement's transaction)
     * @param json         the JSON mapper (documents and explanations are stored as JSON)
     * @param limits       the service limits
     * @param chain        the ledger chain (a settlement is a record of the settlements ledger)
     * @param budget       the request time budget (the computation is interruptible, the inserts are not)
     * @param clock        the service clock
     * @param deals        the recorded deals (a period's pool may be drawn from them)
     * @param registry     the registry (a settlement may cite a registration)
     * @param authorisations the authorisation records (a payment may cite the authorisation it pays for)
     */
    public SettlementService(Transactions transactions, JsonMapper json, SplitLimits limits, LedgerChain chain,
                             RequestBudget budget, Clock clock, DealService deals, RegistryCitations registry,
                             AuthorisationService authorisations) {
        this.authorisations = authorisations;
        this.registry = registry;
        this.transactions = transactions;
        this.json = json;
        this.limits = limits;
        this.chain = chain;
        this.budget = budget;
        this.clock = clock;
        this.deals = deals;
    }

    /**
     * Settles and records; the rows are committed when the caller's transaction commits (the
     * idempotency interceptor's, joined like every write here: propagation MANDATORY through
     * {@link LedgerChain#append}). Rows: the settlement (with its totals document), one row per period
     * (with its statements document, {@link StatementDocuments}) and one per principal.
     *
     * @param request   the validated request
     * @param createdBy the caller's principal name
     * @return the settlement as recorded (the summary)
     */
    public SettlementResponse create(SettlementRequest request, String createdBy) {
        if (request.registrationId() != null) {
            registry.requireKnown(request.registrationId());
        }
        return transactions.write(() -> createIn(request, createdBy, budget::compute, Progress.NONE));
    }

    /**
     * Checks what can be checked before a settlement is accepted as a job ({@code 202}): the size limits, the currency
     * and the registration. The terms and the roster are checked when the job runs (a job that breaks them FAILS with
     * the rule and the field).
     *
     * @param request the validated request
     */
    public void check(SettlementRequest request) {
        SettlementMapper.requireWithin(request, limits);
        SettlementMapper.currency(request.currency());
        if (request.registrationId() != null) {
            registry.requireKnown(request.registrationId());
        }
    }

    /**
     * Runs a settlement accepted as a job: settles with the job's progress (periods done of all) and its cancel (the
     * schedule stops at the next period, or on the interrupt of {@link JobContext#compute}), and records it in the
     * transaction that marks the job SUCCEEDED ({@link JobContext#succeed}): a cancelled or superseded run records
     * nothing, a run started again after a restart records the settlement once. Pools drawn from deals are drawn from
     * the deals recorded when the job runs.
     *
     * @param request the stored request
     * @param job     the job
     * @return the recorded settlement's link, {@code /v1/settlements/{id}}
     */
    public String record(SettlementRequest request, JobContext job) {
        if (request.registrationId() != null) {
            registry.requireKnown(request.registrationId());
        }
        return job.succeed(() -> "/v1/settlements/" + createIn(request, job.owner(), job::compute, job.progress()).id());
    }

    private SettlementResponse createIn(SettlementRequest request, String createdBy,
                                        Function<Supplier<ScheduleResult>, ScheduleResult> compute, Progress progress) {
        SettlementMapper.requireWithin(request, limits);
        Currency cur = SettlementMapper.currency(request.currency());
        DealPool[] drawn = drawPools(request);
        SettlementPlan plan = SettlementMapper.toPlan(request, cur, drawn);
        ScheduleResult result = compute.apply(() -> plan.settle(progress));
        Instant createdAt = ServiceClock.now(clock);
        LedgerMapper.Recorded rows = LedgerMapper.toRows(RecordIds.nextId(createdAt), createdAt,
                createdBy, plan, result, drawn, new RowIds(createdAt)::next, json);
        transactions.onConnection(c -> {
            insert(c, rows);
            return null;
        });
        chain.append(Ledger.SETTLEMENTS, rows.settlement().id());
        if (request.registrationId() != null) {
            registry.cite(RegistryCitations.Kind.SETTLEMENT, rows.settlement().id(), request.registrationId(), createdBy,
                    rows.settlement().createdAt());
        }
        List<PaymentAuthorisation> cited = authorisations.citeSettlement(rows.settlement().id(), payments(request),
                createdBy, rows.settlement().createdAt());
        return LedgerMapper.summary(rows.settlement(), rows.periods(), json).withAuthorisations(cited);
    }

    /** The per-use fees and annual payments that name the authorisation they pay for, with the payee's names. */
    private static List<AuthorisationService.Payment> payments(SettlementRequest request) {
        java.util.Map<String, java.util.Set<String>> names = new java.util.HashMap<>();
        for (SettlementRequest.Party p : request.parties()) {
            java.util.Set<String> n = names.computeIfAbsent(p.id(), k -> new java.util.HashSet<>(java.util.Set.of(k)));
            n.addAll(p.principals());
        }
        List<AuthorisationService.Payment> out = new java.util.ArrayList<>();
        for (int i = 0; i < request.periods().size(); i++) {
            SettlementRequest.Terms t = request.periods().get(i).terms();
            String at = "periods[" + i + "].terms.";
            List<SettlementRequest.PerUseTerm> perUse = t.perUseFees() == null ? List.of() : t.perUseFees();
            for (int j = 0; j < perUse.size(); j++) {
                SettlementRequest.PerUseTerm p = perUse.get(j);
                if (p.authorisationId() != null) {
                    out.add(new AuthorisationService.Payment(at + "perUseFees[" + j + "]", p.party(),
                            names.getOrDefault(p.party(), java.util.Set.of(p.party())), p.authorisationId()));
                }
            }
            List<SettlementRequest.AnnualTerm> annual = t.annualPayments() == null ? List.of() : t.annualPayments();
            for (int j = 0; j < annual.size(); j++) {
                SettlementRequest.AnnualTerm a = annual.get(j);
                if (a.authorisationId() != null) {
                    out.add(new AuthorisationService.Payment(at + "annualPayments[" + j + "]", a.party(),
                            names.getOrDefault(a.party(), java.util.Set.of(a.party())), a.authorisationId()));
                }
            }
        }
        return out;
    }

    /**
     * Reads, per period whose pool is drawn from deals, the deals it is drawn from (in the settlement's
     * transaction: the pool is what the ledger of deals held when the settlement was recorded).
     */
    private DealPool[] drawPools(SettlementRequest request) {
        DealPool[] out = new DealPool[request.periods().size()];
        for (int i = 0; i < out.length; i++) {
            SettlementRequest.DealSource source = request.periods().get(i).deals();
            if (source != null) {
                try {
                    out[i] = deals.pool(source.productId(), source.listingId(), source.from(), source.to(), limits.getMaxPoolDeals());
                } catch (DatapriceException e) {
                    throw e.within("periods[" + i + "].deals");
                }
            }
        }
        return out;
    }

    /**
     * Inserts every row of a settlement on the caller's connection (the transaction of {@link #create};
     * nothing here commits): the settlement, its periods with their statements documents, the principals
     * in JDBC batches. No statement or line rows (migration V44).
     */
    private static void insert(Connection c, LedgerMapper.Recorded rows) throws SQLException {
        LedgerRows.SettlementRow settlement = rows.settlement();
        String id = settlement.id();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement (id, currency, period_count, "
                + "carried_forward, created_at, created_by, explanation, totals) VALUES (?,?,?,?,?,?,?,?)")) {
            s.setString(1, id);
            s.setString(2, settlement.currency());
            s.setInt(3, settlement.periodCount());
            s.setBigDecimal(4, settlement.carriedForward());
            s.setObject(5, settlement.createdAt().atOffset(ZoneOffset.UTC));
            s.setString(6, settlement.createdBy());
            s.setString(7, settlement.explanation());
            s.setString(8, settlement.totals());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement_period (id, settlement_id, "
                + "period_index, label, pool, carried_in, retained, carried_forward, explanation, statements, "
                + "statement_count, total_paid, pool_source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (LedgerRows.PeriodRow p : rows.periods()) {
                s.setString(1, p.id());
                s.setString(2, id);
                s.setInt(3, p.periodIndex());
                s.setString(4, p.label());
                s.setBigDecimal(5, p.pool());
                s.setBigDecimal(6, p.carriedIn());
                s.setBigDecimal(7, p.retained());
                s.setBigDecimal(8, p.carriedForward());
                s.setString(9, p.explanation());
                s.setString(10, p.statements());
                s.setInt(11, p.statementCount());
                s.setBigDecimal(12, p.totalPaid());
                s.setString(13, p.poolSource());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement_principal (id, settlement_id, "
                + "party, principal) VALUES (?,?,?,?)")) {
            int pending = 0;
            for (LedgerRows.PrincipalRow r : rows.principals()) {
                s.setString(1, r.id());
                s.setString(2, id);
                s.setString(3, r.party());
                s.setString(4, r.principal());
                s.addBatch();
                if (++pending >= BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            s.executeBatch();
        }
    }

    /**
     * Row ids of one settlement: a time-ordered (version 7, {@link RecordIds}) UUID, then the same UUID with a
     * counter in the low 32 bits of its variant half, so a settlement's rows are adjacent keys at the right edge of
     * the index. Unique: distinct counters within a settlement (at most 10,000 parties × 120 periods × a few lines,
     * far below 2^32), different milliseconds or 42 random bits apart between settlements (a clash would fail the
     * primary key, never merge two settlements); one {@code SecureRandom} draw per settlement instead of one per row.
     */
    private static final class RowIds {
        private final long msb;
        private final long lsb;
        private long counter;

        RowIds(Instant createdAt) {
            UUID base = RecordIds.next(createdAt);
            msb = base.getMostSignificantBits();
            lsb = base.getLeastSignificantBits() & ~0xFFFFFFFFL;
        }

        String next() {
            return new UUID(msb, lsb | (counter++ & 0xFFFFFFFFL)).toString();
        }
    }
}
