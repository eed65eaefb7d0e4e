package org.dataprice.api.split.settlement;

import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * <p>Every answer carries exactly the values of the ledger rows: the POST's is built from the values it
 * inserts, GET and the idempotent replay read the rows back, so all three answer the same bytes. The
 * whole settlement lists statements without explanation; a party's statements carry theirs, stored
 * (settlements before migration V43) or derived from the stored lines ({@code PartyStatement.explanation()}).
 * Thread-safe; all state is in the database.
 */
@Singleton
public class SettlementService {
    /** Joins the caller's transaction; never opens, commits or suspends one. */
    private static final TransactionDefinition JOIN = TransactionDefinition.of(TransactionDefinition.Propagation.MANDATORY);
    /** Rows per JDBC batch. */
    private static final int BATCH = 1_000;
    private final LedgerRepositories.Settlements settlements;
    private final LedgerRepositories.Periods periods;
    private final LedgerRepositories.Statements statements;
    private final LedgerRepositories.Lines lines;
    private final LedgerRepositories.Principals principals;
    private final TransactionOperations<Connection> tx;
    private final JsonMapper json;
    private final SplitLimits limits;
    private final LedgerChain chain;
    private final RequestBudget budget;

    /**
     * @param settlements settlement rows
     * @param periods     period rows
     * @param statements  statement rows
     * @param lines       line rows
     * @param principals  principal rows
     * @param tx          the default datasource's transactions (the inserts join the settlement's transaction)
     * @param json        the JSON mapper (explanations are stored as JSON)
     * @param limits      the service limits
     * @param chain       the ledger chain (a settlement is a record of the settlements ledger)
     * @param budget      the request time budget (the computation is interruptible, the inserts are not)
     */
    public SettlementService(LedgerRepositories.Settlements settlements, LedgerRepositories.Periods periods,
                             LedgerRepositories.Statements statements, LedgerRepositories.Lines lines,
                             LedgerRepositories.Principals principals, TransactionOperations<Connection> tx,
                             JsonMapper json, SplitLimits limits,
                             LedgerChain chain,
                             RequestBudget budget) {
        this.settlements = settlements;
        this.periods = periods;
        this.statements = statements;
        this.lines = lines;
        this.principals = principals;
        this.tx = tx;
        this.json = json;
        this.limits = limits;
        this.chain = chain;
        this.budget = budget;
    }

    /**
     * Settles and records; the rows are committed when this returns.
     *
     * @param request   the validated request
     * @param createdBy the caller's principal name
     * @return the settlement as recorded
     */
    @Transactional
    public SettlementResponse create(SettlementRequest request, String createdBy) {
        Require.withinLimit(request.periods().size(), limits.getMaxPeriods(), "periods", "dataprice.split.max-periods");
        Require.withinLimit(request.parties().size(), limits.getMaxParties(), "parties", "dataprice.split.max-parties");
        Currency cur = SettlementMapper.currency(request.currency());
        ScheduleResult result = budget.compute(() -> PayoutSchedule.DEFAULT.settle(SettlementMapper.toPeriods(request, cur)));
        checkRoster(request, result);
        List<String[]> readers = readers(request);

        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RowIds rowIds = new RowIds();
        LedgerRows.SettlementRow settlement = new LedgerRows.SettlementRow(id, cur.getCurrencyCode(),
                result.settlements().size(), result.carriedForward().amount(), now, createdBy, write(result.explanation()));
        List<LedgerRows.PeriodRow> periodRows = new ArrayList<>();
        for (int p = 0; p < result.settlements().size(); p++) {
            Settlement s = result.settlements().get(p);
            periodRows.add(new LedgerRows.PeriodRow(rowIds.next(), id, p, s.period(), s.pool().amount(),
                    s.carriedIn().amount(), s.retained().amount(), s.carriedForward().amount(), write(s.explanation())));
        }
        tx.execute(JOIN, status -> {
            try {
                insert(status.getConnection(), settlement, periodRows, result, readers, rowIds);
            } catch (SQLException e) {
                throw new DataAccessException("Recording settlement " + id + " failed: " + e.getMessage(), e);
            }
            return null;
        });
        chain.append(Ledger.SETTLEMENTS, id);
        return assemble(settlement, periodRows, result);
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
     * Inserts every row of a settlement with JDBC batches on the caller's connection (the transaction
     * of {@link #create}; nothing here commits). Statements get a NULL explanation: it is derived from
     * their lines on read ({@link PartyStatement#explanation()}).
     */
    private static void insert(Connection c, LedgerRows.SettlementRow settlement, List<LedgerRows.PeriodRow> periodRows,
                               ScheduleResult result, List<String[]> readers, RowIds rowIds) throws SQLException {
        String id = settlement.id();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement (id, currency, period_count, "
                + "carried_forward, created_at, created_by, explanation) VALUES (?,?,?,?,?,?,?)")) {
            s.setString(1, id);
            s.setString(2, settlement.currency());
            s.setInt(3, settlement.periodCount());
            s.setBigDecimal(4, settlement.carriedForward());
            s.setObject(5, settlement.createdAt().atOffset(ZoneOffset.UTC));
            s.setString(6, settlement.createdBy());
            s.setString(7, settlement.explanation());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement_period (id, settlement_id, "
                + "period_index, label, pool, carried_in, retained, carried_forward, explanation) VALUES (?,?,?,?,?,?,?,?,?)")) {
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
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO split_settlement_statement (id, settlement_id, "
                + "period_index, ordinal, party, total, explanation) VALUES (?,?,?,?,?,?,NULL)");
             PreparedStatement ln = c.prepareStatement("INSERT INTO split_settlement_line (id, settlement_id, "
                     + "period_index, party, line_no, kind, amount, paid, basis) VALUES (?,?,?,?,?,?,?,?,?)")) {
            int pending = 0;
            for (int p = 0; p < result.settlements().size(); p++) {
                List<PartyStatement> sts = result.settlements().get(p).statements();
                for (int k = 0; k < sts.size(); k++) {
                    PartyStatement stmt = sts.get(k);
                    st.setString(1, rowIds.next());
                    st.setString(2, id);
                    st.setInt(3, p);
                    st.setInt(4, k);
                    st.setString(5, stmt.party());
                    st.setBigDecimal(6, stmt.total().amount());
                    st.addBatch();
                    for (int l = 0; l < stmt.lines().size(); l++) {
                        PayoutLine line = stmt.lines().get(l);
                        ln.setString(1, rowIds.next());
                        ln.setString(2, id);
                        ln.setInt(3, p);
                        ln.setString(4, stmt.party());
                        ln.setInt(5, l);
                        ln.setString(6, line.kind().name());
                        ln.setBigDecimal(7, line.amount().amount());
                        ln.setBoolean(8, line.kind().paid());
                        ln.setString(9, line.basis());
                        ln.addBatch();
                        pending++;
                    }
                    if (++pending >= BATCH) {
                        st.executeBatch();
                        ln.executeBatch();
                        pending = 0;
                    }
                }
            }
            st.executeBatch();
            ln.executeBatch();
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
     * @return the whole settlement, if recorded
     */
    @Transactional(readOnly = true)
    public Optional<SettlementResponse> find(String id) {
        return settlements.findById(id).map(s -> assemble(s, periods.findBySettlement(id),
                statements.findBySettlement(id), lines.findBySettlement(id)));
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
    @Transactional(readOnly = true)
    public PartyStatementsResponse statements(String id, String party, String principal, boolean privileged) {
        if (!privileged) {
            List<LedgerRows.PrincipalRow> mine = principals.findBySettlementAndPrincipal(id, principal);
            if (mine.isEmpty()) {
                throw notFound(id);
            }
            if (mine.stream().noneMatch(r -> r.party().equals(party))) {
                // the same answer as for a party that does not exist: a caller learns no other party's name
                throw new ProblemException(ProblemType.NOT_FOUND, "Settlement " + id + " has no party " + party);
            }
        }
        LedgerRows.SettlementRow settlement = settlements.findById(id).orElseThrow(() -> notFound(id));
        List<LedgerRows.StatementRow> rows = statements.findBySettlementAndParty(id, party);
        if (rows.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Settlement " + id + " has no party " + party);
        }
        Currency cur = Currency.getInstance(settlement.currency());
        Map<Integer, String> labels = new HashMap<>();
        periods.findBySettlement(id).forEach(p -> labels.put(p.periodIndex(), p.label()));
        Map<Integer, List<LedgerRows.LineRow>> byPeriod = new HashMap<>();
        lines.findBySettlementAndParty(id, party).forEach(l -> byPeriod.computeIfAbsent(l.periodIndex(),
                k -> new ArrayList<>()).add(l));
        Money total = Money.zero(cur);
        List<PartyStatementsResponse.PeriodStatement> out = new ArrayList<>();
        for (LedgerRows.StatementRow row : rows) {
            total = total.plus(Money.of(row.total(), cur));
            out.add(new PartyStatementsResponse.PeriodStatement(row.periodIndex(), labels.get(row.periodIndex()),
                    statement(row, labels.get(row.periodIndex()), byPeriod.getOrDefault(row.periodIndex(), List.of()), cur)));
        }
        return new PartyStatementsResponse(id, party, SettlementMapper.toResponse(total), out);
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
                Rule.UNKNOWN, "the parties of the terms"));
    }

    /** The POST's answer, from the rows just inserted and the core's statements (the same values as stored). */
    private SettlementResponse assemble(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periodRows,
                                        ScheduleResult result) {
        Currency cur = Currency.getInstance(s.currency());
        List<List<SettlementResponse.StatementSummary>> byPeriod = new ArrayList<>();
        for (Settlement period : result.settlements()) {
            List<SettlementResponse.StatementSummary> sts = new ArrayList<>(period.statements().size());
            for (PartyStatement st : period.statements()) {
                List<SettlementResponse.Line> out = new ArrayList<>(st.lines().size());
                for (PayoutLine l : st.lines()) {
                    out.add(new SettlementResponse.Line(l.kind().name(), SettlementMapper.toResponse(l.amount()),
                            l.kind().paid(), l.basis()));
                }
                sts.add(new SettlementResponse.StatementSummary(st.party(), SettlementMapper.toResponse(st.total()), out));
            }
            byPeriod.add(sts);
        }
        return assemble(s, periodRows, byPeriod, cur);
    }

    /** A recorded settlement's answer, from its rows. */
    private SettlementResponse assemble(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periodRows,
                                        List<LedgerRows.StatementRow> statementRows, List<LedgerRows.LineRow> lineRows) {
        Currency cur = Currency.getInstance(s.currency());
        Map<String, List<LedgerRows.LineRow>> linesByStatement = new HashMap<>();
        for (LedgerRows.LineRow l : lineRows) {
            linesByStatement.computeIfAbsent(l.periodIndex() + "\u0000" + l.party(), k -> new ArrayList<>()).add(l);
        }
        List<List<SettlementResponse.StatementSummary>> byPeriod = new ArrayList<>();
        periodRows.forEach(p -> byPeriod.add(new ArrayList<>()));
        for (LedgerRows.StatementRow row : statementRows) {
            List<LedgerRows.LineRow> own = linesByStatement.getOrDefault(row.periodIndex() + "\u0000" + row.party(), List.of());
            byPeriod.get(row.periodIndex()).add(new SettlementResponse.StatementSummary(row.party(),
                    money(row.total(), cur), lines(own, cur)));
        }
        return assemble(s, periodRows, byPeriod, cur);
    }

    private SettlementResponse assemble(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periodRows,
                                        List<List<SettlementResponse.StatementSummary>> byPeriod, Currency cur) {
        Map<String, Money> totals = new LinkedHashMap<>();
        Money paid = Money.zero(cur);
        List<SettlementResponse.PeriodResponse> out = new ArrayList<>();
        for (LedgerRows.PeriodRow p : periodRows) {
            List<SettlementResponse.StatementSummary> sts = byPeriod.get(p.periodIndex());
            Money periodPaid = Money.zero(cur);
            for (SettlementResponse.StatementSummary st : sts) {
                Money total = Money.of(st.total().amount(), cur);
                totals.merge(st.party(), total, Money::plus);
                periodPaid = periodPaid.plus(total);
            }
            paid = paid.plus(periodPaid);
            out.add(new SettlementResponse.PeriodResponse(p.periodIndex(), p.label(), money(p.pool(), cur),
                    money(p.carriedIn(), cur), money(p.retained(), cur), money(p.carriedForward(), cur),
                    SettlementMapper.toResponse(periodPaid), sts, read(p.explanation())));
        }
        List<SettlementResponse.PartyTotal> partyTotals = new ArrayList<>();
        totals.forEach((party, total) -> partyTotals.add(new SettlementResponse.PartyTotal(party,
                SettlementMapper.toResponse(total))));
        return new SettlementResponse(s.id(), s.currency(), s.createdAt(), s.createdBy(), out, partyTotals,
                SettlementMapper.toResponse(paid), money(s.carriedForward(), cur), read(s.explanation()));
    }

    private static List<SettlementResponse.Line> lines(List<LedgerRows.LineRow> own, Currency cur) {
        List<LedgerRows.LineRow> sorted = new ArrayList<>(own);
        sorted.sort(Comparator.comparingInt(LedgerRows.LineRow::lineNo));
        return sorted.stream().map(l -> new SettlementResponse.Line(l.kind(), money(l.amount(), cur), l.paid(),
                l.basis())).toList();
    }

    /**
     * A party's statement in a period with its explanation: the stored one for settlements recorded
     * before V43, else derived from the stored lines by the function that issued it ({@link PartyStatement#explanation()}).
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

    private static MoneyResponse money(BigDecimal amount, Currency cur) {
        return SettlementMapper.toResponse(Money.of(amount, cur));
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No settlement " + id + " readable by this caller");
    }

    private static String rowId() {
        return UUID.randomUUID().toString();
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
}
