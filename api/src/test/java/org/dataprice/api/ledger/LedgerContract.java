package org.dataprice.api.ledger;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tamper-evident ledgers through the real endpoints against a real database: writes of each kind
 * are chained and verify; an edited, deleted or foreign row is named by the ADMIN verification, makes
 * readiness DOWN and every write 503 {@code ledger-integrity} while reads still answer; restoring the
 * row and verifying again clears it; concurrent appends keep one unbroken chain. Subclasses choose the
 * database (each its own, so the damage done here never leaks into another test class).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerContract {
    private EmbeddedServer server;
    private Http http;
    private String admin;
    private String reader;
    private String seller;
    private String buyer;

    /** @return datasource properties of a database of this class's own */
    abstract Map<String, Object> database();

    @BeforeAll
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class, database(), "test");
        http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        ApiKeyService keys = server.getApplicationContext().getBean(ApiKeyService.class);
        admin = TestCredentials.key(keys, Role.ADMIN, Role.SETTLEMENT);
        reader = TestCredentials.key(keys, Role.READER);
        seller = TestCredentials.key(keys, Role.READER);
        buyer = TestCredentials.key(keys);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Every test leaves a store that verifies. */
    @AfterEach
    void storeVerifies() {
        assertThat(verification().get("status")).as("the store verifies after the test").isEqualTo("OK");
    }

    private static final String SETTLEMENT = """
            {"currency":"CNY","parties":[{"id":"public","principals":[]},{"id":"p1","principals":["sub-p1"]},
              {"id":"p2","principals":[]}],
             "periods":[{"label":"2025-01","pool":"1000.00","terms":{
               "earmarks":[{"recipient":"public","share":"0.1"}],
               "perUseFees":[{"party":"p1","unitFee":"0.005","calls":333}],
               "dividend":{"basis":"EQUITY","weights":[{"party":"p1","weight":"1"},{"party":"p2","weight":"2"}]}}}]}""";

    private String settle() {
        Http.Response r = http.post("/v1/settlements", SETTLEMENT, "X-API-KEY", admin, Idempotent.HEADER,
                TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return (String) r.map().get("id");
    }

    /** A negotiation of two offers, accepted: two offers and one deal. */
    private String negotiateDeal() {
        Instant now = Instant.now();
        Http.Response listing = http.post("/v1/listings", """
                {"productId":"prod-ledger","category":"ENTERPRISE","use":"INDUSTRY","unit":"ONE_OFF","mode":"NEGOTIATED",
                 "quote":{"amount":"1000.00","currency":"CNY"},"validFrom":"%s","validUntil":"%s"}"""
                .formatted(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365))), headers(seller));
        assertThat(listing.status()).as(listing.body()).isEqualTo(201);
        Http.Response open = http.post("/v1/negotiations", """
                {"listingId":"%s","first":"BUYER","deadline":"%s","maxRounds":6}"""
                .formatted(listing.map().get("id"), now.plus(Duration.ofDays(7))), headers(buyer));
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        String id = (String) open.map().get("id");
        assertThat(http.post("/v1/negotiations/" + id + "/offers", offer("800.00"), headers(buyer)).status()).isEqualTo(201);
        assertThat(http.post("/v1/negotiations/" + id + "/offers", offer("900.00"), headers(seller)).status()).isEqualTo(201);
        Http.Response accepted = http.post("/v1/negotiations/" + id + "/accept", null, headers(buyer));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return (String) accepted.map().get("dealId");
    }

    private static String offer(String price) {
        return """
                {"price":{"amount":"%s","currency":"CNY"},"licenceMonths":12,"scope":"DERIVED_PRODUCTS",
                 "frequency":"MONTHLY","delivery":"API"}""".formatted(price);
    }

    private static String[] headers(String key) {
        return new String[]{"X-API-KEY", key, Idempotent.HEADER, TestCredentials.idempotencyKey()};
    }

    private Map<String, Object> verification() {
        Http.Response r = http.get("/v1/ledgers/verification", "X-API-KEY", admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.map();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> failure() {
        Map<String, Object> v = verification();
        assertThat(v.get("status")).as(String.valueOf(v)).isEqualTo("FAILED");
        return (Map<String, Object>) v.get("failure");
    }

    @SuppressWarnings("unchecked")
    private long entries(String ledger) {
        List<Map<String, Object>> ledgers = (List<Map<String, Object>>) verification().get("ledgers");
        return ledgers.stream().filter(l -> ledger.equals(l.get("ledger"))).mapToLong(l -> ((Number) l.get("entries")).longValue())
                .findFirst().orElseThrow();
    }

    private long sqlLong(String sql, Object... args) {
        return sql(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private void exec(String sql, Object... args) {
        sql(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    @SuppressWarnings("unchecked")
    private <T> T sql(Sql<T> work) {
        ConnectionOperations<Connection> connections = server.getApplicationContext().getBean(ConnectionOperations.class);
        return connections.executeWrite(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void test_writes_areChainedAndVerify() {
        long settlements = entries("settlements");
        long offers = entries("offers");
        long deals = entries("deals");

        String settlement = settle();
        String deal = negotiateDeal();

        assertThat(entries("settlements")).isEqualTo(settlements + 1);
        assertThat(entries("offers")).isEqualTo(offers + 2);
        assertThat(entries("deals")).isEqualTo(deals + 1);
        assertThat(sqlLong("SELECT COUNT(*) FROM ledger_entry WHERE ledger = 'settlements' AND record_id = ?", settlement))
                .isEqualTo(1);
        assertThat(sqlLong("SELECT COUNT(*) FROM ledger_entry WHERE ledger = 'deals' AND record_id = ?", deal)).isEqualTo(1);
        for (String ledger : List.of("settlements", "offers", "deals")) {
            String table = Ledger.of(ledger).table();
            assertThat(sqlLong("SELECT COUNT(*) FROM ledger_entry WHERE ledger = ?", ledger)).as(ledger)
                    .isEqualTo(sqlLong("SELECT COUNT(*) FROM " + table));
        }
        assertThat(http.get("/health/readiness").status()).isEqualTo(200);
    }

    /**
     * A ledger not adopted yet (as after the migration that introduced it) whose first transaction inserts several
     * records: the adoption at the commit chains them all, and each record's own chaining then finds it chained — once
     * each, no unique-key failure (a valuation issues its JSON, HTML and CSV documents in one transaction; before the
     * fix the demo's first valuation failed "changed concurrently 5 times").
     */
    @Test
    void test_notYetAdoptedLedger_severalRecordsInOneTransaction_chainedOnceEach() {
        exec("UPDATE ledger_head SET adopted = FALSE WHERE ledger = 'documents'");
        String appraiser = TestCredentials.key(server.getApplicationContext().getBean(ApiKeyService.class), Role.APPRAISER);
        Http.Response created = http.post("/v1/valuations", org.dataprice.api.valuation.ValuationExamples.ENGAGEMENT,
                "X-API-KEY", appraiser, "Idempotency-Key", TestCredentials.idempotencyKey());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(sqlLong("SELECT COUNT(*) FROM ledger_entry WHERE ledger = 'documents'"))
                .isEqualTo(sqlLong("SELECT COUNT(*) FROM issued_document"));
        assertThat(sqlLong("SELECT COUNT(*) FROM ledger_head WHERE ledger = 'documents' AND adopted")).isEqualTo(1);
        assertThat(http.get("/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void test_verification_isAdminOnly() {
        assertThat(http.get("/v1/ledgers/verification").status()).isEqualTo(401);
        assertThat(http.get("/v1/ledgers/verification", "X-API-KEY", reader).status()).isEqualTo(403);
    }

    @Test
    void test_editedPeriodDocument_failsNamingTheRecord_blocksWrites_keepsReads() {
        String id = settle();
        // an amount inside the period's statements document: p2's total gains a leading 1 (e.g. 598.89 -> 1598.89)
        exec("UPDATE split_settlement_period SET statements = REPLACE(statements, '\"party\":\"p2\",\"total\":\"', "
                + "'\"party\":\"p2\",\"total\":\"1') WHERE settlement_id = ?", id);

        Map<String, Object> failure = failure();
        assertThat(failure.get("ledger")).isEqualTo("settlements");
        assertThat(failure.get("recordId")).isEqualTo(id);
        assertThat(failure.get("kind")).isEqualTo("CONTENT_CHANGED");
        assertThat((String) failure.get("reason")).contains("settlements").contains(id);

        Http.Response readiness = http.get("/health/readiness", "X-API-KEY", reader);
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.body()).contains("ledgers").contains(id);
        Http.Response write = http.post("/v1/settlements", SETTLEMENT, "X-API-KEY", admin, Idempotent.HEADER,
                TestCredentials.idempotencyKey());
        assertThat(write.status()).isEqualTo(503);
        assertThat(write.contentType()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = write.problem();
        assertThat(problem.type()).isEqualTo(ProblemType.LEDGER_INTEGRITY.uri());
        assertThat(problem.detail()).contains(id).contains("settlements");
        assertThat(http.post("/v1/listings", "{}", headers(seller)).status()).isEqualTo(503);
        assertThat(http.get("/v1/settlements/" + id, "X-API-KEY", admin).status()).isEqualTo(200);
        assertThat(http.post("/v1/settlements", SETTLEMENT).status()).as("anonymous: still 401").isEqualTo(401);

        exec("UPDATE split_settlement_period SET statements = REPLACE(statements, '\"party\":\"p2\",\"total\":\"1', "
                + "'\"party\":\"p2\",\"total\":\"') WHERE settlement_id = ?", id);
        assertThat(verification().get("status")).isEqualTo("OK");
        exec("UPDATE split_settlement_period SET pool = pool + 1 WHERE settlement_id = ?", id);
        assertThat(failure()).as("an edited period pool").containsEntry("recordId", id).containsEntry("kind", "CONTENT_CHANGED");
        exec("UPDATE split_settlement_period SET pool = pool - 1 WHERE settlement_id = ?", id);
        assertThat(verification().get("status")).isEqualTo("OK");
        assertThat(http.get("/health/readiness").status()).isEqualTo(200);
        settle();
    }

    @Test
    void test_editedRootColumn_andAddedChildRow_fail() {
        String id = settle();
        String by = sqlString("SELECT created_by FROM split_settlement WHERE id = ?", id);
        exec("UPDATE split_settlement SET created_by = 'mallory' WHERE id = ?", id);
        assertThat(failure()).containsEntry("recordId", id).containsEntry("kind", "CONTENT_CHANGED");
        exec("UPDATE split_settlement SET created_by = ? WHERE id = ?", by, id);
        assertThat(verification().get("status")).isEqualTo("OK");

        exec("INSERT INTO split_settlement_principal (id, settlement_id, party, principal) VALUES (?, ?, 'p2', 'mallory')",
                UUID.randomUUID().toString(), id);
        assertThat(failure()).containsEntry("recordId", id).containsEntry("kind", "CONTENT_CHANGED");
        exec("DELETE FROM split_settlement_principal WHERE settlement_id = ? AND principal = 'mallory'", id);
    }

    private String sqlString(String query, Object... args) {
        return sql(c -> {
            try (PreparedStatement s = c.prepareStatement(query)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Test
    void test_deletedRecord_fails_andRestoredRecord_passes() {
        String deal = negotiateDeal();
        exec("CREATE TABLE ledger_test_saved AS SELECT * FROM pricing_deal WHERE id = ?", deal);
        try {
            exec("DELETE FROM pricing_deal WHERE id = ?", deal);
            assertThat(failure()).containsEntry("ledger", "deals").containsEntry("recordId", deal)
                    .containsEntry("kind", "RECORD_MISSING");
            assertThat(http.get("/health/readiness").status()).isEqualTo(503);
            exec("INSERT INTO pricing_deal SELECT * FROM ledger_test_saved");
        } finally {
            exec("DROP TABLE ledger_test_saved");
        }
    }

    @Test
    void test_foreignRecord_fails() {
        String deal = negotiateDeal();
        String forged = "forged-" + UUID.randomUUID();
        exec("CREATE TABLE ledger_test_forged AS SELECT * FROM pricing_deal WHERE id = ?", deal);
        try {
            exec("UPDATE ledger_test_forged SET id = ?, source_id = ?", forged, forged);
            exec("INSERT INTO pricing_deal SELECT * FROM ledger_test_forged");
            assertThat(failure()).containsEntry("ledger", "deals").containsEntry("recordId", forged)
                    .containsEntry("kind", "FOREIGN_RECORD");
            exec("DELETE FROM pricing_deal WHERE id = ?", forged);
        } finally {
            exec("DROP TABLE ledger_test_forged");
        }
    }

    @Test
    void test_brokenLink_andTruncatedTail_fail() {
        settle();
        long head = sqlLong("SELECT seq FROM ledger_head WHERE ledger = 'settlements'");
        exec("UPDATE ledger_entry SET prev_hash = ? WHERE ledger = 'settlements' AND seq = ?", "f".repeat(64), head);
        assertThat(failure()).containsEntry("kind", "LINK_BROKEN");
        String prev = head == 1 ? RecordDigest.GENESIS
                : sqlString("SELECT chain_hash FROM ledger_entry WHERE ledger = 'settlements' AND seq = ?", head - 1);
        exec("UPDATE ledger_entry SET prev_hash = ? WHERE ledger = 'settlements' AND seq = ?", prev, head);
        assertThat(verification().get("status")).isEqualTo("OK");
    }

    /** 8 threads × 5 settlements: one unbroken chain, no lost or duplicated entry. */
    @Test
    void test_concurrentAppends_keepOneChain() throws Exception {
        long before = entries("settlements");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                tasks.add(this::settle);
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                ids.add(f.get());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(40);
        } finally {
            pool.shutdown();
        }
        assertThat(entries("settlements")).isEqualTo(before + 40);
        assertThat(sqlLong("SELECT COUNT(DISTINCT seq) FROM ledger_entry WHERE ledger = 'settlements'"))
                .isEqualTo(before + 40).isEqualTo(sqlLong("SELECT MAX(seq) FROM ledger_entry WHERE ledger = 'settlements'"));
    }
}
