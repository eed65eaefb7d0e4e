package org.dataprice.api.registry;

/**
 * OpenAPI request examples of the authorisation records (posted in order by {@code OpenApiExamplesTest}): the
 * REGISTRAR records a traffic-sensor operation agreement under the tariff of the scenario (conditionally free use
 * would say {@code "free"}); a person (the caller) authorises an operator to use its data for credit scoring, and
 * withdraws the consent.
 */
public final class AuthorisationExamples {
    /** A public-data authorised-operation agreement, free of charge (the scenario's tariff id is not known here). */
    public static final String AGREEMENT = """
            {"provider": "cq-bigdata-bureau", "operator": "operator-x", "scope": "traffic sensors, aggregated hourly",
             "from": "2026-03-01", "until": "2029-03-01", "feeBasis": "free",
             "reason": "agreement CQ-PD-2026-07 signed 2026-02-20"}""";

    /** A personal-data authorisation by the caller (the grantor), revocable as the law requires. */
    public static final String AUTHORISATION = """
            {"classification": "PERSONAL", "grantee": "operator-x", "purpose": "credit scoring with consent",
             "from": "2026-03-01", "until": "2027-03-01", "revocable": true, "reason": "consent C-42 given in the app"}""";

    /** Why the grantor revokes. */
    public static final String REVOCATION = """
            {"reason": "consent withdrawn in the app"}""";

    private AuthorisationExamples() {
    }
}
