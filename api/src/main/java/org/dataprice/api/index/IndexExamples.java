package org.dataprice.api.index;

/**
 * The OpenAPI request examples of the index endpoints (Swagger UI "Try it out"), one constant per example,
 * referenced from {@code @RequestBody(content = @Content(examples = @ExampleObject(...)))} on the controller
 * methods. Together they are one small index, {@code dmi}: defined, loaded (CSV and one JSON trade), corrected,
 * its calendar extended and 2025-02 published. {@code OpenApiExamplesTest} posts every one in that order and
 * expects 2xx.
 */
public final class IndexExamples {
    /** A Jevons index of two categories on base 2025-01 = 100, monthly releases at 09:30 Shanghai time. */
    public static final String DEFINITION = """
            {"id": "dmi", "nameEn": "Data Market Price Index", "nameZh": "数据要素市场价格指数",
             "method": "jevons", "parameters": {},
             "base": {"from": "2025-01", "referenceValue": 100},
             "categories": [{"code": "API", "nameEn": "Data APIs", "nameZh": "数据接口"},
                            {"code": "DATASET", "nameEn": "Datasets", "nameZh": "数据集"}],
             "composite": "AGGREGATED", "weightPeriod": "2025-01",
             "calendar": [{"period": "2025-01", "releaseAt": "2025-02-15T09:30:00+08:00"},
                          {"period": "2025-02", "releaseAt": "2025-03-15T09:30:00+08:00"},
                          {"period": "2025-03", "releaseAt": "2025-04-15T09:30:00+08:00"}],
             "embargo": {"timeZone": "Asia/Shanghai", "publisherPreview": true},
             "methodology": {"version": "1.0",
                             "text": "Unit values per product and month.\\n\\nJevons index of the matched products against the base month; categories aggregated with 2025-01 expenditure weights."}}""";

    /** One more scheduled release. */
    public static final String CALENDAR = """
            {"calendar": [{"period": "2025-04", "releaseAt": "2025-05-15T09:30:00+08:00"}]}""";

    /** Two months of trades of two API and two dataset products (line 2 is the first trade). */
    public static final String TRANSACTIONS_CSV = """
            product_id,period,price,quantity,category
            api-weather,2025-01,12.00,40,API
            api-traffic,2025-01,20.00,25,API
            ds-credit,2025-01,300.00,3,DATASET
            ds-mobility,2025-01,450.00,2,DATASET
            api-weather,2025-02,12.24,42,API
            api-traffic,2025-02,20.30,24,API
            ds-credit,2025-02,306.00,3,DATASET
            ds-mobility,2025-02,459.00,2,DATASET
            """;

    /**
     * Two trades of March as JSON lines ({@code application/x-ndjson}: keys are the CSV columns, numbers as numbers or
     * strings); after the published February, so its answer is unchanged.
     */
    public static final String TRANSACTIONS_JSON_LINES = """
            {"product_id": "api-weather", "period": "2025-03", "price": 12.4, "quantity": 41, "category": "API"}
            {"product_id": "ds-credit", "period": "2025-03", "price": "309.00", "quantity": 3, "category": "DATASET"}
            """;

    /** One trade. */
    public static final String TRANSACTION = """
            {"productId": "api-weather", "period": "2025-02", "price": 12.3, "quantity": 5, "category": "API"}""";

    /** Amend the price of a trade keyed in the wrong unit. */
    public static final String CORRECTION = """
            {"action": "AMEND", "reason": "price keyed in fen, not yuan (ticket 4711)", "price": 12.5}""";

    /** Publish February 2025. */
    public static final String RELEASE = """
            {"period": "2025-02"}""";


    /** The answer to {@link #TRANSACTIONS_CSV} (201): the load id names its trades, {@code <loadId>:<line>}. */
    public static final String TRANSACTIONS_CSV_ANSWER = """
            {"loadId": "0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b", "indexId": "dmi", "source": "CSV", "rows": 8,
             "sha256": "821723b8a98b65972e5c7ffe3e3c54723cf9a5d773ca4b5639993cb58a2542b3", "createdAt": "2025-03-03T01:12:08.501853Z"}""";

    /** The answer to {@link #CORRECTION} (201) of trade {@code <loadId>:2}: not applied until the next release. */
    public static final String CORRECTION_ANSWER = """
            {"id": "6c6b25de-4144-44b7-8a37-0ef48c9c878f", "indexId": "dmi", "transaction": "0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b:2",
             "sequence": 1, "action": "AMEND", "productId": null, "period": null, "price": 12.5, "quantity": null,
             "reason": "price keyed in fen, not yuan (ticket 4711)", "actor": "apikey:3ccac7ad2929fc58",
             "createdAt": "2025-03-04T06:40:18.579874Z", "appliedIn": null}""";

    /** The answer to {@link #RELEASE} (201) after the load and the correction above: API 99.72, DATASET 102.00. */
    public static final String RELEASE_ANSWER = """
            {"indexId": "dmi", "vintage": 1, "period": "2025-02", "releaseAt": "2025-03-15T01:30:00Z", "realtimeStart": "2025-03-15",
             "embargoed": false, "reason": "monthly release 2025-02", "transactions": 9,
             "settings": {"method": "jevons", "parameters": {"composite": "AGGREGATED", "linking": "DIRECT", "weightPeriod": "2025-01"}},
             "computedAt": "2025-03-14T08:00:02.635833Z", "computedBy": "apikey:3ccac7ad2929fc58",
             "values": [{"series": "API", "period": "2025-01", "value": "100.00", "status": "A"},
                        {"series": "API", "period": "2025-02", "value": "99.72", "status": "A"},
                        {"series": "COMPOSITE", "period": "2025-01", "value": "100.00", "status": "A"},
                        {"series": "COMPOSITE", "period": "2025-02", "value": "101.19", "status": "A"},
                        {"series": "DATASET", "period": "2025-01", "value": "100.00", "status": "A"},
                        {"series": "DATASET", "period": "2025-02", "value": "102.00", "status": "A"}],
             "corrections": ["6c6b25de-4144-44b7-8a37-0ef48c9c878f"], "explanation": null, "revisions": []}""";

    private IndexExamples() {
    }
}
