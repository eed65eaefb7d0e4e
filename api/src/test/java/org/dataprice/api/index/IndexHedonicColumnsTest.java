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
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * HTTP tests of flexible columns and the time-dummy hedonic method through the API (issue 11): an index
 * defined on the exchange's own export ({@code time, prodID, price, quantity, category, size_gb,
 * freshness_days}), loaded in exactly that shape and released by {@code time-dummy-hedonic}. The expected
 * index is computed independently in the test by Hipparchus 4 {@link OLSMultipleLinearRegression}
 * (QR, a different code path from the library's √w-scaled design) on the same rows: one trade per
 * product and month, so the unit value is the price, and ln p = β0 + δ_02 D_02 + δ_03 D_03 + γ_1 size_gb
 * + γ_2 freshness_days; published level of 2025-03 = 100 exp(δ_03). Tolerance: the 6 published
 * decimals (5e-7), coefficients and standard errors 1e-9.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexHedonicColumnsTest {
    private static final String HEADER = "time,prodID,price,quantity,category,size_gb,freshness_days\n";
    /** The exchange's export: 6 products, 2025-01..03, unbalanced (products enter and leave). */
    private static final String EXPORT = HEADER
            + "2025-01,P1,50.0,3,API,10,1\n"
            + "2025-02,P1,52.0,4,API,10,1\n"
            + "2025-03,P1,55.5,2,API,10,1\n"
            + "2025-01,P2,80.0,1,DATASET,20,7\n"
            + "2025-02,P2,83.0,2,DATASET,20,7\n"
            + "2025-01,P3,20.0,5,API,5,30\n"
            + "2025-03,P3,21.0,6,API,5,30\n"
            + "2025-02,P4,150.0,1,DATASET,40,2\n"
            + "2025-03,P4,158.0,1,DATASET,40,2\n"
            + "2025-01,P5,55.0,2,API,15,14\n"
            + "2025-02,P5,56.0,2,API,15,14\n"
            + "2025-03,P5,59.0,3,API,15,14\n"
            + "2025-03,P6,40.0,7,DATASET,8,3\n";
    private static final String EXCHANGE_COLUMNS = """
            {"period":"time","productId":"prodID","characteristics":["size_gb","freshness_days"],"ignored":["category"]}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApiKeyService keys;

    Http http;
    String publisher;

    @BeforeEach
    void setUp() {
        http = new Http(server.getURL(), json);
        if (publisher == null) {
            publisher = TestCredentials.key(keys, Role.INDEX_PUBLISHER);
        }
    }

    private static String definition(String id, String method, String parameters, String categories, String columns) {
        return """
                {"id":"%s","nameEn":"Exchange Data Price Index","nameZh":"交易所数据价格指数",
                 "method":"%s","parameters":%s,"categories":%s,
                 "base":{"from":"2025-01","referenceValue":100},"decimals":6,
                 "calendar":[{"period":"2025-01","releaseAt":"2025-02-15T09:30:00+08:00"},
                             {"period":"2025-02","releaseAt":"2025-03-15T09:30:00+08:00"},
                             {"period":"2025-03","releaseAt":"2025-04-15T09:30:00+08:00"}],
                 "embargo":{"timeZone":"Asia/Shanghai","publisherPreview":true},
                 "methodology":{"version":"1.0","text":"Time-dummy hedonic regression on size and freshness."},
                 "columns":%s}
                """.formatted(id, method, parameters, categories, columns);
    }

    private Http.Response define(String body) {
        return http.post("/v1/indices", body, "X-API-KEY", publisher, Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    private String defined(String method, String parameters, String columns) {
        String id = "hed-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = define(definition(id, method, parameters, "null", columns));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }

    private Http.Response load(String id, String csv) {
        return http.postBytes("/v1/indices/" + id + "/transactions", csv.getBytes(StandardCharsets.UTF_8), "X-API-KEY",
                publisher, "Content-Type", "text/csv", Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    private Http.Response publish(String id, String period) {
        return http.post("/v1/indices/" + id + "/releases", "{\"period\":\"" + period + "\"}", "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());
    }

    /** Rows of the export: {month index 0..2, price, size, freshness}. */
    private static List<double[]> rows(String csv) {
        List<double[]> out = new ArrayList<>();
        String[] lines = csv.split("\n");
        for (int k = 1; k < lines.length; k++) {
            String[] f = lines[k].split(",");
            out.add(new double[]{Integer.parseInt(f[0].substring(5)) - 1, Double.parseDouble(f[2]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6])});
        }
        return out;
    }

    /** The independent fit: Hipparchus OLS with intercept on (D_02, D_03, size_gb, freshness_days). */
    private static OLSMultipleLinearRegression ols(String csv) {
        List<double[]> rows = rows(csv);
        double[] y = new double[rows.size()];
        double[][] x = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            y[r] = Math.log(row[1]);
            x[r] = new double[]{row[0] == 1 ? 1 : 0, row[0] == 2 ? 1 : 0, row[2], row[3]};
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        return ols;
    }

    @SuppressWarnings("unchecked")
    private static double value(IndexViews.Release release, String period) {
        return Double.parseDouble(release.values().stream().filter(v -> v.period().equals(period)).findFirst()
                .orElseThrow().value());
    }

    // ------------------------------------------------------------------------------------ the export

    @Test
    void test_exchangeExport_hedonicRelease_matchesIndependentOls() {
        String id = defined("time-dummy-hedonic", "{\"weighted\":\"false\"}", EXCHANGE_COLUMNS);
        Http.Response loaded = load(id, EXPORT);
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        assertThat(loaded.read(LoadResponse.class).rows()).isEqualTo(13);

        Http.Response r = publish(id, "2025-03");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        IndexViews.Release release = r.read(IndexViews.Release.class);
        double[] beta = ols(EXPORT).estimateRegressionParameters();
        double[] se = ols(EXPORT).estimateRegressionParametersStandardErrors();
        assertThat(value(release, "2025-01")).isCloseTo(100, within(5e-7));
        assertThat(value(release, "2025-02")).as("100 exp(δ_02)").isCloseTo(100 * Math.exp(beta[1]), within(5e-7));
        assertThat(value(release, "2025-03")).as("100 exp(δ_03)").isCloseTo(100 * Math.exp(beta[2]), within(5e-7));
        assertThat(release.settings().method()).isEqualTo("time-dummy-hedonic");
        assertThat(release.settings().parameters()).containsEntry("characteristics", "size_gb,freshness_days")
                .containsEntry("weighted", "false");

        IndexViews.HedonicExplanation ex = release.explanation();
        assertThat(ex).as(r.body()).isNotNull();
        assertThat(ex.characteristics()).containsExactly("size_gb", "freshness_days");
        assertThat(ex.observations()).isEqualTo(13);
        assertThat(ex.products()).isEqualTo(6);
        assertThat(ex.periods()).isEqualTo(3);
        assertThat(ex.parameters()).isEqualTo(5);
        assertThat(ex.residualDegreesOfFreedom()).isEqualTo(8);
        assertThat(ex.warnings()).isEmpty();
        assertThat(ex.coefficients()).extracting(IndexViews.Coefficient::name).containsExactly("intercept",
                "period:2025-02", "period:2025-03", "size_gb", "freshness_days");
        for (int c = 0; c < 5; c++) {
            assertThat(ex.coefficients().get(c).estimate()).as(ex.coefficients().get(c).name()).isCloseTo(beta[c], within(1e-9));
            assertThat(ex.coefficients().get(c).standardError()).as(ex.coefficients().get(c).name() + " se")
                    .isCloseTo(se[c], within(1e-9));
        }
        assertThat(ex.rSquared()).isCloseTo(ols(EXPORT).calculateRSquared(), within(1e-9));

        // the explanation is stored with the release: the preview shows the same
        Http.Response preview = http.get("/v1/indices/" + id + "/preview", "X-API-KEY", publisher);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.read(IndexViews.Release.class).explanation()).isEqualTo(ex);
    }

    @Test
    void test_exchangeExport_categoryAsCategoricalCharacteristic_matchesOlsWithADummy() {
        String id = defined("time-dummy-hedonic", "{\"weighted\":\"false\"}", """
                {"period":"time","productId":"prodID","characteristics":["size_gb","freshness_days"],
                 "categoricalCharacteristics":["category"]}""");
        assertThat(load(id, EXPORT).status()).isEqualTo(201);

        Http.Response r = publish(id, "2025-03");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        // independent: OLS with intercept on (D_02, D_03, size_gb, freshness_days, category=DATASET); API is the reference
        List<double[]> rows = rows(EXPORT);
        String[] lines = EXPORT.split("\n");
        double[] y = new double[rows.size()];
        double[][] x = new double[rows.size()][];
        for (int k = 0; k < rows.size(); k++) {
            double[] row = rows.get(k);
            y[k] = Math.log(row[1]);
            x[k] = new double[]{row[0] == 1 ? 1 : 0, row[0] == 2 ? 1 : 0, row[2], row[3],
                    lines[k + 1].contains(",DATASET,") ? 1 : 0};
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double[] se = ols.estimateRegressionParametersStandardErrors();
        IndexViews.Release release = r.read(IndexViews.Release.class);
        assertThat(value(release, "2025-03")).isCloseTo(100 * Math.exp(beta[2]), within(5e-7));
        IndexViews.HedonicExplanation ex = release.explanation();
        assertThat(ex.characteristics()).containsExactly("size_gb", "freshness_days", "category=DATASET");
        assertThat(ex.coefficients().get(5).name()).isEqualTo("category=DATASET");
        assertThat(ex.coefficients().get(5).estimate()).isCloseTo(beta[5], within(1e-9));
        assertThat(ex.coefficients().get(5).standardError()).isCloseTo(se[5], within(1e-9));
        assertThat(ex.parameters()).isEqualTo(6);
    }

    @Test
    void test_categoricalWithOneLevel_is422_namingTheColumn() {
        String id = defined("time-dummy-hedonic", "{}", """
                {"period":"time","productId":"prodID","characteristics":["size_gb","freshness_days"],
                 "categoricalCharacteristics":["category"]}""");
        assertThat(load(id, HEADER + "2025-01,P1,50,1,API,10,1\n2025-01,P2,80,1,API,20,7\n2025-01,P3,20,1,API,5,30\n"
                + "2025-01,P5,55,1,API,15,14\n").status()).isEqualTo(201);

        Http.Response r = publish(id, "2025-01");

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("columns.categoricalCharacteristics[0]");
        assertThat(r.problem().detail()).contains("one level 'API'");
    }

    @Test
    void test_exchangeExport_weightedByDefault_differsFromOls() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);
        assertThat(load(id, EXPORT).status()).isEqualTo(201);

        Http.Response r = publish(id, "2025-03");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        IndexViews.Release release = r.read(IndexViews.Release.class);
        assertThat(release.explanation().weighted()).isTrue();
        assertThat(release.settings().parameters()).containsEntry("weighted", "true");
        double[] beta = ols(EXPORT).estimateRegressionParameters();
        assertThat(Math.abs(value(release, "2025-03") - 100 * Math.exp(beta[2]))).isGreaterThan(1e-3);
    }

    @Test
    void test_defaultColumns_unchanged_forOtherMethods() {
        String id = "hed-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response r = define(definition(id, "jevons", "{}", "null", "null"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        Http.Response loaded = load(id, "product_id,period,price,quantity\np1,2025-01,10,1\np1,2025-02,11,1\n");

        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        Http.Response release = publish(id, "2025-02");
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        assertThat(release.read(IndexViews.Release.class).explanation()).isNull();
        assertThat(value(release.read(IndexViews.Release.class), "2025-02")).isEqualTo(110.0);
    }

    // ------------------------------------------------------------------------- unreliable and singular

    @Test
    void test_exactFit_isPublishedWithAWarning() {
        String id = defined("time-dummy-hedonic", "{\"weighted\":\"false\"}", EXCHANGE_COLUMNS);
        // one month, three products, two characteristics: n = k = 3
        assertThat(load(id, HEADER + "2025-01,P1,50,1,API,10,1\n2025-01,P2,80,1,API,20,7\n2025-01,P3,20,1,API,5,30\n")
                .status()).isEqualTo(201);

        Http.Response r = publish(id, "2025-01");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        IndexViews.HedonicExplanation ex = r.read(IndexViews.Release.class).explanation();
        assertThat(ex.residualDegreesOfFreedom()).isZero();
        assertThat(ex.warnings()).singleElement().asString().contains("exact", "not estimable", "unreliable");
        // the public page shows the warning beside the values it qualifies
        Http.Response page = http.get("/indices/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"warnings\"", "提示 Warnings", "not estimable");
    }

    @Test
    void test_tooFewObservations_is422_namingThePeriod() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);
        assertThat(load(id, HEADER + "2025-01,P1,50,1,API,10,1\n2025-01,P2,80,1,API,20,7\n").status()).isEqualTo(201);

        Http.Response r = publish(id, "2025-01");

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        Problem p = r.problem();
        assertThat(p.field()).isEqualTo("period");
        assertThat(p.rule()).isEqualTo("too-few");
        assertThat(p.detail()).contains("3 product-months", "had 2");
    }

    @Test
    void test_constantCharacteristic_singularDesign_is422_notA500() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);
        // size_gb is 10 for every product: collinear with the intercept
        assertThat(load(id, HEADER + "2025-01,P1,50,1,API,10,1\n2025-01,P2,80,1,API,10,7\n2025-02,P1,52,1,API,10,1\n"
                + "2025-02,P2,82,1,API,10,7\n2025-02,P3,30,1,API,10,9\n").status()).isEqualTo(201);

        Http.Response r = publish(id, "2025-02");

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("columns.characteristics");
        assertThat(r.problem().rule()).isEqualTo("no-solution");
        assertThat(r.problem().detail()).contains("rank-deficient", "size_gb");
    }

    // ------------------------------------------------------------------------------- CSV load errors

    @Test
    void test_mappedColumnAbsent_is400_namingItAndListingTheHeader() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);

        Http.Response r = load(id, "time,product,price,quantity,category,size_gb,freshness_days\n2025-01,P1,50,1,API,10,1\n");

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<Problem.Violation> v = r.problem().violations();
        assertThat(v).anySatisfy(x -> {
            assertThat(x.field()).isEqualTo("lines[1]");
            assertThat(x.message()).contains("missing column 'prodID'", "columns.productId",
                    "time,product,price,quantity,category,size_gb,freshness_days");
        });
        assertThat(v).anySatisfy(x -> assertThat(x.message()).contains("unknown column 'product'"));
    }

    @Test
    void test_missingCharacteristic_is400_namingLineAndColumn() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);

        Http.Response r = load(id, HEADER + "2025-01,P1,50,1,API,10,1\n2025-01,P2,80,1,API,,7\n");

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.problem().violations()).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("lines[3].size_gb");
            assertThat(x.message()).contains("missing");
        });
    }

    @Test
    void test_characteristicNotPlainDecimal_is400_namingLineAndColumn() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);

        Http.Response r = load(id, HEADER + "2025-01,P1,50,1,API,0x1p3,1\n2025-01,P2,80,1,API,20,12d\n");
        Http.Response second = load(id, HEADER + "2025-01,P1,50,1,API,8,1\n2025-01,P2,80,1,API,20,12d\n");

        // a load stops at its first bad line
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.problem().violations()).extracting(Problem.Violation::field).containsExactly("lines[2].size_gb");
        assertThat(second.status()).as(second.body()).isEqualTo(400);
        assertThat(second.problem().violations()).extracting(Problem.Violation::field)
                .containsExactly("lines[3].freshness_days");
    }

    @Test
    void test_productWithChangingCharacteristics_is400() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);
        assertThat(load(id, HEADER + "2025-01,P1,50,1,API,10,1\n").status()).isEqualTo(201);

        // 10.0 is 10: the same; 12 is not, also against the earlier load
        Http.Response r = load(id, HEADER + "2025-02,P1,51,1,API,10.0,1\n2025-03,P1,52,1,API,12,1\n");

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.problem().violations()).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("lines[3].size_gb");
            assertThat(x.message()).contains("product P1", "10, 1", "12, 1");
        });
    }

    @Test
    void test_jsonTrade_forAnIndexWithCharacteristics_is422() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);

        Http.Response r = http.post("/v1/indices/" + id + "/transactions",
                "{\"productId\":\"P1\",\"period\":\"2025-01\",\"price\":10,\"quantity\":1}", "X-API-KEY", publisher,
                Idempotent.HEADER, TestCredentials.idempotencyKey());

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.problem().field()).isEqualTo("characteristics");
        assertThat(r.problem().detail()).contains("size_gb, freshness_days", "CSV");
    }

    // -------------------------------------------------------------------------- definition errors

    private Problem rejected(String method, String parameters, String categories, String columns, int status) {
        Http.Response r = define(definition("hed-" + UUID.randomUUID().toString().substring(0, 8), method, parameters,
                categories, columns));
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r.problem();
    }

    @Test
    void test_definition_duplicateMapping_is422_namingThePath() {
        Problem p = rejected("time-dummy-hedonic", "{}", "null",
                "{\"price\":\"amount\",\"quantity\":\"AMOUNT\",\"characteristics\":[\"size_gb\"]}", 422);
        assertThat(p.field()).isEqualTo("columns.quantity");
        assertThat(p.rule()).isEqualTo("duplicate");
        assertThat(p.detail()).contains("columns.price");

        Problem q = rejected("time-dummy-hedonic", "{}", "null",
                "{\"characteristics\":[\"size_gb\",\"price\"]}", 422);
        assertThat(q.field()).isEqualTo("columns.characteristics[1]");
    }

    @Test
    void test_definition_unknownColumnField_is400_namingThePath() {
        Problem p = rejected("time-dummy-hedonic", "{}", "null", "{\"prodId\":\"prodID\",\"characteristics\":[\"a\"]}", 400);
        assertThat(p.type()).endsWith("/unknown-property");
        assertThat(p.field()).isEqualTo("columns.prodId");
    }

    @Test
    void test_definition_hedonicWithoutCharacteristics_is422() {
        Problem p = rejected("time-dummy-hedonic", "{}", "null", "null", 422);
        assertThat(p.field()).isEqualTo("columns.characteristics");
        assertThat(p.rule()).isEqualTo("too-few");
    }

    @Test
    void test_definition_characteristicsWithAnotherMethod_is422() {
        Problem p = rejected("geks-fisher", "{}", "null", "{\"characteristics\":[\"size_gb\"]}", 422);
        assertThat(p.field()).isEqualTo("columns.characteristics");
        assertThat(p.detail()).contains("time-dummy-hedonic");
    }

    @Test
    void test_definition_hedonicUnknownParameter_is422() {
        Problem p = rejected("time-dummy-hedonic", "{\"weigted\":\"true\"}", "null", EXCHANGE_COLUMNS, 422);
        assertThat(p.field()).isEqualTo("parameters.weigted");
        assertThat(p.detail()).contains("weighted");
    }

    @Test
    void test_definition_hedonicWithCategories_is422() {
        Problem p = rejected("time-dummy-hedonic", "{}", "[{\"code\":\"API\",\"nameEn\":\"APIs\",\"nameZh\":\"接口\"}]",
                "{\"characteristics\":[\"size_gb\"]}", 422);
        assertThat(p.field()).isEqualTo("categories");
    }

    @Test
    void test_definition_categoryColumnWithoutCategories_is422() {
        Problem p = rejected("time-dummy-hedonic", "{}", "null", "{\"category\":\"cat\",\"characteristics\":[\"size_gb\"]}",
                422);
        assertThat(p.field()).isEqualTo("columns.category");
        assertThat(p.detail()).contains("columns.ignored");
    }

    @Test
    void test_definition_storedWithItsColumns() {
        String id = defined("time-dummy-hedonic", "{}", EXCHANGE_COLUMNS);

        Http.Response r = http.get("/v1/indices/" + id, "X-API-KEY", publisher);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"prodID\"", "\"size_gb\"", "\"freshness_days\"");
    }
}
