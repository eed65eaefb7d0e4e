package org.dataprice.api;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.dataprice.api.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A plain JDK HTTP client for the tests: exact status, headers and body bytes, no exceptions for
 * 4xx/5xx, and JSON read with the service's own mapper.
 */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final JsonMapper json;

    /**
     * @param base the server URL
     * @param json the JSON mapper
     */
    public Http(URL base, JsonMapper json) {
        this.base = URI.create(base.toString());
        this.json = json;
    }

    /** A response with helpers. */
    public record Response(int status, java.net.http.HttpHeaders headers, String body, JsonMapper json) {
        /** @return the Content-Type header, or "" */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** @return the body as a problem */
        public Problem problem() {
            return read(Problem.class);
        }

        /** @return the body as a JSON object */
        public Map<String, Object> map() {
            return read(Argument.mapOf(String.class, Object.class));
        }

        /**
         * @param type the target type
         * @param <T>  the type
         * @return the body read as JSON
         */
        public <T> T read(Class<T> type) {
            return read(Argument.of(type));
        }

        /**
         * @param type the target type
         * @param <T>  the type
         * @return the body read as JSON
         */
        public <T> T read(Argument<T> type) {
            try {
                return json.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /**
         * @param name a header name
         * @return its first value, or null
         */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /**
     * @param method  the HTTP method
     * @param path    the path
     * @param body    a JSON (or other) body; null for none
     * @param headers alternating header names and values
     * @return the response
     */
    public Response send(String method, String path, String body, String... headers) {
        Response r = send(method, path, body == null ? null : HttpRequest.BodyPublishers.ofString(body),
                body != null && body.length() > 100_000, headers);
        checkField(method, path, body, r);
        return r;
    }

    /**
     * Every problem answered to a JSON request names its field by the request's JSON path
     * ({@link ProblemFieldPaths}): a core field name that leaks fails the test that provoked it.
     */
    private void checkField(String method, String path, String body, Response r) {
        if (body == null || r.status() < 400 || r.status() >= 500 || !r.contentType().contains("problem")
                || r.body().contains("/problems/unknown-property\"")) {
            return;
        }
        try {
            json.readValue(body, Object.class);
        } catch (IOException | RuntimeException e) {
            return; // not a JSON request
        }
        Object field;
        try {
            field = r.map().get("field");
        } catch (RuntimeException e) {
            return;
        }
        if (field instanceof String f && !f.isEmpty()) {
            String why = ProblemFieldPaths.check(method, path, f);
            if (why != null) {
                throw new AssertionError("a problem's field must be the request's JSON path: " + why + "; " + r.body());
            }
        }
    }

    public Response postBytes(String path, byte[] body, String... headers) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), body.length > 100_000, headers);
    }

    private Response send(String method, String path, HttpRequest.BodyPublisher body, boolean large, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        boolean hasContentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            hasContentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !hasContentType) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (large) {
            builder.expectContinue(true);
        }
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param path    the path
     * @param headers alternating header names and values
     * @return the response
     */
    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /**
     * @param path    the path
     * @param body    the JSON body
     * @param headers alternating header names and values
     * @return the response
     */
    public Response post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }
}
