package org.dataprice.api.accounting;

/**
 * The OpenAPI request examples of the accounting endpoints (Swagger UI "Try it out"), one constant per
 * example, referenced from {@code @RequestBody(content = @Content(examples = @ExampleObject(...)))} on the
 * controller methods. Each is the verified curl body of docs/risk-accounting-pledge.md, with the answer it
 * gives in its Javadoc; {@code OpenApiExamplesTest} posts every one and expects 2xx.
 */
public final class AccountingExamples {
    /** Straight-line amortisation of 100,000.00 CNY over 60 months from 2024-07: 40 × 1666.67, 20 × 1666.66. */
    public static final String AMORTISATION = """
            {"cost": "100000.00", "firstMonth": "2024-07", "usefulLifeMonths": 60}""";

    /** CAS 8 impairment: recoverable amount max(485,000, value in use) against 650,000.00: loss 165,000.00. */
    public static final String IMPAIRMENT = """
            {"carryingAmount": "650000.00", "fairValue": 500000, "costsOfDisposal": 15000,
             "valueInUseCashFlows": [300000, 150000], "discountRate": 0.04, "accumulatedImpairment": 100000,
             "testMonth": "2009-12", "remainingLifeMonths": 24}""";

    /** 财会〔2023〕11号: a self-developed dataset for internal use: INTANGIBLE_ASSET, capitalised 340,000, expensed 210,000. */
    public static final String CLASSIFICATION = """
            {"name": "customer-credit-dataset", "intendedUse": "INTERNAL_USE", "acquisition": "SELF_DEVELOPED",
             "recognitionCriteriaMet": true,
             "developmentCriteria": {"technicalFeasibility": true, "intentionToComplete": true,
                                     "wayToGenerateBenefits": true, "adequateResources": true, "reliableMeasurement": true},
             "costs": [
               {"description": "feasibility study", "category": "STAFF_COSTS", "phase": "RESEARCH", "incurredOn": "2024-03-01", "amount": 200000},
               {"description": "pipeline build", "category": "STAFF_COSTS", "phase": "DEVELOPMENT", "incurredOn": "2024-03-01", "amount": 300000},
               {"description": "cloud services", "category": "MATERIALS_AND_SERVICES", "phase": "DEVELOPMENT", "incurredOn": "2024-03-01", "amount": 40000},
               {"description": "staff training", "category": "TRAINING", "phase": "DEVELOPMENT", "incurredOn": "2024-03-01", "amount": 10000}]}""";

    /** CAS 1 lower of cost and NRV: write-down 18,000, reversals 13,000 then 5,000; carrying 82,000, 95,000, 100,000. */
    public static final String INVENTORY = """
            {"cost": "100000.00", "periods": [
               {"period": "2024-12", "estimatedSellingPrice": 90000, "costsToComplete": 5000, "sellingCostsAndTaxes": 3000},
               {"period": "2025-06", "estimatedSellingPrice": 95000},
               {"period": "2025-12", "estimatedSellingPrice": 120000}]}""";

    private AccountingExamples() {
    }
}
