package org.dataprice.api.split.settlement;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.transaction.Transactions;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads recorded settlements back from the ledger ({@link SettlementService} writes them): whole (ADMIN,
 * SETTLEMENT) or one party's statements (that party's principals). Every answer carries exactly the values
 * of the ledger rows ({@link LedgerMapper}), so GET and the idempotent replay answer the bytes the POST did.
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
 * <p>The settlement's answer is a summary (per period its figures, statement count and the link to its
 * statements; per party its total); a period's statements are served a page at a time without
 * explanation, a party's statements with theirs, stored (settlements before migration V43) or derived
 * from the stored lines ({@code PartyStatement.explanation()}). Settlements recorded before V44 keep their
 * {@code split_settlement_statement} / {@code split_settlement_line} rows and are read from them (the
 * {@code legacy} paths), with the same answers. Thread-safe; all state is in the database.
 */
@Singleton
public class SettlementReadService {
    private final LedgerRepositories.Settlements settlements;
    private final LedgerRepositories.Periods periods;
    private final LedgerRepositories.Statements statements;
    private final LedgerRepositories.Lines lines;
    private final LedgerRepositories.Principals principals;
    private final Transactions transactions;
    private final JsonMapper json;
    private final org.dataprice.api.registry.AuthorisationService authorisations;

    /**
     * @param settlements  settlement rows
     * @param periods      period rows
     * @param statements   statement rows (before V44)
     * @param lines        line rows (before V44)
     * @param principals   principal rows
     * @param transactions the service's transactions (reads)
     * @param json         the JSON mapper of the stored documents
     * @param authorisations the authorisation records (the payments citing the authorisation they pay for)
     */
    public SettlementReadService(LedgerRepositories.Settlements settlements, LedgerRepositories.Periods periods,
                                 LedgerRepositories.Statements statements, LedgerRepositories.Lines lines,
                                 LedgerRepositories.Principals principals, Transactions transactions, JsonMapper json,
                                 org.dataprice.api.registry.AuthorisationService authorisations) {
        this.authorisations = authorisations;
        this.settlements = settlements;
        this.periods = periods;
        this.statements = statements;
        this.lines = lines;
        this.principals = principals;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * @param id the settlement id
     * @return the settlement's summary, if recorded: the same bytes as the POST answered
     */
    public Optional<SettlementResponse> find(String id) {
        return transactions.read(() -> settlements.findById(id).map(s -> {
            List<LedgerRows.PeriodRow> periodRows = periods.findBySettlement(id);
            return s.totals() != null
                    ? LedgerMapper.summary(s, periodRows, json).withAuthorisations(authorisations.ofSettlement(id))
                    : LedgerMapper.legacySummary(s, periodRows, statements.findBySettlement(id), json);
        }));
    }

    /**
     * @param id    the settlement id
     * @param index the period's 0-based index
     * @return the deals the period's pool was drawn from
     * @throws ProblemException 404 when there is no such settlement or period, or its pool was typed in
     */
    public SettlementResponse.PoolSource poolSource(String id, int index) {
        return transactions.read(() -> {
            LedgerRows.PeriodRow period = periods.findBySettlementAndIndex(id, index).orElseThrow(() -> noPeriod(id, index));
            if (period.poolSource() == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, "The pool of period " + index + " of settlement " + id
                        + " was given as an amount, not drawn from deals");
            }
            return LedgerMapper.poolSource(period, json);
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
        return transactions.read(() -> {
            LedgerRows.SettlementRow settlement = settlements.findById(id)
                    .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No settlement " + id));
            LedgerRows.PeriodRow period = periods.findBySettlementAndIndex(id, index).orElseThrow(() -> noPeriod(id, index));
            Currency cur = SettlementMapper.currency(settlement.currency());
            long from = (long) page * size;
            LedgerMapper.Page items;
            if (period.documented()) {
                items = LedgerMapper.page(period, cur, from, size, json);
            } else {
                List<LedgerRows.StatementRow> rows = statements.findBySettlementAndPeriod(id, index);
                items = LedgerMapper.legacyPage(rows, from < rows.size() ? lines.findBySettlementAndPeriod(id, index)
                        : List.of(), cur, from, size);
            }
            return new PeriodStatementsResponse(id, index, period.label(), items.items(), page, size, items.total());
        });
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
        if (settlement.totals() == null) {
            List<LedgerRows.StatementRow> rows = statements.findBySettlementAndParty(id, party);
            if (rows.isEmpty()) {
                throw noParty(id, party);
            }
            return LedgerMapper.legacyStatements(id, party, rows, periods.findBySettlement(id),
                    lines.findBySettlementAndParty(id, party), cur, json);
        }
        // since V44: the party's total from the totals document, then each period's document in turn, one in memory at a time
        MoneyResponse total = LedgerMapper.total(settlement.totals(), party, cur, json);
        if (total == null) {
            throw noParty(id, party);
        }
        List<PartyStatementsResponse.PeriodStatement> out = new ArrayList<>();
        for (int p = 0; p < settlement.periodCount(); p++) {
            LedgerRows.PeriodRow period = periods.findBySettlementAndIndex(id, p).orElseThrow(IllegalStateException::new);
            PartyStatementsResponse.PeriodStatement statement = LedgerMapper.periodStatement(id, p, period, party, cur, json);
            if (statement != null) {
                out.add(statement);
            }
        }
        return new PartyStatementsResponse(id, party, total, out);
    }

    private static ProblemException noPeriod(String id, int index) {
        return new ProblemException(ProblemType.NOT_FOUND, "Settlement " + id + " has no period " + index);
    }

    private static ProblemException noParty(String id, String party) {
        return new ProblemException(ProblemType.NOT_FOUND, "Settlement " + id + " has no party " + party);
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No settlement " + id + " readable by this caller");
    }
}
