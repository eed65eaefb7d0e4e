package org.dataprice.api.valuation;

/**
 * The OpenAPI request examples of the appraisal and valuation endpoints (Swagger UI "Try it out"), one constant
 * per example, referenced from {@code @RequestBody(content = @Content(examples = @ExampleObject(...)))} on the
 * controller methods. Each is a verified curl body of docs/appraisal.md (the engagement: the three-approach
 * engagement of the valuation tests), with its answer in the Javadoc; {@code OpenApiExamplesTest} posts every
 * one and expects 2xx.
 */
public final class ValuationExamples {
    /** Textbook patent profit share, K = 15.39 %, i = 6 % + 4 %: value 248.45 (万元). */
    public static final String INCOME = """
            {"forecast": {"kind": "SHARE", "amounts": [400, 420, 430, 450, 440], "shareRate": 0.1539},
             "discountRate": {"riskFree": 0.06, "premia": [{"name": "risk", "rate": 0.04}]}}""";

    /** Two scenarios, 0.3 · (100/1.1 + 100/1.21) + 0.5 · 200/1.12: value 141.35. */
    public static final String INCOME_SCENARIOS = """
            {"discounting": "END_OF_PERIOD", "scenarios": [
               {"name": "credit", "share": 0.3, "income": [100, 100], "discountRate": {"rate": 0.1}},
               {"name": "marketing", "share": 0.5, "income": [200],
                "discountRate": {"riskFree": 0.06, "premia": [{"name": "risk", "rate": 0.06}]}}]}""";

    /** (100 + 50) × 1.1 × 0.8: value 132.00. */
    public static final String COST = """
            {"items": [{"name": "collection", "category": "DIRECT", "amount": "100.00"},
                       {"name": "overhead", "category": "INDIRECT", "amount": "50.00"}],
             "costReturn": 0.1, "adjustment": {"kind": "GIVEN", "u": 0.8}}""";

    /** The 2019 form, 1000.00 × (1 − 0.2): value 800.00. */
    public static final String COST_2019 = """
            {"replacementCost": "1000.00", "obsolescence": 0.2}""";

    /** Three comparables adjusted for date index and volume: value 100.00. */
    public static final String MARKET = """
            {"subject": {"right": "PRODUCT_OPERATION", "valuationDate": "2024-12-31", "volume": 100, "quality": 0.8, "priceIndex": 1.0},
             "comparables": [
               {"id": "A", "price": 100, "date": "2024-06-30", "right": "PRODUCT_OPERATION", "volume": 100, "quality": 0.8, "priceIndex": 1.0},
               {"id": "B", "price": 110, "date": "2024-09-30", "right": "PRODUCT_OPERATION", "volume": 100, "quality": 0.8, "priceIndex": 1.1},
               {"id": "C", "price": 50, "date": "2024-03-31", "right": "PRODUCT_OPERATION", "volume": 50, "quality": 0.8, "priceIndex": 1.0}]}""";

    /** AHP of two criteria, a_12 = 3: weights (0.75, 0.25), Q = 0.825. */
    public static final String QUALITY = """
            {"matrix": [[1, 3], [0.3333333333333333, 1]], "method": "EIGENVECTOR",
             "criteria": [{"id": "accuracy", "label": "准确性", "score": 0.9}, {"id": "timeliness", "label": "时效性", "score": 0.6}]}""";

    /** Two-level AHP: global a1 = 0.375, b3 = 0.0625; Q = 0.8. */
    public static final String HIERARCHY = """
            {"method": "EIGENVECTOR", "root": {"id": "goal", "label": "数据质量", "judgements": [[1, 3], [0.3333333333333333, 1]],
             "children": [
               {"id": "A", "label": "准确性", "judgements": [[1, 1], [1, 1]],
                "children": [{"id": "a1", "label": "a1", "score": 0.9}, {"id": "a2", "label": "a2", "score": 0.8}]},
               {"id": "B", "label": "完整性", "judgements": [[1, 2, 2], [0.5, 1, 1], [0.5, 1, 1]],
                "children": [{"id": "b1", "label": "b1", "score": 0.6}, {"id": "b2", "label": "b2", "score": 0.4},
                             {"id": "b3", "label": "b3", "score": 1.0}]}]}}""";

    /** Fuzzy M(·,+): B = (0.38, 0.36, 0.19, 0.07), S = 0.81. */
    public static final String FUZZY = """
            {"weights": [0.5, 0.3, 0.2], "gradeValues": [1, 0.8, 0.6, 0.4],
             "memberships": [[0.6, 0.3, 0.1, 0], [0.2, 0.5, 0.2, 0.1], [0.1, 0.3, 0.4, 0.2]],
             "operator": "WEIGHTED_AVERAGE"}""";

    /** Rows are objects, columns indicators: weights (0, 0.1588…, 0.8412…). */
    public static final String ENTROPY = """
            {"values": [[1, 1, 0], [1, 3, 2]]}""";

    /** Multiplicative (0.6 · 0.2, 0.4 · 0.8) / 0.44 = (0.2727…, 0.7273…). */
    public static final String COMBINED = """
            {"form": "MULTIPLICATIVE", "subjective": [0.6, 0.4], "objective": [0.2, 0.8]}""";

    /** Entropy-corrected AHP in one call, linear with α = 0.5: (0.375, 0.625). */
    public static final String COMBINED_FROM_JUDGEMENTS = """
            {"form": "LINEAR", "alpha": 0.5, "subjectiveJudgements": [[1, 3], [0.3333333333333333, 1]],
             "objectiveValues": [[1, 1], [1, 3]]}""";

    /**
     * A full engagement by all three approaches: income 248.45 (w 0.6), cost 132.00 (w 0.2), market 100.00
     * (w 0.2), concluded 195.47 CNY.
     */
    public static final String ENGAGEMENT = """
            {"reference": "CQ-2025-0042",
             "asset": {"name": "重庆物流轨迹数据集 Chongqing logistics traces", "structure": "结构化 structured table",
                       "dictionary": "vehicle_id, ts, lat, lon", "size": "1.2 TB", "period": "2021-2024",
                       "updateFrequency": "daily 每日", "storage": "云存储 cloud object store"},
             "right": "PRODUCT_OPERATION", "purpose": "质押融资 pledge financing", "basisOfValue": "市场价值 market value",
             "valuationDate": "2024-12-31", "appraiser": "重庆某评估公司 A. Appraiser",
             "assumptions": ["持续经营 going concern"], "limitingConditions": ["数据合规 compliance not audited"],
             "currency": "CNY",
             "client": "某数据科技有限公司 Example Data Technology Co., Ltd.",
             "signatories": [{"name": "张伟 Zhang Wei", "registrationNumber": "50180012"},
                             {"name": "李娜 Li Na", "registrationNumber": "50180034"}],
             "quality": {"matrix": [[1, 3], [0.3333333333333333, 1]],
                         "criteria": [{"id": "accuracy", "label": "准确性", "score": 0.9},
                                      {"id": "timeliness", "label": "时效性", "score": 0.6}]},
             "income": {"weight": 0.6, "reason": "收益可预测 income is forecastable",
                        "inputs": {"forecast": {"kind": "SHARE", "amounts": [400, 420, 430, 450, 440], "shareRate": 0.1539},
                                   "discountRate": {"riskFree": 0.06, "premia": [{"name": "risk", "rate": 0.04}]}}},
             "cost": {"weight": 0.2, "reason": "成本可归集 costs are itemised",
                      "inputs": {"items": [{"name": "collection", "category": "DIRECT", "amount": "100.00"},
                                           {"name": "overhead", "category": "INDIRECT", "amount": "50.00"}],
                                 "costReturn": 0.1, "adjustment": {"kind": "GIVEN", "u": 0.8}}},
             "market": {"weight": 0.2, "reason": "可比交易较少 few comparables",
                        "inputs": {"subject": {"right": "PRODUCT_OPERATION", "valuationDate": "2024-12-31", "volume": 100,
                                               "quality": 0.8, "priceIndex": 1.0},
                                   "comparables": [
                                     {"id": "A", "price": 100, "date": "2024-06-30", "right": "PRODUCT_OPERATION", "volume": 100, "quality": 0.8, "priceIndex": 1.0},
                                     {"id": "B", "price": 110, "date": "2024-09-30", "right": "PRODUCT_OPERATION", "volume": 100, "quality": 0.8, "priceIndex": 1.1},
                                     {"id": "C", "price": 50, "date": "2024-03-31", "right": "PRODUCT_OPERATION", "volume": 50, "quality": 0.8, "priceIndex": 1.0}]}}}""";

    /** Tornado over two drivers, a two-way table and two equally likely scenarios of a stored engagement. */
    public static final String SENSITIVITY = """
            {"tornado": [{"driver": "incomeScale", "low": 0.9, "high": 1.1}, {"driver": "discountRate", "low": 0.08, "high": 0.12}],
             "twoWay": {"row": "incomeScale", "rowValues": [0.9, 1, 1.1], "column": "comparablePriceScale", "columnValues": [1, 1.5]},
             "scenarios": [{"name": "bear", "probability": 0.5, "overrides": [{"driver": "incomeScale", "value": 0.9}]},
                           {"name": "bull", "probability": 0.5, "overrides": [{"driver": "incomeScale", "value": 1.1}]}]}""";

    /** 2,000 seeded draws of two correlated drivers, with the probability of a value below 190. */
    public static final String MONTE_CARLO = """
            {"seed": 20240601, "draws": 2000,
             "inputs": [{"driver": "incomeScale", "distribution": {"kind": "UNIFORM", "min": 0.9, "max": 1.1}},
                        {"driver": "costScale", "distribution": {"kind": "NORMAL", "mean": 1, "standardDeviation": 0.05}}],
             "correlation": [[1, 0.5], [0.5, 1]], "target": 190}""";



    /** Why a report is re-rendered as a new revision. */
    public static final String REVISION = """
            {"reason": "library 0.2.0: corrected rounding of the cost approach"}""";

    private ValuationExamples() {
    }
}
