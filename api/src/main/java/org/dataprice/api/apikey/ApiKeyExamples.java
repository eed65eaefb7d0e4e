package org.dataprice.api.apikey;

/**
 * The OpenAPI request example of {@code POST /v1/api-keys} (Swagger UI "Try it out"), referenced from
 * {@code @RequestBody(content = @Content(examples = @ExampleObject(...)))} on the controller method (the
 * README's tour body). {@code OpenApiExamplesTest} posts it and expects 2xx.
 */
public final class ApiKeyExamples {
    /** A key for an appraiser who also reads, expiring at the start of 2030. */
    public static final String CREATE = """
            {"name": "appraiser-1", "roles": ["APPRAISER", "READER"], "expiresAt": "2030-01-01T00:00:00Z"}""";

    /** The answer to {@link #CREATE} (201): {@code key} is shown this once and never stored. */
    public static final String CREATE_ANSWER = """
            {"id": "72fe06d46b728447", "name": "appraiser-1", "roles": ["READER", "APPRAISER"],
             "createdAt": "2026-03-02T08:00:05.883632Z", "expiresAt": "2030-01-01T00:00:00Z",
             "key": "dpk_72fe06d46b728447_dztayZ_dl7a7uQnc0CNF-yE0ITugYIbLQnd_zzoBZ0Y"}""";

    private ApiKeyExamples() {
    }
}
