package org.dataprice.api.split.settlement;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionOperations;
import org.dataprice.api.explain.ExplanationResponse;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The settlement ledger against a real database: migration V40, every repository query, exact
 * NUMERIC round trips, one row per payment line, the principal lookup, and that the repositories
 * can only insert and read. Subclasses choose the database; the same assertions hold on H2 and
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SettlementLedgerContract {
    private ApplicationContext context;
    private SettlementService service;
    private LedgerRepositories.Lines lines;
    private LedgerRepositories.Principals principals;

    /** @return datasource properties */
    abstract Map<String, Object> database();

    @BeforeAll
    void start() {
        context = ApplicationContext.run(database(), "test");
        service = context.getBean(SettlementService.class);
        lines = context.getBean(LedgerRepositories.Lines.class);
        principals = context.getBean(LedgerRepositories.Principals.class);
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
                List.of(new SettlementRequest.PeriodTerms("2025-01", "1000.00", terms)));
    }

    @Test
    void test_create_writesOneRowPerPaymentLineAndReadsBackExactly() {
        SettlementResponse created = service.create(request(), "tester");
        String id = created.id();

        assertThat(count("SELECT COUNT(*) FROM split_settlement WHERE id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM split_settlement_period WHERE settlement_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM split_settlement_statement WHERE settlement_id = ?", id)).isEqualTo(4);
        long lineCount = created.periods().get(0).statements().stream().mapToLong(s -> s.lines().size()).sum();
        assertThat(lines.countBySettlement(id)).isEqualTo(lineCount).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM split_settlement_principal WHERE settlement_id = ?", id)).isEqualTo(3);

        BigDecimal sum = lines.findBySettlement(id).stream().filter(LedgerRows.LineRow::paid)
                .map(LedgerRows.LineRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as("ledger lines sum exactly to the pool").isEqualByComparingTo("1000.00");
        assertThat(lines.findBySettlementAndParty(id, "p1")).extracting(LedgerRows.LineRow::kind)
                .containsExactly("PER_USE", "DIVIDEND");
        assertThat(lines.findBySettlementAndParty(id, "p1").get(0).amount()).isEqualByComparingTo("1.66");
        assertThat(service.find(id)).contains(created);
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

        assertThat(count("SELECT COUNT(*) FROM split_settlement_statement WHERE settlement_id = ? AND explanation IS NOT NULL",
                id)).as("no explanation stored per statement").isZero();
        for (PartyStatement st : issued) {
            SettlementResponse.Statement served = service.statements(id, st.party(), "tester", true).periods().get(0)
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
        assertThat(service.statements(id, "p2", "sub-p2", false).total().amount()).isEqualTo("299.45");
    }

    /** A row the database refuses (a principal above VARCHAR(200), inserted last) rolls the whole settlement back. */
    @Test
    void test_create_isAtomic() {
        SettlementRequest ok = request();
        SettlementRequest tooLong = new SettlementRequest(ok.currency(), List.of(ok.parties().get(0), ok.parties().get(1),
                new SettlementRequest.Party("p2", List.of("x".repeat(201))), ok.parties().get(3)), ok.periods());
        long settlementsBefore = count("SELECT COUNT(*) FROM split_settlement WHERE id <> ?", "");
        long linesBefore = count("SELECT COUNT(*) FROM split_settlement_line WHERE id <> ?", "");

        assertThatThrownBy(() -> service.create(tooLong, "tester")).isInstanceOf(RuntimeException.class);

        assertThat(count("SELECT COUNT(*) FROM split_settlement WHERE id <> ?", "")).isEqualTo(settlementsBefore);
        assertThat(count("SELECT COUNT(*) FROM split_settlement_line WHERE id <> ?", "")).isEqualTo(linesBefore);
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
