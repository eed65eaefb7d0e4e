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
 * {@code /v1/accounting/classification} (财会〔2023〕11号, CAS 6 §8–§9, CAS 1 §6–§9) and
 * {@code /v1/accounting/inventory} (CAS 1 §15–§19). The reference figures are the hand-computed cases of the
 * core tests ({@code valuation-core} {@code DataResourceCapitalisationTest} and {@code InventoryValuationTest}),
 * re-added in the comments here; amounts are exact decimals, compared to the 分 (tolerance 0).
 */
@MicronautTest(transactional = false)
public class AccountingResourceApiTest {
    /** DataResourceCapitalisationTest.test_classify_outsourcedIntangible, as JSON. */
    public static final String OUTSOURCED_INTANGIBLE = "{\"name\":\"customer-credit-dataset\",\"intendedUse\":\"INTERNAL_USE\","
            + "\"acquisition\":\"OUTSOURCED\",\"recognitionCriteriaMet\":true,\"costs\":["
            + cost("PURCHASE_PRICE", "2024-03-01", "\"1000000.00\"") + "," + cost("TAXES", "2024-03-01", "\"60000.00\"")
            + "," + cost("CLEANSING", "2024-03-01", "\"50000.00\"") + "," + cost("QUALITY_ASSESSMENT", "2024-03-01", "20000")
            + "," + cost("GENERAL_ADMINISTRATION", "2024-03-01", "30000") + "," + cost("INSURANCE", "2024-03-01", "5000")
            + "]}";
    /** InventoryValuationTest: cost 100,000; NRV 82,000, then 95,000, then 120,000. */
    public static final String INVENTORY = "{\"cost\":\"100000.00\",\"periods\":["
            + "{\"period\":\"2024-12\",\"estimatedSellingPrice\":90000,\"costsToComplete\":5000,\"sellingCostsAndTaxes\":3000},"
            + "{\"period\":\"2025-06\",\"estimatedSellingPrice\":95000},"
            + "{\"period\":\"2025-12\",\"estimatedSellingPrice\":\"120000.00\"}]}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String appraiser;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        appraiser = TestCredentials.key(keys, Role.APPRAISER);
    }

    static String cost(String category, String date, String amount) {
        return "{\"description\":\"" + category.toLowerCase() + "\",\"category\":\"" + category
                + "\",\"incurredOn\":\"" + date + "\",\"amount\":" + amount + "}";
    }

    static String phased(String category, String phase, String date, String amount) {
        return cost(category, date, amount).replace("\"incurredOn\"", "\"phase\":\"" + phase + "\",\"incurredOn\"");
    }

    static String resource(String use, String acquisition, String criteria, String... costs) {
        return "{\"name\":\"customer-credit-dataset\",\"intendedUse\":\"" + use + "\",\"acquisition\":\"" + acquisition
                + "\",\"recognitionCriteriaMet\":true" + (criteria == null ? "" : ",\"developmentCriteria\":" + criteria)
                + ",\"costs\":[" + String.join(",", costs) + "]}";
    }

    static String criteria(boolean fifth) {
        return "{\"technicalFeasibility\":true,\"intentionToComplete\":true,\"wayToGenerateBenefits\":true,"
                + "\"adequateResources\":true,\"reliableMeasurement\":" + fifth + "}";
    }

    private Http.Response post(String path, String body) {
        return http.post(path, body, "X-API-KEY", appraiser);
    }

    private ClassificationResponse classify(String body) {
        Http.Response r = post("/v1/accounting/classification", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.read(ClassificationResponse.class);
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastStepResult(Map<String, Object> explanation) {
        List<Map<String, Object>> steps = (List<Map<String, Object>>) explanation.get("steps");
        return (Map<String, Object>) steps.get(steps.size() - 1).get("result");
    }

    private static void assertAmounts(List<ClassificationResponse.Line> lines, String... capitalised) {
        assertThat(lines).extracting(ClassificationResponse.Line::capitalised)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(java.util.Arrays.stream(capitalised).map(BigDecimal::new).toArray(BigDecimal[]::new));
        for (ClassificationResponse.Line l : lines) {
            assertThat(l.capitalised().add(l.expensed())).isEqualByComparingTo(l.amount());
        }
    }

    // capitalised: 1,000,000 + 60,000 + 50,000 + 20,000 = 1,130,000; expensed: admin 30,000 + insurance 5,000
    @Test
    void test_classification_outsourcedIntangible() {
        Http.Response r = post("/v1/accounting/classification", OUTSOURCED_INTANGIBLE);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        ClassificationResponse c = r.read(ClassificationResponse.class);
        assertThat(c.assetClass()).isEqualTo("INTANGIBLE_ASSET");
        assertThat(c.currency()).isEqualTo("CNY");
        assertThat(c.capitalised()).isEqualByComparingTo("1130000.00");
        assertThat(c.expensed()).isEqualByComparingTo("35000.00");
        assertAmounts(c.lines(), "1000000.00", "60000.00", "50000.00", "20000", "0", "0");
        assertThat(c.lines()).extracting(ClassificationResponse.Line::rule).containsExactly(
                "outsourced-intangible-cost", "outsourced-intangible-cost", "outsourced-intangible-cost",
                "outsourced-intangible-cost", "never-capitalised", "outsourced-intangible-other");
        assertThat(c.lines().get(4).treatment()).isEqualTo("EXPENSED");
        assertThat(c.lines().get(4).reason()).contains("CAS 1 §9");
        assertThat(c.lines().get(0).reason()).contains("财会〔2023〕11号");
        assertThat(c.lines().get(5).index()).isEqualTo(5);
        // the explanation's last step is the capitalised total
        @SuppressWarnings("unchecked")
        Map<String, Object> explanation = (Map<String, Object>) r.map().get("explanation");
        assertThat(new BigDecimal(lastStepResult(explanation).get("number").toString())).isEqualByComparingTo("1130000.00");
    }

    // research 200,000 expensed (CAS 6 §8); development 300,000 + 40,000 capitalised (§9); training 10,000 expensed
    @Test
    void test_classification_selfDevelopedAllCriteria() {
        ClassificationResponse c = classify(resource("INTERNAL_USE", "SELF_DEVELOPED", criteria(true),
                phased("STAFF_COSTS", "RESEARCH", "2024-03-01", "200000"),
                phased("STAFF_COSTS", "DEVELOPMENT", "2024-03-01", "300000"),
                phased("MATERIALS_AND_SERVICES", "DEVELOPMENT", "2024-03-01", "40000"),
                phased("TRAINING", "DEVELOPMENT", "2024-03-01", "10000")));

        assertThat(c.capitalised()).isEqualByComparingTo("340000.00");
        assertThat(c.expensed()).isEqualByComparingTo("210000.00");
        assertAmounts(c.lines(), "0", "300000", "40000", "0");
        assertThat(c.lines()).extracting(ClassificationResponse.Line::rule).containsExactly("research-phase",
                "development-criteria-met", "development-criteria-met", "never-capitalised");
        assertThat(c.lines().get(0).reason()).contains("CAS 6 §8");
    }

    // criterion (五) fails: the 300,000 of development is expensed, and the reason names (五)
    @Test
    void test_classification_selfDevelopedOneCriterionFails() {
        ClassificationResponse c = classify(resource("INTERNAL_USE", "SELF_DEVELOPED", criteria(false),
                phased("STAFF_COSTS", "DEVELOPMENT", "2024-03-01", "300000.00")));

        assertThat(c.capitalised()).isEqualByComparingTo("0");
        assertThat(c.expensed()).isEqualByComparingTo("300000.00");
        assertThat(c.lines().get(0).rule()).isEqualTo("development-criteria-failed");
        assertThat(c.lines().get(0).reason()).contains("(五)");
    }

    // 未来适用法: the development cost of 2023-12-31 stays expensed, the one of 2024-01-01 is capitalised
    @Test
    void test_classification_prospectiveFrom2024() {
        ClassificationResponse c = classify(resource("INTERNAL_USE", "SELF_DEVELOPED", criteria(true),
                phased("STAFF_COSTS", "DEVELOPMENT", "2023-12-31", "100.00"),
                phased("STAFF_COSTS", "DEVELOPMENT", "2024-01-01", "200.00")));

        assertThat(c.capitalised()).isEqualByComparingTo("200.00");
        assertThat(c.expensed()).isEqualByComparingTo("100.00");
        assertThat(c.lines().get(0).rule()).isEqualTo("prospective-application");
        assertThat(c.lines().get(0).expensed()).isEqualByComparingTo("100.00");
        assertThat(c.lines().get(1).capitalised()).isEqualByComparingTo("200.00");
    }

    // purchase 500,000 + taxes 30,000 + insurance 2,000 + registration 8,000 = 540,000; cleansing 7,000 and
    // storage 1,000 expensed
    @Test
    void test_classification_outsourcedInventory() {
        ClassificationResponse c = classify(resource("FOR_SALE", "OUTSOURCED", null,
                cost("PURCHASE_PRICE", "2024-03-01", "500000"), cost("TAXES", "2024-03-01", "30000"),
                cost("INSURANCE", "2024-03-01", "2000"), cost("REGISTRATION_SETTLEMENT", "2024-03-01", "8000"),
                cost("CLEANSING", "2024-03-01", "7000"), cost("STORAGE", "2024-03-01", "1000")));

        assertThat(c.assetClass()).isEqualTo("INVENTORY");
        assertThat(c.capitalised()).isEqualByComparingTo("540000.00");
        assertThat(c.expensed()).isEqualByComparingTo("8000.00");
        assertThat(c.lines().get(4).rule()).isEqualTo("outsourced-inventory-other");
        assertThat(c.lines().get(5).rule()).isEqualTo("never-capitalised");
    }

    // collection 10,000 + labelling 20,000 + staff 30,000 = 60,000; selling 5,000 expensed
    @Test
    void test_classification_selfProcessedInventory() {
        ClassificationResponse c = classify(resource("FOR_SALE", "SELF_DEVELOPED", null,
                cost("DATA_COLLECTION", "2024-03-01", "10000"), cost("LABELLING", "2024-03-01", "20000"),
                cost("STAFF_COSTS", "2024-03-01", "30000"), cost("SELLING", "2024-03-01", "5000")));

        assertThat(c.capitalised()).isEqualByComparingTo("60000.00");
        assertThat(c.expensed()).isEqualByComparingTo("5000.00");
        assertThat(c.lines()).extracting(ClassificationResponse.Line::rule).containsExactly(
                "self-processed-inventory-cost", "self-processed-inventory-cost", "self-processed-inventory-cost",
                "never-capitalised");
    }

    @Test
    void test_classification_notAnAsset() {
        ClassificationResponse none = classify(resource("NONE", "OUTSOURCED", null,
                cost("PURCHASE_PRICE", "2024-03-01", "\"10.00\"")));
        ClassificationResponse unrecognised = classify(OUTSOURCED_INTANGIBLE.replace("true", "false"));

        assertThat(none.assetClass()).isEqualTo("EXPENSE");
        assertThat(none.capitalised()).isEqualByComparingTo("0");
        assertThat(none.lines().get(0).rule()).isEqualTo("not-an-asset");
        assertThat(unrecognised.assetClass()).isEqualTo("EXPENSE");
        assertThat(unrecognised.expensed()).isEqualByComparingTo("1165000.00");
    }

    @Test
    void test_classification_otherCurrency() {
        ClassificationResponse c = classify(OUTSOURCED_INTANGIBLE.replace("{\"name\"", "{\"currency\":\"USD\",\"name\""));

        assertThat(c.currency()).isEqualTo("USD");
        assertThat(c.capitalised()).isEqualByComparingTo("1130000.00");
    }

    @Test
    void test_classification_validationErrors() {
        String path = "/v1/accounting/classification";
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("\"name\":\"customer-credit-dataset\",", "")), 400,
                "validation", "name");
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("\"recognitionCriteriaMet\":true,", "")), 400,
                "validation", "recognitionCriteriaMet");
        assertProblem(post(path, resource("FOR_SALE", "OUTSOURCED", null)), 400, "validation", "costs");
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("2024-03-01", "1 March 2024")), 400, "validation",
                "costs[0].incurredOn");
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("\"description\":\"taxes\",", "")), 400,
                "validation", "costs[1].description");
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("INTERNAL_USE", "HOARDING")), 422, "unknown", "intendedUse");
    }

    @Test
    void test_classification_domainErrors() {
        String path = "/v1/accounting/classification";
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("\"60000.00\"", "\"60000.001\"")), 422,
                "precision-loss", "costs[1].amount");
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("\"60000.00\"", "-1")), 422, "at-least",
                "costs[1].amount");
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("{\"description\":\"taxes\",\"category\":\"TAXES\","
                + "\"incurredOn\":\"2024-03-01\"", "{\"description\":\"taxes\",\"category\":\"TAXES\","
                + "\"incurredOn\":\"2024-02-30\"")), 422, "invalid-format", "costs[1].incurredOn");
        assertProblem(post(path, OUTSOURCED_INTANGIBLE.replace("{\"name\"", "{\"currency\":\"XYZ\",\"name\"")), 422,
                "unknown", "currency");
        // a self-developed intangible needs the CAS 6 §9 criteria, and a phase on every cost
        assertProblem(post(path, resource("INTERNAL_USE", "SELF_DEVELOPED", null,
                phased("STAFF_COSTS", "DEVELOPMENT", "2024-03-01", "1"))), 422, "not-null", "developmentCriteria");
        assertProblem(post(path, resource("INTERNAL_USE", "SELF_DEVELOPED", criteria(true),
                phased("STAFF_COSTS", "DEVELOPMENT", "2024-03-01", "1"), cost("STAFF_COSTS", "2024-03-01", "1"))), 422,
                "out-of-range", "costs[1].phase");
    }

    // cost 100,000. 2024-12: NRV 90,000 − 5,000 − 3,000 = 82,000 → write-down 18,000, carrying 82,000.
    // 2025-06: NRV 95,000 → allowance 5,000, reversal 13,000. 2025-12: NRV 120,000 → reversal of the remaining
    // 5,000 only; carrying back to cost 100,000, not 120,000 (CAS 1 §19). Σ write-downs 18,000 = Σ reversals.
    @Test
    void test_inventory_writeDownThenReversalLimitedToEarlierWriteDowns() {
        Http.Response r = post("/v1/accounting/inventory", INVENTORY);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        InventoryResponse inv = r.read(InventoryResponse.class);
        List<InventoryResponse.Period> p = inv.periods();
        assertThat(p).hasSize(3);
        assertThat(p.get(0).netRealisableValue()).isEqualByComparingTo("82000.00");
        assertThat(p.get(0).writeDown()).isEqualByComparingTo("18000.00");
        assertThat(p.get(0).reversal()).isEqualByComparingTo("0");
        assertThat(p.get(0).carryingAmount()).isEqualByComparingTo("82000.00");
        assertThat(p.get(1).openingAllowance()).isEqualByComparingTo("18000.00");
        assertThat(p.get(1).allowanceAdjustment()).isEqualByComparingTo("-13000.00");
        assertThat(p.get(1).reversal()).isEqualByComparingTo("13000.00");
        assertThat(p.get(1).carryingAmount()).isEqualByComparingTo("95000.00");
        assertThat(p.get(2).reversal()).isEqualByComparingTo("5000.00");
        assertThat(p.get(2).carryingAmount()).isEqualByComparingTo("100000.00");
        assertThat(inv.carryingAmount()).isEqualByComparingTo("100000.00");
        assertThat(inv.closingAllowance()).isEqualByComparingTo("0");
        assertThat(inv.totalWriteDowns()).isEqualByComparingTo("18000.00");
        assertThat(inv.totalReversals()).isEqualByComparingTo("18000.00");
        // each period's explanation ends with its carrying amount
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> periods = (List<Map<String, Object>>) r.map().get("periods");
        @SuppressWarnings("unchecked")
        Map<String, Object> explanation = (Map<String, Object>) periods.get(1).get("explanation");
        assertThat(new BigDecimal(lastStepResult(explanation).get("number").toString())).isEqualByComparingTo("95000.00");
    }

    // InventoryValuationTest: with an existing allowance of 18,000 and NRV 120,000 the whole 18,000 is reversed
    @Test
    void test_inventory_openingAllowanceReversedInFull() {
        InventoryResponse inv = post("/v1/accounting/inventory", "{\"cost\":100000,\"openingAllowance\":18000,"
                + "\"periods\":[{\"period\":\"2025-12\",\"estimatedSellingPrice\":120000}]}").read(InventoryResponse.class);

        assertThat(inv.periods().get(0).allowanceAdjustment()).isEqualByComparingTo("-18000.00");
        assertThat(inv.totalReversals()).isEqualByComparingTo("18000.00");
        assertThat(inv.carryingAmount()).isEqualByComparingTo("100000.00");
    }

    // InventoryValuationTest: NRV = 100 − 500 = −400 → written down to 0, allowance = cost 1,000
    @Test
    void test_inventory_negativeNrv() {
        InventoryResponse inv = post("/v1/accounting/inventory", "{\"cost\":\"1000.00\",\"periods\":[{\"period\":"
                + "\"2024-12\",\"estimatedSellingPrice\":100,\"costsToComplete\":500}]}").read(InventoryResponse.class);

        assertThat(inv.periods().get(0).netRealisableValue()).isEqualByComparingTo("-400.00");
        assertThat(inv.carryingAmount()).isEqualByComparingTo("0");
        assertThat(inv.closingAllowance()).isEqualByComparingTo("1000.00");
    }

    @Test
    void test_inventory_errors() {
        String path = "/v1/accounting/inventory";
        assertProblem(post(path, INVENTORY.replace("\"cost\":\"100000.00\",", "")), 400, "validation", "cost");
        assertProblem(post(path, "{\"cost\":1,\"periods\":[]}"), 400, "validation", "periods");
        assertProblem(post(path, INVENTORY.replace("2025-06", "2025-13")), 400, "validation", "periods[1].period");
        assertProblem(post(path, INVENTORY.replace(",\"estimatedSellingPrice\":95000", "")), 400, "validation", "periods[1].estimatedSellingPrice");
        assertProblem(post(path, INVENTORY.replace("\"100000.00\"", "-1")), 422, "at-least", "cost");
        assertProblem(post(path, INVENTORY.replace("\"100000.00\"", "\"100000.001\"")), 422, "precision-loss", "cost");
        assertProblem(post(path, INVENTORY.replace("95000", "-1")), 422, "at-least",
                "periods[1].estimatedSellingPrice");
        assertProblem(post(path, INVENTORY.replace("\"costsToComplete\":5000", "\"costsToComplete\":-5000")), 422,
                "at-least", "periods[0].costsToComplete");
        assertProblem(post(path, INVENTORY.replace("3000}", "3000.001}")), 422, "precision-loss",
                "periods[0].sellingCostsAndTaxes");
        assertProblem(post(path, INVENTORY.replace("{\"cost\"", "{\"openingAllowance\":100000.01,\"cost\"")), 422,
                "at-most", "openingAllowance");
        assertProblem(post(path, INVENTORY.replace("2025-06", "2024-12")), 422, "greater-than", "periods[1].period");
        assertProblem(post(path, INVENTORY.replace("{\"cost\"", "{\"currency\":\"XYZ\",\"cost\"")), 422, "unknown",
                "currency");
    }
}
