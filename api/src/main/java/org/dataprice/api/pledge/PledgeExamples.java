package org.dataprice.api.pledge;

/**
 * The OpenAPI request example of the pledge endpoint (Swagger UI "Try it out"), referenced from
 * {@code @RequestBody(content = @Content(examples = @ExampleObject(...)))} on the controller method: the
 * verified curl body of docs/risk-accounting-pledge.md. {@code OpenApiExamplesTest} posts it and expects 2xx.
 */
public final class PledgeExamples {
    /** A registered, contract-backed data asset appraised at 10,019,400.00 CNY, with a seeded lognormal stress. */
    public static final String LOAN_LIMIT = """
            {"appraisedValue": "10019400.00", "collateral": "INCOME_WITH_CONTRACT_REVENUE", "exchangeRegistered": true,
             "qualityScore": 85, "largestCustomerShare": 0.3, "remainingLifeMonths": 60, "requestedTermMonths": 12,
             "stress": {"percentile": 0.05, "seed": 17, "draws": 20000,
                        "value": {"kind": "LOGNORMAL", "mean": 10000000, "standardDeviation": 2000000}}}""";

    private PledgeExamples() {
    }
}
