package org.dataprice.api.accounting;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dataprice.api.Http;
import org.dataprice.api.TestCredentials;
import org.dataprice.api.apikey.ApiKeyService;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /v1/accounting/amortisation} (JSON and CSV) and {@code /impairment}: textbook worked examples,
 * exact to the 分 (no tolerance: amounts are exact decimals), and the error paths.
 */
@MicronautTest(transactional = false)
class AccountingApiTest {
    /** 100,000 over 60 months (a common worked example: about 1,666.67 a month). */
    static final String SIXTY = "{\"cost\":\"100000.00\",\"firstMonth\":\"2024-07\",\"usefulLifeMonths\":60}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String reader;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        reader = TestCredentials.key(keys, Role.READER);
    }

    private Http.Response post(String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-API-KEY";
        all[1] = reader;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.post(path, body, all);
    }

    private static void assertProblem(Http.Response r, int status, String type, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        Problem p = r.problem();
        assertThat(p.type()).isEqualTo("https://dataprice.org/problems/" + type);
        if ("validation".equals(type)) {
            assertThat(p.violations()).extracting(Problem.Violation::field).contains(field);
        } else {
            assertThat(p.field()).isEqualTo(field);
        }
    }

    // 100,000.00 / 60 = 1,666.666…: largest remainder gives 40 months of 1,666.67 and 20 of 1,666.66, odd 分 first
    @Test
    void test_amortisation_sixtyMonthsExactToTheFen() {
        Http.Response r = post("/v1/accounting/amortisation", SIXTY);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        AmortisationResponse s = r.read(AmortisationResponse.class);
        assertThat(s.lines()).hasSize(60);
        assertThat(s.lines().get(0).period()).isEqualTo("2024-07");
        assertThat(s.lines().get(0).amortisation()).isEqualByComparingTo("1666.67");
        assertThat(s.lines().get(59).amortisation()).isEqualByComparingTo("1666.66");
        assertThat(s.lines().stream().filter(l -> l.amortisation().compareTo(new BigDecimal("1666.67")) == 0))
                .hasSize(40);
        assertThat(s.lines().get(59).closing()).isEqualByComparingTo("0");
        assertThat(s.amortisable()).isEqualByComparingTo("100000.00");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) r.map().get("explanation"))
                .get("steps");
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) steps.get(steps.size() - 1).get("result");
        assertThat(new BigDecimal(last.get("number").toString())).isEqualByComparingTo("100000.00");
    }

    // Textbook: 600,000 over 10 years = 5,000 a month; acquired in July, the first year carries 30,000
    @Test
    void test_amortisation_byYear() {
        AmortisationResponse s = post("/v1/accounting/amortisation",
                "{\"cost\":600000,\"firstMonth\":\"2024-07\",\"usefulLifeMonths\":120}").read(AmortisationResponse.class);

        assertThat(s.byYear().get(0).year()).isEqualTo(2024);
        assertThat(s.byYear().get(0).amount()).isEqualByComparingTo("30000");
        assertThat(s.byYear().get(1).amount()).isEqualByComparingTo("60000");
    }

    @Test
    void test_amortisation_consumptionBased() {
        AmortisationResponse s = post("/v1/accounting/amortisation", "{\"cost\":\"1000.00\",\"firstMonth\":\"2024-01\","
                + "\"method\":\"CONSUMPTION\",\"consumption\":[1,2,1]}").read(AmortisationResponse.class);

        assertThat(s.lines()).extracting(AmortisationResponse.Line::amortisation)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("250.00"), new BigDecimal("500.00"), new BigDecimal("250.00"));
    }

    @Test
    void test_amortisation_csv() {
        Http.Response r = post("/v1/accounting/amortisation", SIXTY, "Accept", "text/csv");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        String[] lines = r.body().split("\r\n");
        assertThat(lines).hasSize(61);
        assertThat(lines[0]).isEqualTo(AccountingMapper.CSV_HEADER);
        assertThat(lines[1]).isEqualTo("1,2024-07,100000.00,1666.67,1666.67,98333.33");
        assertThat(lines[60]).endsWith(",1666.66,100000.00,0.00");
        assertThat(r.header(AccountingController.METHOD_HEADER)).isNotBlank();
        assertThat(r.header(AccountingController.INPUT_HASH_HEADER)).hasSize(64);
    }

    @Test
    void test_amortisation_csvRequestWithBadInput_isProblemJson() {
        assertProblem(post("/v1/accounting/amortisation", SIXTY.replace("100000.00", "-1"), "Accept", "text/csv"),
                422, "at-least", "cost");
    }

    @Test
    void test_amortisation_errors() {
        assertProblem(post("/v1/accounting/amortisation", "{\"firstMonth\":\"2024-07\",\"usefulLifeMonths\":60}"),
                400, "validation", "cost");
        assertProblem(post("/v1/accounting/amortisation", SIXTY.replace("2024-07", "2024-13")), 400, "validation",
                "firstMonth");
        assertProblem(post("/v1/accounting/amortisation", SIXTY.replace("100000.00", "100000.001")), 422,
                "precision-loss", "cost");
        assertProblem(post("/v1/accounting/amortisation", SIXTY.replace("60}", "60,\"residualValue\":200000}")),
                422, "out-of-range", "residualValue");
        assertProblem(post("/v1/accounting/amortisation", SIXTY.replace("\"usefulLifeMonths\":60", "\"usefulLifeMonths\":0")),
                422, "at-least", "usefulLifeMonths");
        assertProblem(post("/v1/accounting/amortisation", SIXTY.replace(",\"usefulLifeMonths\":60", "")),
                422, "not-null", "usefulLifeMonths");
        assertProblem(post("/v1/accounting/amortisation", SIXTY.replace("{", "{\"currency\":\"XYZ\",")),
                422, "unknown", "currency");
        assertProblem(post("/v1/accounting/amortisation", "{\"cost\":\"1000.00\",\"firstMonth\":\"2024-01\","
                + "\"method\":\"CONSUMPTION\",\"consumption\":[1,-2,1]}"), 422, "at-least", "consumption[1]");
    }

    @Test
    void test_amortisation_aboveMaxMonths_isLimitExceeded() {
        assertProblem(post("/v1/accounting/amortisation", SIXTY.replace("\"usefulLifeMonths\":60",
                "\"usefulLifeMonths\":1201")), 422, "limit-exceeded", "usefulLifeMonths");
    }

    // 《中级会计实务》 practice (chinaacc.com): carrying 65万 (after 10万 earlier impairment), FV 50万 − disposal
    // 1.5万 = 48.5万, VIU 30万 and 15万 at 4 % ≈ 42.71万 → RA 48.5万, impairment 16.5万
    @Test
    void test_impairment_publishedExample() {
        Http.Response r = post("/v1/accounting/impairment", "{\"carryingAmount\":\"650000.00\",\"fairValue\":500000,"
                + "\"costsOfDisposal\":15000,\"valueInUseCashFlows\":[300000,150000],\"discountRate\":0.04,"
                + "\"accumulatedImpairment\":100000,\"testMonth\":\"2009-12\",\"remainingLifeMonths\":24}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        ImpairmentResponse body = r.read(ImpairmentResponse.class);
        assertThat(body.valueInUse()).isEqualByComparingTo("427144.97");
        assertThat(body.recoverableAmount()).isEqualByComparingTo("485000.00");
        assertThat(body.impairmentLoss()).isEqualByComparingTo("165000.00");
        assertThat(body.accumulatedImpairment()).isEqualByComparingTo("265000.00");
        assertThat(body.revisedSchedule()).hasSize(24);
        assertThat(body.revisedSchedule().get(0).period()).isEqualTo("2010-01");
        assertThat(body.explanation().steps()).isNotEmpty();
    }

    // CAS 8 §17: an intangible's impairment is never reversed, whatever the recovery
    @Test
    void test_impairment_neverReversed() {
        ImpairmentResponse body = post("/v1/accounting/impairment", "{\"carryingAmount\":500000,\"valueInUse\":700000,"
                + "\"accumulatedImpairment\":100000,\"testMonth\":\"2025-12\",\"remainingLifeMonths\":12}")
                .read(ImpairmentResponse.class);

        assertThat(body.impairmentLoss()).isEqualByComparingTo("0");
        assertThat(body.carryingAmountAfter()).isEqualByComparingTo("500000");
    }

    @Test
    void test_impairment_errors() {
        String base = "{\"carryingAmount\":500000,\"testMonth\":\"2025-12\",\"remainingLifeMonths\":12";
        assertProblem(post("/v1/accounting/impairment", base.replace(":12", ":1201") + ",\"valueInUse\":1}"), 422,
                "limit-exceeded", "remainingLifeMonths");
        assertProblem(post("/v1/accounting/impairment", base + "}"), 422, "invalid-state", "valueInUse");
        assertProblem(post("/v1/accounting/impairment", base.replace("\"carryingAmount\":500000,", "")
                + ",\"valueInUse\":1}"), 400, "validation", "carryingAmount");
        assertProblem(post("/v1/accounting/impairment", base + ",\"valueInUse\":-1}"), 422, "at-least",
                "valueInUse");
        assertProblem(post("/v1/accounting/impairment", base + ",\"valueInUseCashFlows\":[1]}"), 422, "not-null",
                "discountRate");
        assertProblem(post("/v1/accounting/impairment", base + ",\"valueInUseCashFlows\":[1, 0.001],"
                + "\"discountRate\":0.05}"), 422, "precision-loss", "valueInUseCashFlows[1]");
        assertProblem(post("/v1/accounting/impairment", base + ",\"valueInUseCashFlows\":[1],\"discountRate\":-1}"),
                422, "greater-than", "discountRate");
        assertProblem(post("/v1/accounting/impairment", base + ",\"valueInUse\":1,\"valueInUseCashFlows\":[1],"
                + "\"discountRate\":0.1}"), 422, "invalid-state", "valueInUse");
    }
}
