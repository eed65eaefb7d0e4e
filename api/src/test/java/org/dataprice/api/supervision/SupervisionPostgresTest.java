package org.dataprice.api.supervision;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dataprice.api.Http;
import org.dataprice.api.TestDatabases;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.pricing.Market;
import org.dataprice.api.pricing.PricingExamples;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervision queries on PostgreSQL ({@code DATAPRICE_TEST_PG_URL}; skipped without it, failing when
 * {@code CI=true}), in a schema of its own: V53 migrates, a purchase below its band stores an alert from inside the
 * deal's transaction, the alert list answers with every filter set (null-typed parameters, the latest-status
 * subquery), a workflow move, a scan, the pattern, concentration and integrity reads and the dashboard all answer 200.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionPostgresTest {
    private static final String SCHEMA = "supervision_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private EmbeddedServer server;
    private Http http;
    private String supervisor;
    private String dealId;
    private String listing;
    private Market.Party buyer;

    @BeforeAll
    void start() {
        Map<String, Object> props = new HashMap<>(TestDatabases.postgres());
        String url = ((String) props.get("datasources.default.url")).replaceAll("[?&]currentSchema=[^&]*", "");
        props.put("datasources.default.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        props.put("flyway.datasources.default.schemas", SCHEMA);
        server = ApplicationContext.run(EmbeddedServer.class, props, "test");
        http = new Http(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        ApiKeyService keys = server.getApplicationContext().getBean(ApiKeyService.class);
        Market.Party seller = Market.party(keys, Role.READER);
        buyer = Market.party(keys);
        Market.Party appraiser = Market.party(keys, Role.APPRAISER);
        supervisor = Market.party(keys, Role.SUPERVISOR).key();
        listing = Market.id(created(http.post("/v1/listings", PricingExamples.LISTING_FIXED_PRICE,
                seller.headers())));
        created(http.post("/v1/listings/" + listing + "/appraisals", PricingExamples.APPRAISAL, appraiser.headers()));
        created(http.post("/v1/listings/" + listing + "/justification", PricingExamples.JUSTIFICATION, seller.headers()));
        dealId = (String) created(http.post("/v1/listings/" + listing + "/purchases", PricingExamples.PURCHASE_VOLUME,
                buyer.headers())).map().get("dealId");
    }

    private static Http.Response created(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    @AfterAll
    void stop() {
        if (server == null) {
            return;
        }
        server.getApplicationContext().close();
        try (Connection connection = DriverManager.getConnection(System.getenv(TestDatabases.PG_URL),
                System.getenv("DATAPRICE_TEST_PG_USER"), System.getenv("DATAPRICE_TEST_PG_PASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Response get(String path) {
        Http.Response r = http.get(path, "X-API-KEY", supervisor);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r;
    }

    @Test
    void test_supervisionQueries_onPostgres() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Instant from = Instant.now().minusSeconds(86_400);
        Instant to = Instant.now().plusSeconds(86_400);

        String all = get("/v1/supervision/alerts").body();
        String filtered = get("/v1/supervision/alerts?severity=HIGH&ruleId=price.band&dealId=" + dealId
                + "&status=OPEN&from=" + from + "&to=" + to + "&page=0&size=10").body();

        assertThat(all).contains(dealId);
        assertThat(filtered).contains("\"ruleId\":\"price.band\"");
        String id = filtered.replaceAll("(?s)^.*?\"id\":\"([0-9a-f-]{36})\".*$", "$1");
        Http.Response moved = http.post("/v1/supervision/alerts/" + id + "/transitions",
                "{\"status\":\"CLOSED\",\"reason\":\"volume discount\"}", "X-API-KEY", supervisor, "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(get("/v1/supervision/alerts?status=CLOSED").body()).contains(id);
        Http.Response scan = http.post("/v1/supervision/scans", "{\"from\":\"" + today + "\",\"to\":\"" + today + "\"}",
                "X-API-KEY", supervisor, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(scan.status()).as(scan.body()).isEqualTo(200);
        get("/v1/supervision/patterns?from=" + today + "&to=" + today);
        get("/v1/supervision/concentration?from=" + today + "&to=" + today);
        assertThat(get("/v1/supervision/integrity?from=" + today + "&to=" + today).body()).contains("\"offenders\":[]");
        assertThat(get("/v1/supervision/dashboard").body()).contains("price.band");
        assertThat(get("/v1/supervision/rules/history").body()).contains("\"version\":0");
    }

    /**
     * The per-deal monitor's cells on PostgreSQL under concurrency: four clients buy while the cell is read between
     * purchases; afterwards the cell holds exactly the stored deals' log unit prices (the ledger's visible prefix
     * argument of {@link MonitoredCells}: nothing missed, nothing twice).
     */
    @Test
    void test_monitoredCells_concurrentPurchases_equalTheStoredDeals() throws Exception {
        var context = server.getApplicationContext();
        MonitoredCells cells = context.getBean(MonitoredCells.class);
        org.dataprice.api.transaction.Transactions tx = context.getBean(org.dataprice.api.transaction.Transactions.class);
        org.dataprice.api.pricing.deal.DealService deals = context.getBean(org.dataprice.api.pricing.deal.DealService.class);
        java.time.YearMonth month = java.time.YearMonth.now(ZoneOffset.UTC);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int client = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        created(http.post("/v1/listings/" + listing + "/purchases",
                                "{\"volume\": " + (300 + 997 * (client * 5 + i)) + "}", buyer.headers()));
                        tx.write(() -> cells.sortedLogs("PUBLIC", "CNY", month, "none"));
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double[] stored = tx.read(() -> deals.rows("PUBLIC", month.atDay(1), month.atEndOfMonth(), 100_000)).stream()
                .filter(r -> r.totalPrice().signum() > 0)
                .mapToDouble(r -> SupervisionMapper.monitored(r, null).logUnitPrice()).sorted().toArray();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(21);
        assertThat(tx.write(() -> cells.sortedLogs("PUBLIC", "CNY", month, "none"))).containsExactly(stored);
    }
}
