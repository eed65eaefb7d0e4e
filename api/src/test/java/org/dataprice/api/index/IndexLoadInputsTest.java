package org.dataprice.api.index;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.idempotency.Idempotent;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP tests of what a transaction load accepts at the edges (issue 11, "Loaders and market inputs"):
 * encodings (strict UTF-8 by default, a declared {@code charset}, never a guess, real byte sequences)
 * and numbers (plain decimals only; a trade's value bounded by {@link TransactionLoader#MAX_TRADE_VALUE}),
 * for the CSV and the JSON endpoint.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexLoadInputsTest {
    private static final String HEADER = "product_id,period,price,quantity,category\n";
    /** 数据A in GBK (and GB18030): 数 = CA FD, 据 = BE DD. */
    private static final byte[] GBK_SHUJU_A = {(byte) 0xCA, (byte) 0xFD, (byte) 0xBE, (byte) 0xDD, 'A'};
    /** 据数A in GBK. */
    private static final byte[] GBK_JUSHU_A = {(byte) 0xBE, (byte) 0xDD, (byte) 0xCA, (byte) 0xFD, 'A'};

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;
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
    }

    private String defined() {
        String id = "dmi-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = http.post("/v1/indices", IndexFixtures.definition(id, "geks-fisher", "{}"), "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    private Http.Response load(String id, String query, String contentType, byte[] body) {
        return http.postBytes("/v1/indices/" + id + "/transactions" + query, body, "X-API-KEY", publisher,
                "Content-Type", contentType, Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    private Http.Response loadCsv(String id, String csv) {
        return load(id, "", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    // --------------------------------------------------------------------------------------- encodings

    @Test
    void test_latin1Cafe_withoutCharset_is400_namingLineAndByteOffset() {
        String id = defined();
        // café in ISO-8859-1: 63 61 66 E9; the header is 42 bytes, so E9 is at byte offset 45 on line 2
        byte[] body = concat(ascii(HEADER), new byte[] {'c', 'a', 'f', (byte) 0xE9}, ascii(",2024-01,10,1,API\n"),
                new byte[] {'c', 'a', 'f', (byte) 0xE8}, ascii(",2024-01,10,1,API\n"));

        Http.Response response = load(id, "", "text/csv", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        Problem problem = response.problem();
        assertThat(problem.type()).isEqualTo("https://dataprice.org/problems/validation");
        assertThat(problem.detail()).contains("line 2", "byte offset 45");
        assertThat(problem.violations()).hasSize(1);
        assertThat(problem.violations().get(0).field()).isEqualTo("lines[2]");
        assertThat(problem.violations().get(0).message()).contains("E9", "byte offset 45", "UTF-8", "charset=");
        assertThat(store.productCategories(id)).isEmpty();
    }

    @Test
    void test_latin1Cafe_withCharsetLatin1_keepsCafeAndCafeGraveApart() {
        String id = defined();
        byte[] body = concat(ascii(HEADER), new byte[] {'c', 'a', 'f', (byte) 0xE9}, ascii(",2024-01,10,1,API\n"),
                new byte[] {'c', 'a', 'f', (byte) 0xE8}, ascii(",2024-01,10,1,API\n"));

        Http.Response response = load(id, "?charset=ISO-8859-1", "text/csv", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(store.productCategories(id).keySet()).containsExactlyInAnyOrder("café", "cafè");
    }

    @Test
    void test_gbk_withCharset_loadsTheRightProducts_keptApart() {
        assertThat(GBK_SHUJU_A).isEqualTo("数据A".getBytes(Charset.forName("GBK")));
        String id = defined();
        byte[] body = concat(ascii(HEADER), GBK_SHUJU_A, ascii(",2024-01,10,1,API\n"), GBK_JUSHU_A,
                ascii(",2024-01,12,1,API\n"));

        Http.Response response = load(id, "?charset=GBK", "text/csv", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.read(LoadResponse.class).rows()).isEqualTo(2);
        assertThat(store.productCategories(id).keySet()).containsExactlyInAnyOrder("数据A", "据数A");
    }

    @Test
    void test_gbk_withoutCharset_is400_atTheFirstGbkByte() {
        String id = defined();
        byte[] body = concat(ascii(HEADER), ascii("p1,2024-01,10,1,API\n"), GBK_SHUJU_A, ascii(",2024-01,10,1,API\n"));

        Http.Response response = load(id, "", "text/csv", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        // header 42 bytes + "p1,2024-01,10,1,API\n" 20 bytes: CA at 62 on line 3
        assertThat(response.problem().violations()).extracting(Problem.Violation::field).containsExactly("lines[3]");
        assertThat(response.problem().violations().get(0).message()).contains("CA", "byte offset 62");
        assertThat(store.productCategories(id)).isEmpty();
    }

    @Test
    void test_gb18030_fromContentType_isHonoured() {
        String id = defined();
        byte[] body = concat(ascii(HEADER), GBK_SHUJU_A, ascii(",2024-01,10,1,API\n"));

        Http.Response response = load(id, "", "text/csv; charset=GB18030", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(store.productCategories(id).keySet()).containsExactly("数据A");
    }

    @Test
    void test_utf8Bom_isSkipped() {
        String id = defined();
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (HEADER + "数据A,2024-01,10,1,API\n").getBytes(StandardCharsets.UTF_8));

        Http.Response response = load(id, "", "text/csv", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(store.productCategories(id).keySet()).containsExactly("数据A");
    }

    @Test
    void test_utf8Bom_withAnotherCharset_is400() {
        String id = defined();
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ascii(HEADER + "p,2024-01,10,1,API\n"));

        Http.Response response = load(id, "?charset=GBK", "text/csv", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problem().violations().get(0).message()).contains("byte order mark", "GBK");
    }

    @Test
    void test_unknownCharset_is422_namingTheParameter() {
        String id = defined();
        byte[] body = ascii(HEADER + "p,2024-01,10,1,API\n");

        Http.Response unknown = load(id, "?charset=KLINGON-8", "text/csv", body);
        Http.Response illegal = load(id, "?charset=%3C%3E", "text/csv", body);
        Http.Response header = load(id, "", "text/csv; charset=nope", body);
        Http.Response conflict = load(id, "?charset=GBK", "text/csv; charset=UTF-8", body);

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.problem().field()).isEqualTo("charset");
        assertThat(unknown.problem().detail()).contains("KLINGON-8");
        assertThat(illegal.status()).as(illegal.body()).isEqualTo(422);
        assertThat(illegal.problem().field()).isEqualTo("charset");
        assertThat(header.status()).as(header.body()).isEqualTo(422);
        assertThat(header.problem().field()).isEqualTo("Content-Type");
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(422);
        assertThat(conflict.problem().field()).isEqualTo("charset");
        assertThat(store.productCategories(id)).isEmpty();
    }

    @Test
    void test_openApi_documentsTheCharsetParameter() {
        Http.Response response = http.get("/swagger/dataprice-0.1.0.yml");

        assertThat(response.status()).isEqualTo(200);
        String body = response.body();
        int path = body.indexOf("/v1/indices/{id}/transactions:");
        assertThat(path).isPositive();
        String section = body.substring(path, body.indexOf("\n  /", path + 1));
        assertThat(section).contains("name: charset", "in: query", "example: GB18030", "1e15");
    }

    // ----------------------------------------------------------------------------------------- numbers

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0x1p3|1|price", "12.5f|1|price", "12d|1|price", "10|2d|quantity", "NaN|1|price", "Infinity|1|price",
            "1e308|1|price", "10|1e301|quantity", "1_000|1|price", "١٢|1|price"})
    void test_loadCsv_nonPlainDecimal_isRejected(String price, String quantity, String column) {
        String id = defined();

        Http.Response response = loadCsv(id, HEADER + "p,2024-01," + price + "," + quantity + ",API\n");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.problem().violations()).extracting(Problem.Violation::field)
                .containsExactly("lines[2]." + column);
    }

    @Test
    void test_loadCsv_tradeValueAboveBound_isRejected_namingLineAndColumn() {
        String id = defined();
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("p1,2024-01,1e10,1e10,API", "price");            // value 1e20
        bad.put("p2,2024-01,1e300,1e300,API", "price");          // value Infinity in double
        bad.put("p3,2024-01,2e15,0.1,API", "price");             // price above the bound
        bad.put("p4,2024-01,0.1,2e15,API", "quantity");          // quantity above the bound
        bad.put("p5,2024-01,1e-300,1e-300,API", "price");        // value underflows to 0
        bad.put("p6,2024-01,1000000000000000.1,1,API", "price"); // just above the bound
        bad.forEach((line, column) -> {
            Http.Response response = loadCsv(id, HEADER + "ok-edge,2024-01,1e15,1,API\n" + line + "\n");

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.problem().violations()).as(line).extracting(Problem.Violation::field)
                    .containsExactly("lines[3]." + column);
            if (line.startsWith("p1")) {
                assertThat(response.problem().violations().get(0).message()).contains("1e15", "price × quantity");
            }
        });
        assertThat(store.productCategories(id)).isEmpty();
        Http.Response edge = loadCsv(id, HEADER + "ok-edge,2024-01,1e15,1,API\n");
        assertThat(edge.status()).as(edge.body()).isEqualTo(201);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e10|1e10|price", "2e15|0.1|price", "0.1|2e15|quantity", "1e-300|1e-300|price", "1e300|1e300|price"})
    void test_loadOne_tradeValueAboveBound_is422_namingTheField(String price, String quantity, String field) {
        String id = defined();
        String body = "{\"productId\":\"p\",\"period\":\"2024-01\",\"price\":" + price + ",\"quantity\":" + quantity
                + ",\"category\":\"API\"}";

        Http.Response response = http.post("/v1/indices/" + id + "/transactions", body, "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.problem().field()).isEqualTo(field);
        assertThat(store.productCategories(id)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"0x1p3\"|400|invalid-format", "\"12.5f\"|400|invalid-format", "\"12d\"|400|invalid-format",
            "\"NaN\"|400|invalid-format", "\"Infinity\"|400|invalid-format", "1e308|422|number-limits"})
    void test_loadOne_nonPlainDecimal_isRejected_namingPrice(String price, int status, String rule) {
        String id = defined();
        String body = "{\"productId\":\"p\",\"period\":\"2024-01\",\"price\":" + price + ",\"quantity\":1,\"category\":\"API\"}";

        Http.Response response = http.post("/v1/indices/" + id + "/transactions", body, "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.problem().field()).isEqualTo("price");
        assertThat(response.problem().rule()).isEqualTo(rule);
        assertThat(store.productCategories(id)).isEmpty();
    }

    @Test
    void test_loadOne_atTheBound_isAccepted() {
        String id = defined();
        String body = "{\"productId\":\"p\",\"period\":\"2024-01\",\"price\":1e15,\"quantity\":1,\"category\":\"API\"}";

        Http.Response response = http.post("/v1/indices/" + id + "/transactions", body, "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
