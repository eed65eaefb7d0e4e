package org.dataprice.api.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a {@link ProblemException} with its problem; a 413 {@code payload-too-large} also closes the connection
 * (the body was not read to its end).
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        return response(exception, request.getPath());
    }

    /**
     * The answer to a {@link ProblemException}, also for a filter that refuses a request before routing.
     *
     * @param exception the exception
     * @param path      the request path, for the problem's {@code instance}
     * @return its status, problem body and {@code Retry-After} (when it has one)
     */
    public static MutableHttpResponse<Problem> response(ProblemException exception, String path) {
        Problem problem = Problem.of(exception.type(), exception.getMessage(), path);
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(exception.type().status()).body(problem)
                .contentType(Problem.MEDIA_TYPE);
        if (exception.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(exception.retryAfterSeconds()));
        }
        if (exception.type() == ProblemType.PAYLOAD_TOO_LARGE) {
            // answered before the body was read to its end: close the connection rather than stop reading with it
            // open, or a client that writes its whole body before reading (the JDK's HTTP/1.1 client) waits for its
            // timeout (IndexRequestLimitTest)
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response;
    }
}
