package org.dataprice.api.split.settlement;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.money.Money;
import org.dataprice.split.payout.LineKind;
import org.dataprice.split.payout.PartyStatement;
import org.dataprice.split.payout.PayoutLine;
import org.dataprice.split.payout.ScheduleResult;
import org.dataprice.split.payout.Settlement;
import org.dataprice.split.payout.SettlementParty;
import org.dataprice.split.payout.SettlementPlan;
import org.dataprice.split.pool.DealPool;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Maps a settled {@link SettlementPlan} to the ledger's rows ({@link LedgerRows}, the documents of
 * {@link StatementDocuments}) and the rows back to the answers: the summary, a page of a period's statements,
 * a party's statements, a period's pool source. No rule is decided here: the amounts are the core's
 * ({@code Money.amount().toPlainString()} at the currency's minor units), read back exactly as stored, and a
 * statement's explanation is derived from its stored lines by the core ({@link PartyStatement#explanation()}).
 *
 * <p>Settlements recorded before migration V44 have statement and line rows instead of documents; the
 * {@code legacy} methods read those, with the same answers. Thread-safe (stateless).
 */
public final class LedgerMapper {
    private static final Argument<ExplanationResponse> EXPLANATION = Argument.of(ExplanationResponse.class);
    private static final Argument<SettlementResponse.PoolSource> POOL_SOURCE = Argument.of(SettlementResponse.PoolSource.class);

    private LedgerMapper() {
    }

    /**
     * The rows of one settlement, as inserted together.
     *
     * @param settlement the settlement row (with its totals document)
     * @param periods    one row per period (with its statements document), in order
     * @param principals one row per (party, principal) that may read the party's statements
     */
    public record Recorded(LedgerRows.SettlementRow settlement, List<LedgerRows.PeriodRow> periods,
                           List<LedgerRows.PrincipalRow> principals) {
    }

    /**
     * @param id        the settlement's id
     * @param createdAt when it is recorded
     * @param createdBy the caller's principal name
     * @param plan      the plan settled (its parties' principals become principal rows)
     * @param result    what {@link SettlementPlan#settle()} returned
     * @param drawn     per period, the deals its pool was drawn from (null where the pool was typed in)
     * @param rowIds    the ids of the period and principal rows
     * @param json      the mapper of the stored documents
     * @return the rows
     */
    public static Recorded toRows(String id, Instant createdAt, String createdBy, SettlementPlan plan,
                                  ScheduleResult result, DealPool[] drawn, Supplier<String> rowIds, JsonMapper json) {
        Currency cur = result.carriedForward().currency();
        List<LedgerRows.PeriodRow> periods = new ArrayList<>(result.settlements().size());
        for (int p = 0; p < result.settlements().size(); p++) {
            Settlement s = result.settlements().get(p);
            List<StatementDocuments.StoredStatement> stored = s.statements().stream().map(LedgerMapper::stored).toList();
            periods.add(new LedgerRows.PeriodRow(rowIds.get(), id, p, s.period(), s.pool().amount(),
                    s.carriedIn().amount(), s.retained().amount(), s.carriedForward().amount(), write(json, s.explanation()),
                    StatementDocuments.writeStatements(json, stored), stored.size(), s.totalPaid().amount(),
                    drawn[p] == null ? null : StatementDocuments.write(json, POOL_SOURCE,
                            SettlementResponse.PoolSource.of(drawn[p], s.pool()))));
        }
        List<StatementDocuments.StoredTotal> totals = result.totals().stream()
                .map(t -> new StatementDocuments.StoredTotal(t.party(), t.total().amount().toPlainString())).toList();
        LedgerRows.SettlementRow settlement = new LedgerRows.SettlementRow(id, cur.getCurrencyCode(),
                result.settlements().size(), result.carriedForward().amount(), createdAt, createdBy,
                write(json, result.explanation()), StatementDocuments.writeTotals(json, totals));
        List<LedgerRows.PrincipalRow> principals = new ArrayList<>();
        for (SettlementParty party : plan.parties()) {
            for (String principal : party.principals()) {
                principals.add(new LedgerRows.PrincipalRow(rowIds.get(), id, party.id(), principal));
            }
        }
        return new Recorded(settlement, periods, principals);
    }

    /** A statement as stored: its amounts exactly as the core computed them. */
    private static StatementDocuments.StoredStatement stored(PartyStatement st) {
        List<StatementDocuments.StoredLine> lines = st.lines().stream().map(l -> new StatementDocuments.StoredLine(
                l.kind().name(), l.amount().amount().toPlainString(), l.kind().paid(), l.basis())).toList();
        return new StatementDocuments.StoredStatement(st.party(), st.total().amount().toPlainString(), lines);
    }

    /**
     * A period's statements read back from its document (settlements since V44), as the core issued them.
     *
     * @param period the period row, with its statements document
     * @param cur    the settlement's currency
     * @param json   the mapper
     * @return its statements, in order; each total is Σ of its paid lines
     */
    public static List<PartyStatement> statements(LedgerRows.PeriodRow period, Currency cur, JsonMapper json) {
        return StatementDocuments.readStatements(json, period.statements()).stream()
                .map(st -> statement(st, period.label(), cur)).toList();
    }

    private static PartyStatement statement(StatementDocuments.StoredStatement st, String label, Currency cur) {
        List<PayoutLine> lines = new ArrayList<>(st.lines().size());
        for (StatementDocuments.StoredLine l : st.lines()) {
            lines.add(new PayoutLine(LineKind.valueOf(l.kind()), Money.of(new BigDecimal(l.amount()), cur), l.basis()));
        }
        return PartyStatement.of(st.party(), label, lines, cur);
    }

    /**
     * @param period a period row whose pool was drawn from deals (with its {@code pool_source} document)
     * @param json   the mapper
     * @return the deals its pool was drawn from
     */
    public static SettlementResponse.PoolSource poolSource(LedgerRows.PeriodRow period, JsonMapper json) {
        return StatementDocuments.read(json, period.poolSource(), POOL_SOURCE);
    }

    /**
     * The summary of a settlement recorded since V44, from its rows (the POST passes the rows it inserts,
     * GET and the replay the rows read back: the same values, so the same bytes).
     *
     * @param s       the settlement row
     * @param periods its period rows, in order
     * @param json    the mapper
     * @return the summary
     */
    public static SettlementResponse summary(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periods, JsonMapper json) {
        Currency cur = SettlementMapper.currency(s.currency());
        List<Integer> counts = new ArrayList<>(periods.size());
        List<Money> paid = new ArrayList<>(periods.size());
        for (LedgerRows.PeriodRow p : periods) {
            counts.add(p.statementCount());
            paid.add(Money.of(p.totalPaid(), cur));
        }
        List<SettlementResponse.PartyTotal> totals = StatementDocuments.readTotals(json, s.totals()).stream()
                .map(t -> new SettlementResponse.PartyTotal(t.party(), stored(t.total(), cur))).toList();
        return summary(s, periods, counts, paid, totals, cur, json);
    }

    /**
     * The summary of a settlement recorded before V44, from its statement rows.
     *
     * @param s          the settlement row
     * @param periods    its period rows, in order
     * @param statements its statement rows, by period then in order
     * @param json       the mapper
     * @return the summary
     */
    public static SettlementResponse legacySummary(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periods,
                                                   List<LedgerRows.StatementRow> statements, JsonMapper json) {
        Currency cur = SettlementMapper.currency(s.currency());
        List<Integer> counts = new ArrayList<>();
        List<Money> paid = new ArrayList<>();
        periods.forEach(p -> {
            counts.add(0);
            paid.add(Money.zero(cur));
        });
        Map<String, Money> totals = new LinkedHashMap<>();
        for (LedgerRows.StatementRow row : statements) {
            Money total = Money.of(row.total(), cur);
            counts.set(row.periodIndex(), counts.get(row.periodIndex()) + 1);
            paid.set(row.periodIndex(), paid.get(row.periodIndex()).plus(total));
            totals.merge(row.party(), total, Money::plus);
        }
        List<SettlementResponse.PartyTotal> partyTotals = new ArrayList<>();
        totals.forEach((party, total) -> partyTotals.add(new SettlementResponse.PartyTotal(party,
                SettlementMapper.toResponse(total))));
        return summary(s, periods, counts, paid, partyTotals, cur, json);
    }

    private static SettlementResponse summary(LedgerRows.SettlementRow s, List<LedgerRows.PeriodRow> periods,
                                              List<Integer> counts, List<Money> paid,
                                              List<SettlementResponse.PartyTotal> partyTotals, Currency cur, JsonMapper json) {
        Money totalPaid = Money.zero(cur);
        List<SettlementResponse.PeriodResponse> out = new ArrayList<>(periods.size());
        for (int k = 0; k < periods.size(); k++) {
            LedgerRows.PeriodRow p = periods.get(k);
            totalPaid = totalPaid.plus(paid.get(k));
            out.add(new SettlementResponse.PeriodResponse(p.periodIndex(), p.label(), money(p.pool(), cur),
                    money(p.carriedIn(), cur), money(p.retained(), cur), money(p.carriedForward(), cur),
                    SettlementMapper.toResponse(paid.get(k)), counts.get(k),
                    "/v1/settlements/" + s.id() + "/periods/" + p.periodIndex() + "/statements",
                    StatementDocuments.read(json, p.explanation(), EXPLANATION),
                    p.poolSource() == null ? null : poolSourceLink(s.id(), p.periodIndex())));
        }
        return new SettlementResponse(s.id(), s.currency(), s.createdAt(), s.createdBy(), out, partyTotals,
                SettlementMapper.toResponse(totalPaid), money(s.carriedForward(), cur),
                StatementDocuments.read(json, s.explanation(), EXPLANATION));
    }

    /**
     * Statements {@code from} to {@code from + size - 1} of a period document, without explanations.
     *
     * @param period the period row, with its statements document
     * @param cur    the settlement's currency
     * @param from   the first statement's position, ≥ 0
     * @param size   the page size, ≥ 1
     * @param json   the mapper
     * @return the page's statements and the number of statements in the period
     */
    public static Page page(LedgerRows.PeriodRow period, Currency cur, long from, int size, JsonMapper json) {
        List<StatementDocuments.StoredStatement> all = StatementDocuments.readStatements(json, period.statements());
        List<SettlementResponse.StatementSummary> items = new ArrayList<>();
        for (long k = from; k < Math.min(all.size(), from + size); k++) {
            StatementDocuments.StoredStatement st = all.get((int) k);
            items.add(new SettlementResponse.StatementSummary(st.party(), stored(st.total(), cur), storedLines(st, cur)));
        }
        return new Page(items, all.size());
    }

    /**
     * The same page for a settlement recorded before V44.
     *
     * @param rows  the period's statement rows, in order
     * @param lines the period's line rows
     * @param cur   the settlement's currency
     * @param from  the first statement's position, ≥ 0
     * @param size  the page size, ≥ 1
     * @return the page's statements and the number of statements in the period
     */
    public static Page legacyPage(List<LedgerRows.StatementRow> rows, List<LedgerRows.LineRow> lines, Currency cur,
                                  long from, int size) {
        Map<String, List<LedgerRows.LineRow>> byParty = new HashMap<>();
        lines.forEach(l -> byParty.computeIfAbsent(l.party(), k -> new ArrayList<>()).add(l));
        List<SettlementResponse.StatementSummary> items = new ArrayList<>();
        for (long k = from; k < Math.min(rows.size(), from + size); k++) {
            LedgerRows.StatementRow row = rows.get((int) k);
            items.add(new SettlementResponse.StatementSummary(row.party(), money(row.total(), cur),
                    lines(byParty.getOrDefault(row.party(), List.of()), cur)));
        }
        return new Page(items, rows.size());
    }

    /**
     * A page of a period's statements.
     *
     * @param items the statements of the page
     * @param total the number of statements in the period
     */
    public record Page(List<SettlementResponse.StatementSummary> items, long total) {
    }

    /**
     * A party's statement in one period of a settlement recorded since V44, with its explanation.
     *
     * @param settlementId the settlement
     * @param index        the period's index
     * @param period       the period row, with its statements document
     * @param party        the party
     * @param cur          the settlement's currency
     * @param json         the mapper
     * @return its statement, or null when the party has none in the period
     */
    public static PartyStatementsResponse.PeriodStatement periodStatement(String settlementId, int index,
                                                                          LedgerRows.PeriodRow period, String party,
                                                                          Currency cur, JsonMapper json) {
        for (StatementDocuments.StoredStatement st : StatementDocuments.readStatements(json, period.statements())) {
            if (st.party().equals(party)) {
                ExplanationResponse explanation = ExplanationResponse.from(statement(st, period.label(), cur).explanation());
                return new PartyStatementsResponse.PeriodStatement(index, period.label(),
                        period.poolSource() == null ? null : poolSourceLink(settlementId, index),
                        new SettlementResponse.Statement(party, stored(st.total(), cur), storedLines(st, cur), explanation));
            }
        }
        return null;
    }

    /**
     * A party's statements of a settlement recorded before V44, from its statement and line rows.
     *
     * @param settlementId the settlement
     * @param party        the party
     * @param rows         the party's statement rows, by period (not empty)
     * @param periods      the settlement's period rows
     * @param lines        the party's line rows
     * @param cur          the settlement's currency
     * @param json         the mapper
     * @return the party's statements
     */
    public static PartyStatementsResponse legacyStatements(String settlementId, String party,
                                                           List<LedgerRows.StatementRow> rows,
                                                           List<LedgerRows.PeriodRow> periods,
                                                           List<LedgerRows.LineRow> lines, Currency cur, JsonMapper json) {
        Map<Integer, String> labels = new HashMap<>();
        Map<Integer, String> sources = new HashMap<>();
        periods.forEach(p -> {
            labels.put(p.periodIndex(), p.label());
            if (p.poolSource() != null) {
                sources.put(p.periodIndex(), poolSourceLink(settlementId, p.periodIndex()));
            }
        });
        Map<Integer, List<LedgerRows.LineRow>> byPeriod = new HashMap<>();
        lines.forEach(l -> byPeriod.computeIfAbsent(l.periodIndex(), k -> new ArrayList<>()).add(l));
        Money total = Money.zero(cur);
        List<PartyStatementsResponse.PeriodStatement> out = new ArrayList<>();
        for (LedgerRows.StatementRow row : rows) {
            total = total.plus(Money.of(row.total(), cur));
            String label = labels.get(row.periodIndex());
            out.add(new PartyStatementsResponse.PeriodStatement(row.periodIndex(), label, sources.get(row.periodIndex()),
                    legacyStatement(row, label, byPeriod.getOrDefault(row.periodIndex(), List.of()), cur, json)));
        }
        return new PartyStatementsResponse(settlementId, party, SettlementMapper.toResponse(total), out);
    }

    /**
     * A party's statement in a period with its explanation (settlements before V44): the stored one for
     * settlements recorded before V43, else derived from the stored lines by the function that issued it
     * ({@link PartyStatement#explanation()}).
     */
    private static SettlementResponse.Statement legacyStatement(LedgerRows.StatementRow row, String label,
                                                                List<LedgerRows.LineRow> own, Currency cur, JsonMapper json) {
        List<LedgerRows.LineRow> sorted = new ArrayList<>(own);
        sorted.sort(Comparator.comparingInt(LedgerRows.LineRow::lineNo));
        ExplanationResponse explanation;
        if (row.explanation() != null) {
            explanation = StatementDocuments.read(json, row.explanation(), EXPLANATION);
        } else {
            List<PayoutLine> model = sorted.stream().map(l -> new PayoutLine(LineKind.valueOf(l.kind()),
                    Money.of(l.amount(), cur), l.basis())).toList();
            explanation = ExplanationResponse.from(PartyStatement.of(row.party(), label, model, cur).explanation());
        }
        return new SettlementResponse.Statement(row.party(), money(row.total(), cur), lines(sorted, cur), explanation);
    }

    /**
     * @param totals a totals document
     * @param party  a party
     * @param cur    the settlement's currency
     * @param json   the mapper
     * @return the party's total over every period, exactly as stored; null when it is no party of the settlement
     */
    public static MoneyResponse total(String totals, String party, Currency cur, JsonMapper json) {
        return StatementDocuments.readTotals(json, totals).stream().filter(t -> t.party().equals(party)).findFirst()
                .map(t -> stored(t.total(), cur)).orElse(null);
    }

    /** The link to the deals a period's pool was drawn from. */
    private static String poolSourceLink(String settlementId, int periodIndex) {
        return "/v1/settlements/" + settlementId + "/periods/" + periodIndex + "/deals";
    }

    private static List<SettlementResponse.Line> storedLines(StatementDocuments.StoredStatement st, Currency cur) {
        List<SettlementResponse.Line> out = new ArrayList<>(st.lines().size());
        for (StatementDocuments.StoredLine l : st.lines()) {
            out.add(new SettlementResponse.Line(l.kind(), stored(l.amount(), cur), l.paid(), l.basis()));
        }
        return out;
    }

    private static List<SettlementResponse.Line> lines(List<LedgerRows.LineRow> own, Currency cur) {
        List<LedgerRows.LineRow> sorted = new ArrayList<>(own);
        sorted.sort(Comparator.comparingInt(LedgerRows.LineRow::lineNo));
        return sorted.stream().map(l -> new SettlementResponse.Line(l.kind(), money(l.amount(), cur), l.paid(),
                l.basis())).toList();
    }

    /** An amount of a document, exactly as stored (it was written from the core's {@code Money}). */
    private static MoneyResponse stored(String amount, Currency cur) {
        return new MoneyResponse(amount, cur.getCurrencyCode());
    }

    private static MoneyResponse money(BigDecimal amount, Currency cur) {
        return SettlementMapper.toResponse(Money.of(amount, cur));
    }

    private static String write(JsonMapper json, org.dataprice.explain.Explanation explanation) {
        return StatementDocuments.write(json, EXPLANATION, ExplanationResponse.from(explanation));
    }
}
