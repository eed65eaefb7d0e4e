package org.dataprice.api.split.settlement;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * <p>Every answer, including the one to the POST, is assembled from the ledger rows, so the POST and
 * later GETs answer the same figures. Thread-safe; all state is in the database.
 */
@Singleton
public class SettlementService {
    private final LedgerRepositories.Settlements settlements;
    private final LedgerRepositories.Periods periods;
    private final LedgerRepositories.Statements statements;
    private final LedgerRepositories.Lines lines;
    private final LedgerRepositories.Principals principals;
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
     * @param json        the JSON mapper (explanations are stored as JSON)
     * @param limits      the service limits
     * @param chain       the ledger chain (a settlement is a record of the settlements ledger)
     * @param budget      the request time budget (the computation is interruptible, the inserts are not)
     */
    public SettlementService(LedgerRepositories.Settlements settlements, LedgerRepositories.Periods periods,
                             LedgerRepositories.Statements statements, LedgerRepositories.Lines lines,
                             LedgerRepositories.Principals principals, JsonMapper json, SplitLimits limits,
                             LedgerChain chain,
                             RequestBudget budget) {
        this.settlements = settlements;
        this.periods = periods;
        this.statements = statements;
        this.lines = lines;
        this.principals = principals;
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
        List<Period> model = SettlementMapper.toPeriods(request, cur);
        ScheduleResult result = budget.compute(() -> PayoutSchedule.DEFAULT.settle(model));
        checkRoster(request, result);

        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LedgerRows.SettlementRow settlement = new LedgerRows.SettlementRow(id, cur.getCurrencyCode(),
                result.settlements().size(), result.carriedForward().amount(), now, createdBy, write(result.explanation()));
        List<LedgerRows.PeriodRow> periodRows = new ArrayList<>();
        List<LedgerRows.StatementRow> statementRows = new ArrayList<>();
        List<LedgerRows.LineRow> lineRows = new ArrayList<>();
        for (int p = 0; p < result.settlements().size(); p++) {
            Settlement s = result.settlements().get(p);
            periodRows.add(new LedgerRows.PeriodRow(rowId(), id, p, s.period(), s.pool().amount(), s.carriedIn().amount(),
                    s.retained().amount(), s.carriedForward().amount(), write(s.explanation())));
            for (int k = 0; k < s.statements().size(); k++) {
                PartyStatement st = s.statements().get(k);
                statementRows.add(new LedgerRows.StatementRow(rowId(), id, p, k, st.party(), st.total().amount(),
                        write(st.explanation())));
                for (int l = 0; l < st.lines().size(); l++) {
                    PayoutLine line = st.lines().get(l);
                    lineRows.add(new LedgerRows.LineRow(rowId(), id, p, st.party(), l, line.kind().name(),
                            line.amount().amount(), line.kind().paid(), line.basis()));
                }
            }
        }
        List<LedgerRows.PrincipalRow> principalRows = new ArrayList<>();
        for (int i = 0; i < request.parties().size(); i++) {
            SettlementRequest.Party party = request.parties().get(i);
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < party.principals().size(); j++) {
                String principal = party.principals().get(j);
                Require.that(seen.add(principal), "parties[" + i + "].principals[" + j + "]", principal,
                        Rule.DUPLICATE, principal);
                principalRows.add(new LedgerRows.PrincipalRow(rowId(), id, party.id(), principal));
            }
        }
        settlements.save(settlement);
        periods.saveAll(periodRows);
        statements.saveAll(statementRows);
        lines.saveAll(lineRows);
        principals.saveAll(principalRows);
        chain.append(Ledger.SETTLEMENTS, id);
        return assemble(settlement, periodRows, statementRows, lineRows);
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
                    statement(row, byPeriod.getOrDefault(row.periodIndex(), List.of()), cur)));
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

    private SettlementResponse assemble(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periodRows,
                                        List<LedgerRows.StatementRow> statementRows, List<LedgerRows.LineRow> lineRows) {
        Currency cur = Currency.getInstance(s.currency());
        Map<String, List<LedgerRows.LineRow>> linesByStatement = new HashMap<>();
        for (LedgerRows.LineRow l : lineRows) {
            linesByStatement.computeIfAbsent(l.periodIndex() + "\u0000" + l.party(), k -> new ArrayList<>()).add(l);
        }
        Map<Integer, List<SettlementResponse.Statement>> byPeriod = new HashMap<>();
        Map<String, Money> totals = new LinkedHashMap<>();
        Money paid = Money.zero(cur);
        for (LedgerRows.StatementRow row : statementRows) {
            List<LedgerRows.LineRow> own = linesByStatement.getOrDefault(row.periodIndex() + "\u0000" + row.party(), List.of());
            byPeriod.computeIfAbsent(row.periodIndex(), k -> new ArrayList<>()).add(statement(row, own, cur));
            Money total = Money.of(row.total(), cur);
            totals.merge(row.party(), total, Money::plus);
            paid = paid.plus(total);
        }
        List<SettlementResponse.PeriodResponse> out = new ArrayList<>();
        for (LedgerRows.PeriodRow p : periodRows) {
            List<SettlementResponse.Statement> sts = byPeriod.getOrDefault(p.periodIndex(), List.of());
            Money periodPaid = Money.zero(cur);
            for (SettlementResponse.Statement st : sts) {
                periodPaid = periodPaid.plus(Money.of(new BigDecimal(st.total().amount()), cur));
            }
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

    private SettlementResponse.Statement statement(LedgerRows.StatementRow row, List<LedgerRows.LineRow> own,
                                                   Currency cur) {
        List<LedgerRows.LineRow> sorted = new ArrayList<>(own);
        sorted.sort(java.util.Comparator.comparingInt(LedgerRows.LineRow::lineNo));
        List<SettlementResponse.Line> out = sorted.stream().map(l -> new SettlementResponse.Line(l.kind(),
                money(l.amount(), cur), l.paid(), l.basis())).toList();
        return new SettlementResponse.Statement(row.party(), money(row.total(), cur), out, read(row.explanation()));
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
