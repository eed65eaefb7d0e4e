package org.dataprice.api.supervision;

/** The OpenAPI examples of the supervision request bodies (posted by {@code OpenApiExamplesTest}'s scenario). */
public final class SupervisionExamples {
    private SupervisionExamples() {
    }

    /** A new rules version: a stricter Hampel threshold at HIGH severity, the volume-spike rule switched off. */
    public static final String RULES = """
            {"reportingThreshold": {"amount": "100000.00", "currency": "CNY"},
             "rules": [{"id": "price.hampel", "severity": "HIGH", "parameters": {"threshold": 3.5, "minSample": 8}},
                       {"id": "volume.spike", "enabled": false}]}""";

    /** A supervisor acknowledges an alert. */
    public static final String TRANSITION = """
            {"status": "ACKNOWLEDGED", "reason": "Reviewing the listing's appraisal band with the seller"}""";

    /** A scan of the deals of 2026 and 2027 (at most 732 days and 100,000 deals per scan). */
    public static final String SCAN = """
            {"from": "2026-01-01", "to": "2027-12-31"}""";

    /** Two parties declared under one beneficial owner. */
    public static final String OWNER_LINK = """
            {"partyA": "apikey:1aed3bab803383bb", "partyB": "apikey:115b330e534e202f"}""";
}
