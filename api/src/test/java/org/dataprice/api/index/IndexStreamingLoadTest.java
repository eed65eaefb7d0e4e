package org.dataprice.api.index;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.dataprice.api.time.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP tests of the streamed bulk loads (issue 14): CSV and JSON lines are checked as they are read, the
 * first bad line answers 400 naming the line and column, and nothing is loaded whichever line is bad
 * (first, last), nor when the body has too many rows ({@code dataprice.index.max-load-rows}, lowered here
 * to 1,000 so that the limit is reached quickly), a line longer than {@link TransactionLoader#MAX_LINE},
 * bytes invalid in the declared charset, or no rows. "Nothing loaded" is read from the store: no trade and
 * no per-cell total. Runs on PostgreSQL too ({@link IndexStreamingLoadPostgresTest}).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "64MB")
@Property(name = "dataprice.index.max-load-rows", value = "1000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexStreamingLoadTest {
    private static final String HEADER = "product_id,period,price,quantity,category\n";
    private static final YearMonth ALL = YearMonth.of(2099, 12);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
    @Inject
    TestClock clock;
    @Inject
    IndexStore store;

    Http http;
    String publisher;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        if (publisher == null) {
            publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        }
        clock.set(Instant.parse("2025-03-01T00:00:00Z"));
    }

    private String defined() {
        String id = "dmi-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = http.post("/v1/indices", IndexFixtures.definition(id, "jevons", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    private Http.Response load(String id, String contentType, byte[] body, String key) {
        return http.postBytes("/v1/indices/" + id + "/transactions", body, "X-API-KEY", publisher,
                "Content-Type", contentType, Idempotent.HEADER, key);
    }

    private Http.Response csv(String id, String body) {
        return load(id, "text/csv", body.getBytes(StandardCharsets.UTF_8), TestCredentials.idempotencyKey());
    }

    private Http.Response jsonLines(String id, String body) {
        return load(id, "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), TestCredentials.idempotencyKey());
    }

    /** Seeded trades of 2024-01..2025-01 as CSV rows (no header), {@code rows} of them. */
    private static String rows(int rows, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < rows; k++) {
            int product = rng.nextInt(30);
            out.append(product < 15 ? "api-" : "ds-").append(product).append(',')
                    .append(YearMonth.of(2024, 1).plusMonths(k % 13)).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", 10 + product + rng.nextDouble())).append(',')
                    .append(1 + rng.nextInt(9)).append(',').append(product < 15 ? "API" : "DATASET").append('\n');
        }
        return out.toString();
    }

    private void assertNothingLoaded(String id) {
        assertThat(store.trades(id, ALL).size()).isZero();
        assertThat(store.tradeTotals(id, ALL).totals()).isNull();
    }

    private static void assertOneViolation(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problem().type()).isEqualTo("https://dataprice.org/problems/validation");
        assertThat(response.problem().violations()).extracting(Problem.Violation::field).containsExactly(field);
    }

    // ------------------------------------------------------------------------------------------ CSV

    @Test
    void test_csv_badLastRow_is400NamingIt_andLoadsNothing() {
        String id = defined();
        Http.Response response = csv(id, HEADER + rows(999, 1) + "api-1,2024-01,12;5,1,API\n");

        assertOneViolation(response, "lines[1001].price");
        assertThat(response.problem().detail()).contains("line 1001", "nothing was loaded");
        assertNothingLoaded(id);
    }

    @Test
    void test_csv_badFirstRow_is400NamingIt_andLoadsNothing() {
        String id = defined();
        Http.Response response = csv(id, HEADER + "api-1,2024-13,12.5,1,API\n" + rows(500, 2));

        assertOneViolation(response, "lines[2].period");
        assertNothingLoaded(id);
    }

    @Test
    void test_csv_tooManyRows_is413_andLoadsNothing_theLimitItselfLoads() {
        String id = defined();
        Http.Response tooMany = csv(id, HEADER + rows(1001, 3));

        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(413);
        assertThat(tooMany.problem().detail()).contains("at most 1000 transactions");
        assertNothingLoaded(id);

        Http.Response limit = csv(id, HEADER + rows(1000, 3) + "\n\n"); // blank lines are not rows
        assertThat(limit.status()).as(limit.body()).isEqualTo(201);
        assertThat(limit.read(LoadResponse.class).rows()).isEqualTo(1000);
        assertThat(store.trades(id, ALL).size()).isEqualTo(1000);
        assertThat(store.tradeTotals(id, ALL).totals().trades()).isEqualTo(1000);
    }

    @Test
    void test_csv_hugeLine_is400NamingIt_andLoadsNothing() {
        String id = defined();
        String huge = "api-1,2024-01," + "1".repeat(TransactionLoader.MAX_LINE) + ",1,API\n";

        Http.Response row = csv(id, HEADER + rows(10, 4) + huge + rows(10, 5));
        assertOneViolation(row, "lines[12]");
        assertThat(row.problem().violations().get(0).message()).contains("at most " + TransactionLoader.MAX_LINE);
        assertNothingLoaded(id);

        Http.Response header = csv(id, "x".repeat(TransactionLoader.MAX_LINE + 1) + "\n" + rows(3, 6));
        assertOneViolation(header, "lines[1]");
        // exactly MAX_LINE characters is a line (here a bad one: its price is not a plain bounded decimal)
        String longest = "api-1,2024-01,1,1," + "A".repeat(TransactionLoader.MAX_LINE - 18) + "\n";
        assertThat(longest.length()).isEqualTo(TransactionLoader.MAX_LINE + 1);
        assertOneViolation(csv(id, HEADER + longest), "lines[2].category");
    }

    @Test
    void test_csv_wrongCharsetInTheLastRow_is400NamingIt_andLoadsNothing() {
        String id = defined();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((HEADER + rows(500, 7)).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {'c', 'a', 'f', (byte) 0xE9}); // Latin-1 é in a UTF-8 body
        body.writeBytes(",2024-01,10,1,API\n".getBytes(StandardCharsets.UTF_8));

        Http.Response response = load(id, "text/csv", body.toByteArray(), TestCredentials.idempotencyKey());

        assertOneViolation(response, "lines[502]");
        assertThat(response.problem().violations().get(0).message()).contains("E9", "UTF-8");
        assertNothingLoaded(id);
    }

    @Test
    void test_emptyBodies_are400() {
        String id = defined();
        for (Http.Response empty : List.of(csv(id, ""), jsonLines(id, ""))) { // no body at all: refused before it is read
            assertThat(empty.status()).as(empty.body()).isEqualTo(400);
            assertThat(empty.contentType()).contains("problem+json");
        }
        assertOneViolation(csv(id, HEADER), "lines[2]");
        assertOneViolation(csv(id, HEADER + "\n\n"), "lines[2]");
        assertOneViolation(jsonLines(id, "\n  \n"), "lines[1]");
        assertNothingLoaded(id);
    }

    @Test
    void test_csv_crlfAndCrLineEnds_numberLinesAsLineFeeds() {
        String id = defined();
        Http.Response crlf = csv(id, (HEADER + "api-1,2024-01,10,1,API\n" + "api-1,2024-01,x,1,API\n").replace("\n", "\r\n"));
        assertOneViolation(crlf, "lines[3].price");

        Http.Response ok = csv(id, (HEADER + "api-1,2024-01,10,1,API\n" + "api-2,2024-01,11,1,API\n").replace("\n", "\r"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.read(LoadResponse.class).rows()).isEqualTo(2);
    }

    /** @return whether this store writes trades through PostgreSQL's COPY ({@link IndexStreamingLoadPostgresTest}) */
    boolean expectsCopy() {
        return false;
    }

    @Test
    void test_csv_quotedTextAndDoubles_storedExactly_throughTheStoresBulkPath() {
        assertThat(store.read(IndexStore.TradeWriter::usesCopy)).isEqualTo(expectsCopy());
        String id = defined();
        String[] products = {"a \"quoted\" id, with a comma", "ünï-产品-1", "x'y\\z", "line"};
        String[] prices = {"0.1", "12345678.123456789", "0.000123", "1000000000000"};
        StringBuilder body = new StringBuilder(HEADER);
        for (int k = 0; k < products.length; k++) {
            body.append('"').append(products[k].replace("\"", "\"\"")).append("\",2024-0").append(k + 1).append(',')
                    .append(prices[k]).append(",0.3,API\n");
        }
        Http.Response ok = csv(id, body.toString());
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);

        IndexStore.Trades t = store.trades(id, ALL);
        assertThat(t.products()).containsExactly(products);
        for (int k = 0; k < products.length; k++) {
            assertThat(t.price()[k]).isEqualTo(Double.parseDouble(prices[k]));
            assertThat(t.quantity()[k]).isEqualTo(0.3);
            assertThat(t.periods().get(k)).isEqualTo(YearMonth.of(2024, k + 1));
        }
        assertThat(store.tradeTotals(id, ALL).totals()).isNotNull();
    }

    // ------------------------------------------------------------------------------------ JSON lines

    @Test
    void test_jsonLines_loadTheSameTradesAsCsv() {
        String csvId = defined();
        String jsonId = defined();
        String rows = rows(800, 8);
        StringBuilder lines = new StringBuilder();
        for (String row : rows.split("\n")) {
            String[] f = row.split(",");
            // numbers as numbers and as strings, keys in another order and case
            lines.append("{\"Price\": ").append(f[2]).append(", \"product_id\": \"").append(f[0])
                    .append("\", \"period\": \"").append(f[1]).append("\", \"quantity\": \"").append(f[3])
                    .append("\", \"category\": \"").append(f[4]).append("\"}\n");
        }

        Http.Response fromCsv = csv(csvId, HEADER + rows);
        Http.Response fromJson = load(jsonId, "application/jsonl", lines.toString().getBytes(StandardCharsets.UTF_8),
                TestCredentials.idempotencyKey());

        assertThat(fromCsv.status()).as(fromCsv.body()).isEqualTo(201);
        assertThat(fromJson.status()).as(fromJson.body()).isEqualTo(201);
        assertThat(fromJson.read(LoadResponse.class).rows()).isEqualTo(800);
        assertThat(fromJson.read(LoadResponse.class).source()).isEqualTo("JSONL");
        IndexStore.Trades a = store.trades(csvId, ALL);
        IndexStore.Trades b = store.trades(jsonId, ALL);
        assertThat(b.products()).isEqualTo(a.products());
        assertThat(b.periods()).isEqualTo(a.periods());
        assertThat(b.price()).containsExactly(a.price());
        assertThat(b.quantity()).containsExactly(a.quantity());
    }

    @Test
    void test_jsonLines_replay_sameKeyAnswersTheStoredLoad() {
        String id = defined();
        byte[] body = "{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":10,\"quantity\":1,\"category\":\"API\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        String key = TestCredentials.idempotencyKey();
        Http.Response first = load(id, "application/x-ndjson", body, key);
        Http.Response again = load(id, "application/x-ndjson", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(store.trades(id, ALL).size()).isEqualTo(1);
    }

    @Test
    void test_jsonLines_badLines_are400NamingLineAndKey_andLoadNothing() {
        String id = defined();
        String good = "{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":10,\"quantity\":1,\"category\":\"API\"}\n";
        String[][] cases = {
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":-1,\"quantity\":1,\"category\":\"API\"}", "lines[3].price"},
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":1e999,\"quantity\":1,\"category\":\"API\"}", "lines[3].price"},
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":\"0x10\",\"quantity\":1,\"category\":\"API\"}", "lines[3].price"},
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"quantity\":1,\"category\":\"API\"}", "lines[3].price"},
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":[1],\"quantity\":1,\"category\":\"API\"}", "lines[3].price"},
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":1,\"price\":2,\"quantity\":1,\"category\":\"API\"}", "lines[3].price"},
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":1,\"quantity\":1,\"category\":\"API\",\"colour\":\"red\"}", "lines[3]"},
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":1,", "lines[3]"},
                {"[1,2,3]", "lines[3]"},
                {"{\"product_id\":\"api-1\",\"period\":\"2024-01\",\"price\":1,\"quantity\":1,\"category\":\"API\"} {}", "lines[3]"},
        };
        for (String[] c : cases) {
            Http.Response response = jsonLines(id, good + good + c[0] + "\n" + good);
            assertThat(response.status()).as(c[0] + " " + response.body()).isEqualTo(400);
            assertThat(response.problem().violations()).as(c[0]).extracting(Problem.Violation::field).first().isEqualTo(c[1]);
        }
        assertNothingLoaded(id);
    }
}
