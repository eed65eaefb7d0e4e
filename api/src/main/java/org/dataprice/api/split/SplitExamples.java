package org.dataprice.api.split;

/**
 * The OpenAPI request examples of the revenue-split endpoints (Swagger UI "Try it out"), one constant per
 * example, referenced from {@code @RequestBody(content = @Content(examples = @ExampleObject(...)))} on the
 * controller methods. Each is a verified curl body of docs/revenue-split.md with its answer in the Javadoc;
 * {@code OpenApiExamplesTest} posts every one and expects 2xx.
 */
public final class SplitExamples {
    /** Exact Shapley values of a three-player game given as a table: (9.5, 8.0, 6.5). */
    public static final String SHAPLEY_TABLE = """
            {"method": "SHAPLEY", "game": {"type": "TABLE", "players": 3, "worths": [2, 4, 5, 18, 14, 9, 24]}}""";

    /** Seeded antithetic Monte Carlo Shapley of a glove game, with confidence bounds. */
    public static final String SHAPLEY_MONTE_CARLO = """
            {"method": "SHAPLEY_MONTE_CARLO", "game": {"type": "GLOVE", "left": 10, "right": 20},
             "sampling": {"seed": 20090601, "maxSamples": 4000, "variant": "ANTITHETIC",
                          "targetStandardError": 0, "confidence": 0.95}}""";

    /** K-NN Shapley data values of two training points: (1.0, 0.0). */
    public static final String KNN_SHAPLEY = """
            {"method": "KNN_SHAPLEY",
             "data": {"k": 1, "training": [{"features": [1], "label": 0}, {"features": [2], "label": 1}],
                      "test": [{"features": [0], "label": 0}]}}""";

    /** A quarter's pool of 10,000.00 CNY: totals 2000.00 / 1000.00 / 2954.20 / 300.00 / 2066.65 / 1679.15. */
    public static final String SETTLEMENT = """
            {"currency": "CNY",
             "parties": [{"id": "public-services", "principals": []},
                         {"id": "exchange", "principals": ["apikey:3f2a9c0d1e4b5a67"]},
                         {"id": "operator", "principals": []},
                         {"id": "A", "principals": ["jwt:alice@provider-a"]},
                         {"id": "B", "principals": []}, {"id": "C", "principals": []}],
             "periods": [{"label": "2025-Q1", "pool": "10000.00", "terms": {
                "earmarks": [{"recipient": "public-services", "share": "0.20"}],
                "commissions": [{"party": "exchange", "transactionValue": "20000", "rate": "0.05"}],
                "perUseFees": [{"party": "A", "unitFee": "0.05", "calls": 10001}],
                "annualPayments": [{"party": "operator", "perYear": "1200", "years": "0.25"}],
                "dividend": {"basis": "VALUE", "weights": [{"party": "A", "weight": "9.5"},
                             {"party": "B", "weight": "8"}, {"party": "C", "weight": "6.5"}]},
                "limits": [], "lossPolicy": "SHARE"}}]}""";

    private SplitExamples() {
    }
}
