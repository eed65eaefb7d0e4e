package org.dataprice.api.registry;

/**
 * OpenAPI request examples of the registry (posted in order by {@code OpenApiExamplesTest}): register an
 * enterprise freight data set held wholly by {@code acme}, amend its description, transfer a quarter of the
 * product operating right to {@code beta}, license it to {@code gamma} for a year, suspend, reinstate, cancel,
 * and verify a certificate.
 */
public final class RegistryExamples {
    /** A registration: every right held by acme. */
    public static final String REGISTER = """
            {"asset": {"name": "Freight flows", "description": "Monthly freight flows by corridor",
                       "classification": "ENTERPRISE", "grade": "GENERAL",
                       "sources": [{"kind": "COLLECTED", "reference": "", "description": "own logistics platform"}]},
             "rights": {"resourceHolding": [{"party": "acme", "share": 1}],
                        "processingUse": [{"party": "acme", "share": 1}],
                        "productOperation": [{"party": "acme", "share": 1}]},
             "reason": "application A-2026-001"}""";

    /** An amendment of the description. */
    public static final String AMEND = """
            {"asset": {"name": "Freight flows", "description": "Monthly freight flows by corridor and mode",
                       "classification": "ENTERPRISE", "grade": "GENERAL",
                       "sources": [{"kind": "COLLECTED", "reference": "", "description": "own logistics platform"}]},
             "reason": "description corrected on the holder's request"}""";

    /** A quarter of the product operating right from acme to beta. */
    public static final String TRANSFER = """
            {"right": "PRODUCT_OPERATION", "from": "acme", "to": "beta", "fraction": "0.25",
             "reason": "sale contract S-88"}""";

    /** A one-year licence of the product operating right to gamma. */
    public static final String LICENSE = """
            {"licenseId": "L-2026-01", "right": "PRODUCT_OPERATION", "licensor": "acme", "licensee": "gamma",
             "scope": "resale to logistics firms in the western region", "from": "2026-01-01", "until": "2027-01-01",
             "reason": "licence contract L-2026-01"}""";

    /** Why a registration is suspended. */
    public static final String SUSPEND = """
            {"reason": "source authorisation under review"}""";

    /** Why it is reinstated. */
    public static final String REINSTATE = """
            {"reason": "review closed: the authorisation is in force"}""";

    /** Why it is cancelled. */
    public static final String CANCEL = """
            {"reason": "asset withdrawn by the holder"}""";

    /** A certificate to verify (signed with another key: the answer is UNKNOWN_KEY). */
    public static final String VERIFY = """
            {"certificate": "eyJhbGciOiJFZERTQSIsImtpZCI6ImtQcktfcW14VldhWVZBOXd3QkY2SXVvM3ZWeno3VHhIQ1R3WEJ5Z3JTNGsiLCJ0eXAiOiJkYXRhcHJpY2UucmVnaXN0cmF0aW9uLWNlcnRpZmljYXRlIn0.e30.C714lLzat3CHaTgMUA5QOXHT-u2v60Z26GAvW_z67YNnOjgbfRHM6JgO86g-FruDJHlZHx0eikDnmp0xDEWOAQ"}""";

    /**
     * Binds an index product to its registration ({@code POST /v1/indices/{indexId}/products/{productId}/registration});
     * the scenario puts the id of the registration it made in place of this one.
     */
    public static final String INDEX_BINDING = """
            {"registrationId": "REG-20260301-0000A1B2"}""";

    /** Why the ADMIN rotates the registry's signing key ({@code POST /v1/registry/key-rotations}). */
    public static final String KEY_ROTATION = """
            {"reason": "annual rotation 2026 (key policy KP-3)"}""";

    private RegistryExamples() {
    }
}
