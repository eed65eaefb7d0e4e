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

    /** The answer to {@link #SETTLEMENT} (201): the summary; statements are paged at each period's link. */
    public static final String SETTLEMENT_ANSWER = """
            {"id": "0b7c6f0e-3f7a-4a53-9a0e-6f1c1f7a2b11", "currency": "CNY", "createdAt": "2025-04-01T02:34:20.123456Z", "createdBy": "apikey:653d9e7536d110fe",
             "periods": [{"index": 0, "label": "2025-Q1", "pool": {"amount": "10000.00", "currency": "CNY"}, "carriedIn": {"amount": "0.00", "currency": "CNY"}, "retained": {"amount": "0.00", "currency": "CNY"}, "carriedForward": {"amount": "0.00", "currency": "CNY"}, "totalPaid": {"amount": "10000.00", "currency": "CNY"}, "statementCount": 6, "statements": "/v1/settlements/0b7c6f0e-3f7a-4a53-9a0e-6f1c1f7a2b11/periods/0/statements",
               "explanation": {"methodId": "split.payout.settlement", "libraryVersion": "0.1.0-SNAPSHOT", "inputHash": "94a4ba6bf12da274e75b74016771d18eb58b58481cbec0396b5274a5e42be98d",
                 "inputs": [{"name": "period", "text": "2025-Q1", "unit": ""}, {"name": "pool", "number": 10000.00, "unit": "CNY"}, {"name": "carriedIn", "number": 0.00, "unit": "CNY"}, {"name": "lossPolicy", "text": "SHARE", "unit": ""}, {"name": "dividendBasis", "text": "pro rata to contribution values", "unit": ""}],
                 "steps": [
                   {"id": "payout.pool", "label": "Distributable pool (可分配收益)", "formula": "P = pool + carried-in loss", "inputs": [{"name": "pool", "number": 10000.00, "unit": "CNY"}, {"name": "carriedIn", "number": 0.00, "unit": "CNY"}], "result": {"name": "P", "number": 10000.00, "unit": "CNY"}},
                   {"id": "payout.earmarks", "label": "Earmarks taken first (专项提取)", "formula": "E_e = largest-remainder split of P by (s_1..s_k, 1 - sum s)", "result": {"name": "earmarked", "number": 2000.00, "unit": "CNY"}},
                   {"id": "payout.fixedClaims", "label": "Fixed claims paid (commission, per use, per year)", "formula": "paid in full", "inputs": [{"name": "owed", "number": 1800.05, "unit": "CNY"}], "result": {"name": "paid", "number": 1800.05, "unit": "CNY"}},
                   {"id": "payout.dividends", "label": "Dividends (分红)", "formula": "x_p = clamp(lambda w_p, floor_p, cap_p), sum x = residual (variable fixing)", "inputs": [{"name": "residual", "number": 6199.95, "unit": "CNY"}], "result": {"name": "dividends", "number": 6199.95, "unit": "CNY"}},
                   {"id": "payout.retained", "label": "Retained (all parties capped)", "result": {"name": "retained", "number": 0.00, "unit": "CNY"}},
                   {"id": "payout.total", "label": "Total paid", "formula": "sum of statement totals", "result": {"name": "total paid", "number": 10000.00, "unit": "CNY"}}]}}],
             "totals": [{"party": "public-services", "total": {"amount": "2000.00", "currency": "CNY"}}, {"party": "exchange", "total": {"amount": "1000.00", "currency": "CNY"}}, {"party": "A", "total": {"amount": "2954.20", "currency": "CNY"}}, {"party": "operator", "total": {"amount": "300.00", "currency": "CNY"}}, {"party": "B", "total": {"amount": "2066.65", "currency": "CNY"}}, {"party": "C", "total": {"amount": "1679.15", "currency": "CNY"}}],
             "totalPaid": {"amount": "10000.00", "currency": "CNY"}, "carriedForward": {"amount": "0.00", "currency": "CNY"},
             "explanation": {"methodId": "split.payout.schedule", "libraryVersion": "0.1.0-SNAPSHOT", "inputHash": "57d16b78b9d70988815396c08db68c64d654b8520636e368e67e2dca394c26be",
               "inputs": [{"name": "periods", "number": 1, "unit": ""}],
               "steps": [{"id": "payout.pool", "label": "Distributable pool (可分配收益)", "formula": "2025-Q1", "inputs": [{"name": "pool", "number": 10000.00, "unit": "CNY"}, {"name": "carriedForward", "number": 0.00, "unit": "CNY"}], "result": {"name": "paid", "number": 10000.00, "unit": "CNY"}}, {"id": "payout.total", "label": "Total paid", "formula": "sum over periods", "result": {"name": "total paid", "number": 10000.00, "unit": "CNY"}}]}}""";

    private SplitExamples() {
    }
}
