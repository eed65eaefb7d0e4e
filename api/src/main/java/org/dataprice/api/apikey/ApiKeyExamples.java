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

    private ApiKeyExamples() {
    }
}
