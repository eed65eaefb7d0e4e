package org.dataprice.api.valuation;

import java.util.ArrayList;
import java.util.List;

/** Request bodies shared by the valuation tests, with the published or hand-computed values they must give. */
final class ValuationFixtures {
    private ValuationFixtures() {
    }

    /**
     * Textbook patent profit-share exercise (same source as valuation-core's IncomeApproachTest): K = 15.39%,
     * i = 6% + 4%, profits 400, 420, 430, 450, 440 万元; published 248.45 万元.
     */
    static final String INCOME_TEXTBOOK = """
            {"forecast":{"kind":"SHARE","amounts":[400,420,430,450,440],"shareRate":0.1539},
             "discountRate":{"riskFree":0.06,"premia":[{"name":"风险报酬率 risk","rate":0.04}]}}""";

    /**
     * Cost saving with the series swapped (with-data costs 800 exceed without-data 700), tax 25 %, i = 10 %:
     * F_t = (700 − 800) × 0.75 = −75, P = −75/1.1 − 75/1.21 = −130.17, which must carry a warning.
     */
    static final String INCOME_NEGATIVE_COST_SAVING = """
            {"forecast":{"kind":"INCREMENTAL","amounts":[800,800],"withoutData":[700,700],"incrementalKind":"COST_SAVING",
                         "taxRate":0.25},
             "discountRate":{"rate":0.1}}""";

    /** The warning valuation-core gives {@link #INCOME_NEGATIVE_COST_SAVING}. */
    static final String NEGATIVE_COST_SAVING_WARNING = "negative cost saving: incremental forecast of kind COST_SAVING, "
            + "F_t = (without − with) × (1 − tax), gives P = CNY -130.17; the with-data costs exceed the without-data "
            + "costs (negative in periods 1, 2). Check that withData and withoutData are not swapped and that the kind "
            + "is not meant to be REVENUE_GROWTH";

    /** Hand computed: TC = 100 + 50 = 150; P = 150 × (1 + 0.1) × 0.8 = 132.00. */
    static final String COST = """
            {"items":[{"name":"采集 collection","category":"DIRECT","amount":"100.00"},
                      {"name":"管理 overhead","category":"INDIRECT","amount":50}],
             "costReturn":0.1,"adjustment":{"kind":"GIVEN","u":0.8}}""";

    /**
     * Hand computed: subject volume 100, quality 0.8, index 1.0. A: 100 as is; B: 110 × (1.0/1.1) = 100;
     * C: 50 × (100/50) = 100. Mean 100.00, CV 0.
     */
    static final String MARKET = """
            {"subject":{"right":"PRODUCT_OPERATION","valuationDate":"2024-12-31","volume":100,"quality":0.8,"priceIndex":1.0},
             "comparables":[
               {"id":"A","price":100,"date":"2024-06-30","right":"PRODUCT_OPERATION","volume":100,"quality":0.8,"priceIndex":1.0},
               {"id":"B","price":110,"date":"2024-09-30","right":"PRODUCT_OPERATION","volume":100,"quality":0.8,"priceIndex":1.1},
               {"id":"C","price":50,"date":"2024-03-31","right":"PRODUCT_OPERATION","volume":50,"quality":0.8,"priceIndex":1.0}]}""";

    /**
     * Saaty (1990) EJOR 48:9-26 house example: w = (.173, .054, .188, .018, .031, .036, .167, .333),
     * λmax = 9.669, CI = 0.238, CR = 0.169.
     */
    static String qualityHouse() {
        double[][] a = {
            {1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4},
            {1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7},
            {1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5},
            {1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8},
            {1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6},
            {1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6},
            {3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},
            {4, 7, 5, 8, 6, 6, 2, 1}};
        List<String> rows = new ArrayList<>();
        for (double[] row : a) {
            List<String> cells = new ArrayList<>();
            for (double x : row) {
                cells.add(Double.toString(x));
            }
            rows.add("[" + String.join(",", cells) + "]");
        }
        return "{\"matrix\":[" + String.join(",", rows) + "],\"method\":\"EIGENVECTOR\"}";
    }

    /** w = (0.75, 0.25) from a_12 = 3; Q = 0.75 × 0.9 + 0.25 × 0.6 = 0.825. */
    static final String QUALITY_TWO = """
            {"matrix":[[1,3],[0.3333333333333333,1]],
             "criteria":[{"id":"accuracy","label":"准确性","score":0.9},{"id":"timeliness","label":"时效性","score":0.6}]}""";

    /** The client named in {@link #engagementWithParties(String, String)}. */
    static final String CLIENT = "某数据科技有限公司 Example Data Technology Co., Ltd.";

    /**
     * @param reference   the report reference
     * @param signatories the {@code signatories} array (JSON), e.g. {@code [{"name":"张伟","registrationNumber":"5018"}]}
     * @return {@link #engagement(String)} naming {@link #CLIENT} as client and those signatories
     */
    static String engagementWithParties(String reference, String signatories) {
        String body = engagement(reference);
        int open = body.indexOf('{');
        return body.substring(0, open + 1) + "\"client\":\"" + CLIENT + "\",\"signatories\":" + signatories + ","
                + body.substring(open + 1);
    }

    /**
     * All three approaches: income 248.45 (w 0.6), cost 132.00 (w 0.2), market 100.00 (w 0.2):
     * 0.6 × 248.45 + 0.2 × 132 + 0.2 × 100 = 149.07 + 26.40 + 20.00 = 195.47.
     */
    static String engagement(String reference) {
        return engagement(reference, INCOME_TEXTBOOK);
    }

    /**
     * @param reference the report reference
     * @param income    the income approach's inputs (JSON)
     * @return the three-approach engagement with that income approach
     */
    static String engagement(String reference, String income) {
        return """
                {"reference":"%s",
                 "asset":{"name":"重庆物流轨迹数据集 Chongqing logistics traces","structure":"结构化 structured table",
                          "dictionary":"vehicle_id, ts, lat, lon","size":"1.2 TB","period":"2021-2024",
                          "updateFrequency":"daily 每日","storage":"云存储 cloud object store"},
                 "right":"PRODUCT_OPERATION","purpose":"质押融资 pledge financing","basisOfValue":"市场价值 market value",
                 "valuationDate":"2024-12-31","appraiser":"重庆某评估公司 A. Appraiser",
                 "assumptions":["持续经营 going concern"],"limitingConditions":["数据合规 compliance not audited"],
                 "quality":%s,
                 "income":{"weight":0.6,"reason":"收益可预测 income is forecastable","inputs":%s},
                 "cost":{"weight":0.2,"reason":"成本可归集 costs are itemised","inputs":%s},
                 "market":{"weight":0.2,"reason":"可比交易较少 few comparables","inputs":%s}}"""
                .formatted(reference, QUALITY_TWO, income, COST, MARKET);
    }
}
