package org.dataprice.api.split.settlement;

import org.dataprice.api.pricing.deal.DealService;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.time.ServiceClock;
import org.dataprice.api.transaction.Transactions;
import org.dataprice.split.pool.DealPool;
import org.dataprice.error.DatapriceException;
import org.dataprice.api.budget.RequestBudget;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.split.SplitLimits;
import org.dataprice.error.Require;
import org.dataprice.error.Rule;
import org.dataprice.explain.Explanation;
import org.dataprice.money.Money;
import org.dataprice.split.payout.LineKind;
import org.dataprice.split.payout.PartyStatement;
import org.dataprice.split.payout.PayoutLine;
import org.dataprice.split.payout.PayoutSchedule;
import org.dataprice.split.payout.Period;
import org.dataprice.split.payout.ScheduleResult;
import org.dataprice.split.payout.Settlement;

import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Settles revenue with {@link PayoutSchedule} and keeps the result in the append-only ledger; reads
 * it back, whole (ADMIN, SETTLEMENT) or one party's statements (that party's principals).
 *
 * <p>Party identity: each party of a settlement lists the principal names that may read its
 * statements ({@code apikey:<key id>} for an API key, {@code jwt:<sub>} for a JWT: the namespaces of
 * {@code org.dataprice.api.security.AuthenticationMethod}, so a token whose {@code sub} reads
 * {@code apikey:<id>} is not that key), stored with the settlement. A caller without ADMIN or
 * SETTLEMENT that is a principal of some party of the settlement gets its own party's statements and
 * 404 for any other party name; a caller that is a principal of no party of the settlement gets 404,
 * exactly as for a settlement that does not exist, so neither other parties nor other settlements
 * are ever revealed.
 *
 * <p>Storage (migration V44): a settlement is one {@code split_settlement} row (with each party's total
 * over the periods as a document), one {@code split_settlement_period} row per period (with that
 * period's statements and their lines as one compact JSON document, {@link StatementDocuments}, its
 * statement count and total paid) and one row per principal: 13 period rows for 10,000 parties × 13
 * periods instead of 260,000 statement and line rows. The documents are columns of the ledger record's
 * rows, so its hash covers every amount in them. Settlements recorded before V44 keep their
 * {@code split_settlement_statement} / {@code split_settlement_line} rows and are read from them (the
 * {@code legacy} paths here), with the same answers.
 *
 * <p>Every answer carries exactly the values of the ledger rows: the POST's is built from the rows it
 * inserts, GET and the idempotent replay read the rows back, so all three answer the same bytes. The
 * settlement's answer is a summary (per period its figures, statement count and the link to its
 * statements; per party its total); a period's statements are served a page at a time without
 * explanation, a party's statements with theirs, stored (settlements before migration V43) or derived
 * from the stored lines ({@code PartyStatement.explanation()}).
 * Thread-safe; all state is in the database.
 */
@Singleton
public class SettlementService {
    private final Clock clock;
    /** Joins the caller's transaction; never opens, commits or suspends one. */
    /** Rows per JDBC batch. */
    private static final int BATCH = 1_000;
    private final LedgerRepositories.Settlements settlements;
    private final LedgerRepositories.Periods periods;
    private final LedgerRepositories.Statements statements;
    private final LedgerRepositories.Lines lines;
    private final LedgerRepositories.Principals principals;
    private final Transactions transactions;
    private final JsonMapper json;
    private final SplitLimits limits;
    private final LedgerChain chain;
    private final RequestBudget budget;
    private final DealService deals;

    /**
     * @param settlements settlement rows
     * @param periods     period rows
     * @param statements  statement rows
     * @param lines       line rows
     * @param principals  principal rows
     * @param transactions the service's transactions (the inserts join the settlement's transaction)
     * @param json        the JSON mapper (explanations are stored as JSON)
     * @param limits      the service limits
     * @param chain       the ledger chain (a settlement is a record of the settlements ledger)
     * @param budget      the request time budget (the computation is interruptible, the inserts are not)
     * @param clock the service clock
     * @param deals       the recorded deals (a period's pool may be drawn from them)
     */
    public SettlementService(LedgerRepositories.Settlements settlements, LedgerRepositories.Periods periods,
                             LedgerRepositories.Statements statements, LedgerRepositories.Lines lines,
                             LedgerRepositories.Principals principals, Transactions transactions,
                             JsonMapper json, SplitLimits limits,
                             LedgerChain chain,
                             RequestBudget budget, Clock clock, DealService deals) {
        this.clock = clock;
        this.deals = deals;
        this.settlements = settlements;
        this.periods = periods;
        this.statements = statements;
        this.lines = lines;
        this.principals = principals;
        this.transactions = transactions;
        this.json = json;
        this.limits = limits;
        this.chain = chain;
        this.budget = budget;
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
        return transactions.write(() -> createIn(request, createdBy));
    }

    private SettlementResponse createIn(SettlementRequest request, String createdBy) {
        Require.withinLimit(request.periods().size(), limits.getMaxPeriods(), "periods", "dataprice.split.max-periods");
        Require.withinLimit(request.parties().size(), limits.getMaxParties(), "parties", "dataprice.split.max-parties");
        Currency cur = SettlementMapper.currency(request.currency());
        DealPool[] drawn = drawPools(request);
        ScheduleResult result = budget.compute(() -> PayoutSchedule.DEFAULT.settle(SettlementMapper.toPeriods(request, cur, drawn)));
        checkRoster(request, result);
        List<String[]> readers = readers(request);

        String id = UUID.randomUUID().toString();
        Instant now = ServiceClock.now(clock);
        RowIds rowIds = new RowIds();
        Map<String, Money> partyTotals = new LinkedHashMap<>();
        List<LedgerRows.PeriodRow> periodRows = new ArrayList<>();
        for (int p = 0; p < result.settlements().size(); p++) {
            Settlement s = result.settlements().get(p);
            List<StatementDocuments.StoredStatement> stored = new ArrayList<>(s.statements().size());
            Money periodPaid = Money.zero(cur);
            for (PartyStatement st : s.statements()) {
                List<StatementDocuments.StoredLine> storedLines = new ArrayList<>(st.lines().size());
                for (PayoutLine l : st.lines()) {
                    storedLines.add(new StatementDocuments.StoredLine(l.kind().name(), l.amount().amount().toPlainString(),
                            l.kind().paid(), l.basis()));
                }
                stored.add(new StatementDocuments.StoredStatement(st.party(), st.total().amount().toPlainString(), storedLines));
                periodPaid = periodPaid.plus(st.total());
                partyTotals.merge(st.party(), st.total(), Money::plus);
            }
            periodRows.add(new LedgerRows.PeriodRow(rowIds.next(), id, p, s.period(), s.pool().amount(),
                    s.carriedIn().amount(), s.retained().amount(), s.carriedForward().amount(), write(s.explanation()),
                    StatementDocuments.writeStatements(json, stored), stored.size(), periodPaid.amount(),
                    drawn[p] == null ? null : write(SettlementResponse.PoolSource.of(drawn[p], s.pool()))));
        }
        List<StatementDocuments.StoredTotal> totals = new ArrayList<>(partyTotals.size());
        partyTotals.forEach((party, total) -> totals.add(new StatementDocuments.StoredTotal(party, total.amount().toPlainString())));
        LedgerRows.SettlementRow settlement = new LedgerRows.SettlementRow(id, cur.getCurrencyCode(),
                result.settlements().size(), result.carriedForward().amount(), now, createdBy, write(result.explanation()),
                StatementDocuments.writeTotals(json, totals));
        transactions.onConnection(c -> {
            insert(c, settlement, periodRows, readers, rowIds);
            return null;
        });
        chain.append(Ledger.SETTLEMENTS, id);
        return summary(settlement, periodRows, totals);
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
     * @param id    the settlement id
     * @param index the period's 0-based index
     * @return the deals the period's pool was drawn from
     * @throws ProblemException 404 when there is no such settlement or period, or its pool was typed in
     */
    public SettlementResponse.PoolSource poolSource(String id, int index) {
        return transactions.read(() -> poolSourceIn(id, index));
    }

    private SettlementResponse.PoolSource poolSourceIn(String id, int index) {
        LedgerRows.PeriodRow period = periods.findBySettlementAndIndex(id, index)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Settlement " + id + " has no period " + index));
        if (period.poolSource() == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "The pool of period " + index + " of settlement " + id
                    + " was given as an amount, not drawn from deals");
        }
        try {
            return json.readValue(period.poolSource(), SettlementResponse.PoolSource.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** (party, principal) pairs, each party's principals distinct. */
    private static List<String[]> readers(SettlementRequest request) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            SettlementRequest.Party party = request.parties().get(i);
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < party.principals().size(); j++) {
                String principal = party.principals().get(j);
                Require.that(seen.add(principal), "parties[" + i + "].principals[" + j + "]", principal,
                        Rule.DUPLICATE, principal);
                out.add(new String[]{party.id(), principal});
            }
        }
        return out;
    }

    /**
     * Inserts every row of a settlement on the caller's connection (the transaction of {@link #create};
     * nothing here commits): the settlement, its periods with their statements documents, the principals
     * in JDBC batches. No statement or line rows (migration V44).
     */
    private static void insert(Connection c, LedgerRows.SettlementRow settlement, List<LedgerRows.PeriodRow> periodRows,
                               List<String[]> readers, RowIds rowIds) throws SQLException {
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
            for (LedgerRows.PeriodRow p : periodRows) {
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
            for (String[] reader : readers) {
                s.setString(1, rowIds.next());
                s.setString(2, id);
                s.setString(3, reader[0]);
                s.setString(4, reader[1]);
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
     * Row ids of one settlement: a random (version 4) UUID, then the same UUID with a counter in the low
     * 32 bits of its variant half. Unique: distinct counters within a settlement (at most
     * 10,000 parties × 120 periods × a few lines, far below 2^32), and 90 random bits apart
     * between settlements; one {@code SecureRandom} draw per settlement instead of one per row.
     */
    private static final class RowIds {
        private final long msb;
        private final long lsb;
        private long counter;

        RowIds() {
            UUID base = UUID.randomUUID();
            msb = base.getMostSignificantBits();
            lsb = base.getLeastSignificantBits() & ~0xFFFFFFFFL;
        }

        String next() {
            return new UUID(msb, lsb | (counter++ & 0xFFFFFFFFL)).toString();
        }
    }

    /**
     * @param id the settlement id
     * @return the settlement's summary, if recorded: the same bytes as the POST answered
     */
    public Optional<SettlementResponse> find(String id) {
        return transactions.read(() -> findIn(id));
    }

    private Optional<SettlementResponse> findIn(String id) {
        return settlements.findById(id).map(s -> {
            List<LedgerRows.PeriodRow> periodRows = periods.findBySettlement(id);
            if (s.totals() != null) {
                return summary(s, periodRows, StatementDocuments.readTotals(json, s.totals()));
            }
            return legacySummary(s, periodRows, statements.findBySettlement(id));
        });
    }

    /**
     * One page of a period's statements, in statement order.
     *
     * @param id    the settlement id
     * @param index the period's 0-based index
     * @param page  the page number, from 0
     * @param size  the page size, ≥ 1
     * @return the page (empty past the end)
     * @throws ProblemException 404 when the settlement or the period does not exist
     */
    public PeriodStatementsResponse periodStatements(String id, int index, int page, int size) {
        return transactions.read(() -> periodStatementsIn(id, index, page, size));
    }

    private PeriodStatementsResponse periodStatementsIn(String id, int index, int page, int size) {
        LedgerRows.SettlementRow settlement = settlements.findById(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No settlement " + id));
        LedgerRows.PeriodRow period = periods.findBySettlementAndIndex(id, index)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Settlement " + id + " has no period " + index));
        Currency cur = SettlementMapper.currency(settlement.currency());
        long from = (long) page * size;
        List<SettlementResponse.StatementSummary> items = new ArrayList<>();
        long total;
        if (period.documented()) {
            List<StatementDocuments.StoredStatement> all = StatementDocuments.readStatements(json, period.statements());
            total = all.size();
            for (long k = from; k < Math.min(total, from + size); k++) {
                StatementDocuments.StoredStatement st = all.get((int) k);
                items.add(new SettlementResponse.StatementSummary(st.party(), stored(st.total(), cur), storedLines(st, cur)));
            }
        } else {
            List<LedgerRows.StatementRow> rows = statements.findBySettlementAndPeriod(id, index);
            total = rows.size();
            if (from < total) {
                Map<String, List<LedgerRows.LineRow>> byParty = new HashMap<>();
                lines.findBySettlementAndPeriod(id, index).forEach(l -> byParty.computeIfAbsent(l.party(),
                        k -> new ArrayList<>()).add(l));
                for (long k = from; k < Math.min(total, from + size); k++) {
                    LedgerRows.StatementRow row = rows.get((int) k);
                    items.add(new SettlementResponse.StatementSummary(row.party(), money(row.total(), cur),
                            lines(byParty.getOrDefault(row.party(), List.of()), cur)));
                }
            }
        }
        return new PeriodStatementsResponse(id, index, period.label(), items, page, size, total);
    }

    /**
     * One party's statements, for a caller allowed to read them.
     *
     * @param id         the settlement id
     * @param party      the party
     * @param principal  the caller's principal name
     * @param privileged whether the caller holds ADMIN or SETTLEMENT (may read every party)
     * @return the statements
     * @throws ProblemException 404 when the settlement or the party is unknown, when the caller is no
     *                          party of the settlement, or when it is another party (never 403: an
     *                          unprivileged caller cannot tell which settlements and parties exist)
     */
    public PartyStatementsResponse statements(String id, String party, String principal, boolean privileged) {
        return transactions.read(() -> statementsIn(id, party, principal, privileged));
    }

    private PartyStatementsResponse statementsIn(String id, String party, String principal, boolean privileged) {
        if (!privileged) {
            List<LedgerRows.PrincipalRow> mine = principals.findBySettlementAndPrincipal(id, principal);
            if (mine.isEmpty()) {
                throw notFound(id);
            }
            if (mine.stream().noneMatch(r -> r.party().equals(party))) {
                // the same answer as for a party that does not exist: a caller learns no other party's name
                throw noParty(id, party);
            }
        }
        LedgerRows.SettlementRow settlement = settlements.findById(id).orElseThrow(() -> notFound(id));
        Currency cur = SettlementMapper.currency(settlement.currency());
        if (settlement.totals() != null) {
            return documentedStatements(settlement, party, cur);
        }
        List<LedgerRows.StatementRow> rows = statements.findBySettlementAndParty(id, party);
        if (rows.isEmpty()) {
            throw noParty(id, party);
        }
        Map<Integer, String> labels = new HashMap<>();
        Map<Integer, String> sources = new HashMap<>();
        periods.findBySettlement(id).forEach(p -> {
            labels.put(p.periodIndex(), p.label());
            if (p.poolSource() != null) {
                sources.put(p.periodIndex(), poolSourceLink(id, p.periodIndex()));
            }
        });
        Map<Integer, List<LedgerRows.LineRow>> byPeriod = new HashMap<>();
        lines.findBySettlementAndParty(id, party).forEach(l -> byPeriod.computeIfAbsent(l.periodIndex(),
                k -> new ArrayList<>()).add(l));
        Money total = Money.zero(cur);
        List<PartyStatementsResponse.PeriodStatement> out = new ArrayList<>();
        for (LedgerRows.StatementRow row : rows) {
            total = total.plus(Money.of(row.total(), cur));
            out.add(new PartyStatementsResponse.PeriodStatement(row.periodIndex(), labels.get(row.periodIndex()),
                    sources.get(row.periodIndex()), statement(row, labels.get(row.periodIndex()), byPeriod.getOrDefault(row.periodIndex(), List.of()), cur)));
        }
        return new PartyStatementsResponse(id, party, SettlementMapper.toResponse(total), out);
    }

    /**
     * A party's statements from the period documents (settlements since V44): its total from the totals
     * document (404 when it is no party), then each period's document in turn, one in memory at a time.
     */
    private PartyStatementsResponse documentedStatements(LedgerRows.SettlementRow settlement, String party, Currency cur) {
        String id = settlement.id();
        StatementDocuments.StoredTotal total = StatementDocuments.readTotals(json, settlement.totals()).stream()
                .filter(t -> t.party().equals(party)).findFirst().orElseThrow(() -> noParty(id, party));
        List<PartyStatementsResponse.PeriodStatement> out = new ArrayList<>();
        for (int p = 0; p < settlement.periodCount(); p++) {
            LedgerRows.PeriodRow period = periods.findBySettlementAndIndex(id, p).orElseThrow(IllegalStateException::new);
            for (StatementDocuments.StoredStatement st : StatementDocuments.readStatements(json, period.statements())) {
                if (st.party().equals(party)) {
                    List<PayoutLine> model = new ArrayList<>(st.lines().size());
                    for (StatementDocuments.StoredLine l : st.lines()) {
                        model.add(new PayoutLine(LineKind.valueOf(l.kind()), Money.of(new BigDecimal(l.amount()), cur), l.basis()));
                    }
                    ExplanationResponse explanation = ExplanationResponse.from(
                            PartyStatement.of(party, period.label(), model, cur).explanation());
                    out.add(new PartyStatementsResponse.PeriodStatement(p, period.label(),
                            period.poolSource() == null ? null : poolSourceLink(id, p), new SettlementResponse.Statement(
                            party, stored(st.total(), cur), storedLines(st, cur), explanation)));
                    break;
                }
            }
        }
        return new PartyStatementsResponse(id, party, stored(total.total(), cur), out);
    }

    /** Every party of the terms is declared in {@code parties}, and every declared party is paid or owed something. */
    private static void checkRoster(SettlementRequest request, ScheduleResult result) {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (int i = 0; i < request.parties().size(); i++) {
            String id = request.parties().get(i).id();
            Require.that(declared.putIfAbsent(id, i) == null, "parties[" + i + "].id", id, Rule.DUPLICATE, id);
        }
        Set<String> settled = new LinkedHashSet<>();
        result.settlements().forEach(s -> s.statements().forEach(st -> settled.add(st.party())));
        for (String party : settled) {
            Require.that(declared.containsKey(party), "parties", party, Rule.INVALID_STATE,
                    "listing every party of the terms (missing: " + party + ")");
        }
        declared.forEach((party, i) -> Require.that(settled.contains(party), "parties[" + i + "].id", party,
                Rule.UNKNOWN, "the parties of the terms " + new java.util.TreeSet<>(settled)));
    }

    /**
     * The summary of a settlement recorded since V44, from its rows (the POST passes the rows it
     * inserts, GET and the replay the rows read back: the same values, so the same bytes).
     */
    private SettlementResponse summary(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periodRows,
                                       List<StatementDocuments.StoredTotal> totals) {
        Currency cur = SettlementMapper.currency(s.currency());
        List<Integer> counts = new ArrayList<>(periodRows.size());
        List<Money> paid = new ArrayList<>(periodRows.size());
        for (LedgerRows.PeriodRow p : periodRows) {
            counts.add(p.statementCount());
            paid.add(Money.of(p.totalPaid(), cur));
        }
        List<SettlementResponse.PartyTotal> partyTotals = new ArrayList<>(totals.size());
        for (StatementDocuments.StoredTotal t : totals) {
            partyTotals.add(new SettlementResponse.PartyTotal(t.party(), stored(t.total(), cur)));
        }
        return summary(s, periodRows, counts, paid, partyTotals, cur);
    }

    /** The summary of a settlement recorded before V44, from its statement rows. */
    private SettlementResponse legacySummary(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periodRows,
                                             List<LedgerRows.StatementRow> statementRows) {
        Currency cur = SettlementMapper.currency(s.currency());
        List<Integer> counts = new ArrayList<>();
        List<Money> paid = new ArrayList<>();
        periodRows.forEach(p -> {
            counts.add(0);
            paid.add(Money.zero(cur));
        });
        Map<String, Money> totals = new LinkedHashMap<>();
        for (LedgerRows.StatementRow row : statementRows) {
            Money total = Money.of(row.total(), cur);
            counts.set(row.periodIndex(), counts.get(row.periodIndex()) + 1);
            paid.set(row.periodIndex(), paid.get(row.periodIndex()).plus(total));
            totals.merge(row.party(), total, Money::plus);
        }
        List<SettlementResponse.PartyTotal> partyTotals = new ArrayList<>();
        totals.forEach((party, total) -> partyTotals.add(new SettlementResponse.PartyTotal(party,
                SettlementMapper.toResponse(total))));
        return summary(s, periodRows, counts, paid, partyTotals, cur);
    }

    private SettlementResponse summary(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periodRows,
                                       List<Integer> counts, List<Money> paid,
                                       List<SettlementResponse.PartyTotal> partyTotals, Currency cur) {
        Money totalPaid = Money.zero(cur);
        List<SettlementResponse.PeriodResponse> out = new ArrayList<>(periodRows.size());
        for (int k = 0; k < periodRows.size(); k++) {
            LedgerRows.PeriodRow p = periodRows.get(k);
            totalPaid = totalPaid.plus(paid.get(k));
            out.add(new SettlementResponse.PeriodResponse(p.periodIndex(), p.label(), money(p.pool(), cur),
                    money(p.carriedIn(), cur), money(p.retained(), cur), money(p.carriedForward(), cur),
                    SettlementMapper.toResponse(paid.get(k)), counts.get(k),
                    "/v1/settlements/" + s.id() + "/periods/" + p.periodIndex() + "/statements", read(p.explanation()),
                    p.poolSource() == null ? null : poolSourceLink(s.id(), p.periodIndex())));
        }
        return new SettlementResponse(s.id(), s.currency(), s.createdAt(), s.createdBy(), out, partyTotals,
                SettlementMapper.toResponse(totalPaid), money(s.carriedForward(), cur), read(s.explanation()));
    }

    private static List<SettlementResponse.Line> storedLines(StatementDocuments.StoredStatement st, Currency cur) {
        List<SettlementResponse.Line> out = new ArrayList<>(st.lines().size());
        for (StatementDocuments.StoredLine l : st.lines()) {
            out.add(new SettlementResponse.Line(l.kind(), stored(l.amount(), cur), l.paid(), l.basis()));
        }
        return out;
    }

    /** An amount of a document, exactly as stored (it was written from the core's {@code Money}). */
    private static MoneyResponse stored(String amount, Currency cur) {
        return new MoneyResponse(amount, cur.getCurrencyCode());
    }

    private static List<SettlementResponse.Line> lines(List<LedgerRows.LineRow> own, Currency cur) {
        List<LedgerRows.LineRow> sorted = new ArrayList<>(own);
        sorted.sort(Comparator.comparingInt(LedgerRows.LineRow::lineNo));
        return sorted.stream().map(l -> new SettlementResponse.Line(l.kind(), money(l.amount(), cur), l.paid(),
                l.basis())).toList();
    }

    /**
     * A party's statement in a period with its explanation (settlements before V44): the stored one for
     * settlements recorded before V43, else derived from the stored lines by the function that issued it
     * ({@link PartyStatement#explanation()}).
     */
    private SettlementResponse.Statement statement(LedgerRows.StatementRow row, String label,
                                                   List<LedgerRows.LineRow> own, Currency cur) {
        List<SettlementResponse.Line> out = lines(own, cur);
        ExplanationResponse explanation;
        if (row.explanation() != null) {
            explanation = read(row.explanation());
        } else {
            List<PayoutLine> model = new ArrayList<>(out.size());
            own.stream().sorted(Comparator.comparingInt(LedgerRows.LineRow::lineNo)).forEach(l -> model.add(
                    new PayoutLine(LineKind.valueOf(l.kind()), Money.of(l.amount(), cur), l.basis())));
            explanation = ExplanationResponse.from(PartyStatement.of(row.party(), label, model, cur).explanation());
        }
        return new SettlementResponse.Statement(row.party(), money(row.total(), cur), out, explanation);
    }

    private static ProblemException noParty(String id, String party) {
        return new ProblemException(ProblemType.NOT_FOUND, "Settlement " + id + " has no party " + party);
    }

    private static MoneyResponse money(BigDecimal amount, Currency cur) {
        return SettlementMapper.toResponse(Money.of(amount, cur));
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No settlement " + id + " readable by this caller");
    }

    private String write(SettlementResponse.PoolSource source) {
        try {
            return json.writeValueAsString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Explanation explanation) {
        try {
            return json.writeValueAsString(ExplanationResponse.from(explanation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExplanationResponse read(String text) {
        try {
            return json.readValue(text, Argument.of(ExplanationResponse.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The link to the deals a period's pool was drawn from. */
    private static String poolSourceLink(String settlementId, int periodIndex) {
        return "/v1/settlements/" + settlementId + "/periods/" + periodIndex + "/deals";
    }
}
