package org.dataprice.api.exchange;

/**
 * OpenAPI examples of the exchange-to-exchange bodies. The key is the published RFC 8037 Appendix A.1 test key (its
 * private half is in the RFC: never for production); {@link #IMPORT} is a version-2 bundle of one deal that
 * exchange "exchange-a" signed with it at 2026-03-06T00:00:00Z (Ed25519 is deterministic, so these bytes are what
 * {@code ExportBundle.sign} gives; {@code ExchangeImportHttpTest} checks that they verify).
 */
public final class ExchangeExamples {
    /** The RFC 8037 A.1 key id (RFC 7638 thumbprint, RFC 8037 A.3). */
    public static final String KID = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";

    /** Trust exchange A's key. */
    public static final String TRUST = """
            {"exchangeId":"exchange-a","key":{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",            "kid":"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k","use":"sig","alg":"EdDSA",            "dataprice_valid_from":"2026-01-01T00:00:00Z"},"reason":"川渝互认 agreement 2026-01; key confirmed by phone with A's security officer"}""";

    /** Retire it from the start of 2027 (A announced its rotation). */
    public static final String RETIRE = """
            {"retiredAt":"2027-01-01T00:00:00Z","reason":"exchange-a rotates its key at the end of 2026"}""";

    /** Export March 2026. */
    public static final String EXPORT = """
            {"from":"2026-03-01","until":"2026-04-01"}""";

    /** Import exchange A's bundle of one deal. */
    public static final String IMPORT = """
            {"bundle":"eyJhbGciOiJFZERTQSIsImtpZCI6ImtQcktfcW14VldhWVZBOXd3QkY2SXVvM3ZWeno3VHhIQ1R3WEJ5Z3JTNGsiLCJ0eXAiOiJkYXRhcHJpY2UucmVnaXN0cnktZXhwb3J0In0.eyJkZWFscyI6W3siaWQiOiJELTIwMjYtMDAwMSIsInJlY29yZCI6eyJjYXRlZ29yeSI6IlRSQU5TUE9SVCIsImRhdGUiOiIyMDI2LTAzLTAyIiwiaWQiOiJELTIwMjYtMDAwMSIsInByb2R1Y3RJZCI6ImZyZWlnaHQtZmxvd3MiLCJxdWFudGl0eSI6IjEyIiwidG90YWwiOnsiYW1vdW50IjoiMTgwMDAuMDAiLCJjdXJyZW5jeSI6IkNOWSJ9LCJ1bml0UHJpY2UiOnsiYW1vdW50IjoiMTUwMC4wMCIsImN1cnJlbmN5IjoiQ05ZIn19fV0sImV4cG9ydGVkQXQiOiIyMDI2LTAzLTA2VDAwOjAwOjAwWiIsImV4cG9ydGVyIjoiZXhjaGFuZ2UtYSIsImZvcm1hdCI6ImRhdGFwcmljZS5yZWdpc3RyeS1leHBvcnQiLCJpbmRleFJlbGVhc2VzIjpbXSwibGlzdGluZ3MiOltdLCJyZWdpc3RyYXRpb25zIjpbXSwidmVyc2lvbiI6Mn0.ZBfAcpQsOByWzsDnkm6nW7LbND0yZtDjrLFiDfUhuQAtiNUfMYmf8sUz3K29s_8MoB-MFhu85nr0r2Zee64FCA"}""";

    private ExchangeExamples() {
    }
}
