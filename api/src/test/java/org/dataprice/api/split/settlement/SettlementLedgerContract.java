package org.dataprice.api.split.settlement;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import org.dataprice.api.explain.ExplanationResponse;
import org.dataprice.api.ledger.Ledger;
import org.dataprice.api.ledger.LedgerChain;
import org.dataprice.api.ledger.RecordDigest;
import org.dataprice.split.payout.PayoutLine;
import org.dataprice.split.payout.ScheduleResult;
import org.dataprice.split.payout.Settlement;
import org.dataprice.split.payout.PartyStatement;
import org.dataprice.split.payout.PayoutSchedule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The settlement ledger against a real database: migrations V40 and V44, every repository query, exact
 * round trips, one statements document per period (V44), the rows of settlements recorded before V44
 * still read and verified, the principal lookup, and that the repositories can only insert and read. Subclasses choose the database; the same assertions hold on H2 and
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SettlementLedgerContract {
    private ApplicationContext context;
    private SettlementService service;
    private SettlementReadService reads;
    private LedgerRepositories.Lines lines;
    private LedgerRepositories.Principals principals;
    private LedgerRepositories.Periods periods;
    private JsonMapper json;
    private static JsonMapper staticJson;
    private TransactionOperations<Connection> tx;
    private LedgerChain chain;

    /** @return datasource properties */
    abstract Map<String, Object> database();

    @BeforeAll
    @SuppressWarnings("unchecked")
    void start() {
        context = ApplicationContext.run(database(), "test");
        service = context.getBean(SettlementService.class);
        reads = context.getBean(SettlementReadService.class);
        lines = context.getBean(LedgerRepositories.Lines.class);
        principals = context.getBean(LedgerRepositories.Principals.class);
        periods = context.getBean(LedgerRepositories.Periods.class);
        json = context.getBean(JsonMapper.class);
        staticJson = json;
        tx = context.getBean(TransactionOperations.class);
        chain = context.getBean(LedgerChain.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @SuppressWarnings("unchecked")
    private long count(String sql, String id) {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setString(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Pool 1,000.00: 10 % earmarked (100.00); 0.005 × 333 calls = 1.665, half-even 1.66; the rest 898.34
     * 1 : 2 : 3 by equity = 149.7233… / 299.4466… / 449.17 → 149.72 / 299.45 (largest remainder) / 449.17.
     */
    private static SettlementRequest request() {
        SettlementRequest.Terms terms = new SettlementRequest.Terms(
                List.of(new SettlementRequest.EarmarkTerm("public", "0.1")), null,
                List.of(new SettlementRequest.PerUseTerm("p1", "0.005", 333L)), null,
                new SettlementRequest.DividendTerm(SettlementRequest.Basis.EQUITY, List.of(
                        new SettlementRequest.Weight("p1", "1"), new SettlementRequest.Weight("p2", "2"),
                        new SettlementRequest.Weight("p3", "3")), null, null),
                null, null);
        return new SettlementRequest("CNY", List.of(
                new SettlementRequest.Party("public", List.of()),
                new SettlementRequest.Party("p1", List.of("apikey:00000000000000aa", "sub-p1")),
                new SettlementRequest.Party("p2", List.of("sub-p2")),
                new SettlementRequest.Party("p3", List.of())),
                List.of(new SettlementRequest.PeriodTerms("2025-01", "1000.00", terms)), null);
    }

    @Test
    void test_create_writesOneDocumentPerPeriodAndReadsBackExactly() {
        SettlementResponse created = service.create(request(), "tester");
        String id = created.id();

        assertThat(count("SELECT COUNT(*) FROM split_settlement WHERE id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM split_settlement_period WHERE settlement_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM split_settlement_statement WHERE settlement_id = ?", id))
                .as("no statement rows since V44").isZero();
        assertThat(lines.countBySettlement(id)).as("no line rows since V44").isZero();
        assertThat(count("SELECT COUNT(*) FROM split_settlement_principal WHERE settlement_id = ?", id)).isEqualTo(3);

        LedgerRows.PeriodRow period = periods.findBySettlementAndIndex(id, 0).orElseThrow();
        assertThat(period.statementCount()).isEqualTo(4);
        assertThat(period.totalPaid()).isEqualByComparingTo("1000.00");
        assertThat(period.statements()).as("compact canonical JSON, statement order, amounts as strings").isEqualTo(
                "[{\"party\":\"public\",\"total\":\"100.00\",\"lines\":[{\"kind\":\"EARMARK\",\"amount\":\"100.00\","
                + "\"paid\":true,\"basis\":" + basis(period.statements(), 0) + "}]},"
                + "{\"party\":\"p1\",\"total\":\"151.38\",\"lines\":[{\"kind\":\"PER_USE\",\"amount\":\"1.66\","
                + "\"paid\":true,\"basis\":" + basis(period.statements(), 1) + "},{\"kind\":\"DIVIDEND\",\"amount\":\"149.72\","
                + "\"paid\":true,\"basis\":" + basis(period.statements(), 2) + "}]},"
                + "{\"party\":\"p2\",\"total\":\"299.45\",\"lines\":[{\"kind\":\"DIVIDEND\",\"amount\":\"299.45\","
                + "\"paid\":true,\"basis\":" + basis(period.statements(), 3) + "}]},"
                + "{\"party\":\"p3\",\"total\":\"449.17\",\"lines\":[{\"kind\":\"DIVIDEND\",\"amount\":\"449.17\","
                + "\"paid\":true,\"basis\":" + basis(period.statements(), 4) + "}]}]");
        List<StatementDocuments.StoredStatement> stored = StatementDocuments.readStatements(json, period.statements());
        BigDecimal sum = stored.stream().flatMap(st -> st.lines().stream()).filter(StatementDocuments.StoredLine::paid)
                .map(l -> new BigDecimal(l.amount())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as("stored lines sum exactly to the pool").isEqualByComparingTo("1000.00");
        assertThat(reads.find(id)).contains(created);
        assertThat(created.periods().get(0).statementCount()).isEqualTo(4);
        assertThat(created.totals()).extracting(SettlementResponse.PartyTotal::party).containsExactly("public", "p1", "p2", "p3");
        assertThat(reads.periodStatements(id, 0, 0, 10).items()).extracting(st -> st.total().amount())
                .containsExactly("100.00", "151.38", "299.45", "449.17");
    }

    /** The JSON string of the k-th {@code basis} of a document, quoted as stored. */
    private static String basis(String document, int k) {
        int at = -1;
        for (int i = 0; i <= k; i++) {
            at = document.indexOf("\"basis\":", at + 1);
        }
        int from = at + "\"basis\":".length();
        int to = document.indexOf("\"}", from + 1);
        return document.substring(from, to + 1);
    }

    /**
     * A settlement recorded before V44 (statement and line rows, no documents), inserted with the old
     * shape and chained in the same transaction: every read answers what a V44 settlement of the same
     * request answers, the ledger verifies it, and an edited line row changes its content hash.
     */
    @Test
    void test_legacyRows_readAsBeforeAndVerified() {
        SettlementRequest request = request();
        SettlementResponse current = service.create(request, "tester");
        String id = UUID.randomUUID().toString();
        Currency cur = Currency.getInstance("CNY");
        ScheduleResult result = PayoutSchedule.DEFAULT.settle(SettlementMapper.toPeriods(request, cur));
        tx.executeWrite(status -> {
            try {
                insertLegacy(status.getConnection(), id, result);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            chain.append(Ledger.SETTLEMENTS, id);
            return null;
        });

        SettlementResponse legacy = reads.find(id).orElseThrow();
        assertThat(legacy.periods()).hasSize(1);
        SettlementResponse.PeriodResponse lp = legacy.periods().get(0);
        SettlementResponse.PeriodResponse cp = current.periods().get(0);
        assertThat(lp.statementCount()).isEqualTo(cp.statementCount()).isEqualTo(4);
        assertThat(lp.totalPaid()).isEqualTo(cp.totalPaid());
        assertThat(lp.pool()).isEqualTo(cp.pool());
        assertThat(lp.explanation()).isEqualTo(cp.explanation());
        assertThat(lp.statements()).isEqualTo("/v1/settlements/" + id + "/periods/0/statements");
        assertThat(legacy.totals()).isEqualTo(current.totals());
        assertThat(legacy.totalPaid()).isEqualTo(current.totalPaid());
        assertThat(reads.periodStatements(id, 0, 0, 100).items())
                .isEqualTo(reads.periodStatements(current.id(), 0, 0, 100).items());
        assertThat(reads.periodStatements(id, 0, 1, 2).items())
                .isEqualTo(reads.periodStatements(current.id(), 0, 1, 2).items()).hasSize(2);
        for (String party : List.of("public", "p1", "p2", "p3")) {
            PartyStatementsResponse l = reads.statements(id, party, "tester", true);
            PartyStatementsResponse c = reads.statements(current.id(), party, "tester", true);
            assertThat(l.periods()).as(party).isEqualTo(c.periods());
            assertThat(l.total()).as(party).isEqualTo(c.total());
        }
        assertThat(reads.statements(id, "p2", "sub-p2", false).total().amount()).isEqualTo("299.45");

        String chained = sqlString("SELECT content_hash FROM ledger_entry WHERE ledger = 'settlements' AND record_id = ?", id);
        assertThat(contentHash(id)).isEqualTo(chained);
        execute("UPDATE split_settlement_line SET amount = amount + 1 WHERE settlement_id = ? AND party = 'p2'", id);
        assertThat(contentHash(id)).as("an edited legacy line changes the record's hash").isNotEqualTo(chained);
        execute("UPDATE split_settlement_line SET amount = amount - 1 WHERE settlement_id = ? AND party = 'p2'", id);
        assertThat(contentHash(id)).isEqualTo(chained);
    }

    /** The rows a settlement had before V44 (the insert of that version), statement explanations NULL (V43). */
    private static void insertLegacy(Connection c, String id, ScheduleResult result) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement (id, currency, period_count, "
                + "carried_forward, created_at, created_by, explanation) VALUES (?,?,?,?,?,?,?)")) {
            s.setString(1, id);
            s.setString(2, "CNY");
            s.setInt(3, result.settlements().size());
            s.setBigDecimal(4, result.carriedForward().amount());
            s.setObject(5, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
            s.setString(6, "legacy");
            s.setString(7, "{\"steps\":[]}");
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement_principal (id, settlement_id, party, "
                + "principal) VALUES (?,?,'p2','sub-p2')")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, id);
            s.executeUpdate();
        }
        for (int p = 0; p < result.settlements().size(); p++) {
            Settlement period = result.settlements().get(p);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement_period (id, settlement_id, "
                    + "period_index, label, pool, carried_in, retained, carried_forward, explanation) VALUES (?,?,?,?,?,?,?,?,?)")) {
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, id);
                s.setInt(3, p);
                s.setString(4, period.period());
                s.setBigDecimal(5, period.pool().amount());
                s.setBigDecimal(6, period.carriedIn().amount());
                s.setBigDecimal(7, period.retained().amount());
                s.setBigDecimal(8, period.carriedForward().amount());
                s.setString(9, explanationJson(period));
                s.executeUpdate();
            }
            List<PartyStatement> sts = period.statements();
            for (int k = 0; k < sts.size(); k++) {
                PartyStatement st = sts.get(k);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement_statement (id, settlement_id, "
                        + "period_index, ordinal, party, total, explanation) VALUES (?,?,?,?,?,?,NULL)")) {
                    s.setString(1, UUID.randomUUID().toString());
                    s.setString(2, id);
                    s.setInt(3, p);
                    s.setInt(4, k);
                    s.setString(5, st.party());
                    s.setBigDecimal(6, st.total().amount());
                    s.executeUpdate();
                }
                for (int l = 0; l < st.lines().size(); l++) {
                    PayoutLine line = st.lines().get(l);
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO split_settlement_line (id, settlement_id, "
                            + "period_index, party, line_no, kind, amount, paid, basis) VALUES (?,?,?,?,?,?,?,?,?)")) {
                        s.setString(1, UUID.randomUUID().toString());
                        s.setString(2, id);
                        s.setInt(3, p);
                        s.setString(4, st.party());
                        s.setInt(5, l);
                        s.setString(6, line.kind().name());
                        s.setBigDecimal(7, line.amount().amount());
                        s.setBoolean(8, line.kind().paid());
                        s.setString(9, line.basis());
                        s.executeUpdate();
                    }
                }
            }
        }
    }

    private static String explanationJson(Settlement period) {
        try {
            return staticJson.writeValueAsString(ExplanationResponse.from(period.explanation()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private String sqlString(String sql, String id) {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setString(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void execute(String sql, String id) {
        tx.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setString(1, id);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String contentHash(String id) {
        return tx.executeRead(status -> {
            try {
                return RecordDigest.contentHash(status.getConnection(), Ledger.SETTLEMENTS, id).orElseThrow();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * New statements store no explanation; the one served is derived from the stored lines and equals,
     * value for value, the explanation the core issued for the same request.
     */
    @Test
    void test_statements_explanationDerivedFromStoredLinesEqualsTheIssuedOne() {
        SettlementRequest request = request();
        String id = service.create(request, "tester").id();
        Currency cur = Currency.getInstance("CNY");
        List<PartyStatement> issued = PayoutSchedule.DEFAULT.settle(SettlementMapper.toPeriods(request, cur))
                .settlements().get(0).statements();

        assertThat(count("SELECT COUNT(*) FROM split_settlement_statement WHERE settlement_id = ?",
                id)).as("no statement row, so no explanation stored per statement").isZero();
        for (PartyStatement st : issued) {
            SettlementResponse.Statement served = reads.statements(id, st.party(), "tester", true).periods().get(0)
                    .statement();
            assertThat(served.explanation()).as(st.party()).isEqualTo(ExplanationResponse.from(st.explanation()));
        }
    }

    @Test
    void test_principals_lookupByPrincipal() {
        String id = service.create(request(), "tester").id();

        assertThat(principals.findBySettlementAndPrincipal(id, "sub-p1")).extracting(LedgerRows.PrincipalRow::party)
                .containsExactly("p1");
        assertThat(principals.findBySettlementAndPrincipal(id, "nobody")).isEmpty();
        assertThat(reads.statements(id, "p2", "sub-p2", false).total().amount()).isEqualTo("299.45");
    }

    /** A row the database refuses (a principal above VARCHAR(200), inserted last) rolls the whole settlement back. */
    @Test
    void test_create_isAtomic() {
        SettlementRequest ok = request();
        SettlementRequest tooLong = new SettlementRequest(ok.currency(), List.of(ok.parties().get(0), ok.parties().get(1),
                new SettlementRequest.Party("p2", List.of("x".repeat(201))), ok.parties().get(3)), ok.periods(), null);
        long settlementsBefore = count("SELECT COUNT(*) FROM split_settlement WHERE id <> ?", "");
        long periodsBefore = count("SELECT COUNT(*) FROM split_settlement_period WHERE id <> ?", "");

        assertThatThrownBy(() -> service.create(tooLong, "tester")).isInstanceOf(RuntimeException.class);

        assertThat(count("SELECT COUNT(*) FROM split_settlement WHERE id <> ?", "")).isEqualTo(settlementsBefore);
        assertThat(count("SELECT COUNT(*) FROM split_settlement_period WHERE id <> ?", "")).isEqualTo(periodsBefore);
    }

    @Test
    void test_repositories_canOnlyInsertAndRead() {
        for (Class<?> repository : LedgerRepositories.class.getDeclaredClasses()) {
            assertThat(Arrays.stream(repository.getMethods()).map(Method::getName))
                    .as(repository.getSimpleName()).allMatch(name -> name.startsWith("save") || name.startsWith("find")
                            || name.startsWith("count"));
        }
    }
}
