package org.dataprice.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request that failed because the database is unreachable
 * ({@link DatabaseUnavailableException#isConnectionFailure}) with a fast {@code 503}
 * {@link ProblemType#UNAVAILABLE} problem and {@code Retry-After}, instead of a 500 that reads like a
 * bug. It sees every {@link RuntimeException} that no more specific handler takes; any other such
 * exception is answered exactly as before, a logged {@code 500} from the error response processor.
 * How fast: the pool's {@code connection-timeout} (2 s by default, {@code DATAPRICE_DB_CONNECTION_TIMEOUT}).
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class DatabaseUnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);
    private final ErrorResponseProcessor<?> processor;

    /**
     * @param processor the error response processor for the failures that are not the database's
     */
    public DatabaseUnavailableHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (!DatabaseUnavailableException.isConnectionFailure(exception)) {
            return processor.processResponse(ErrorContext.builder(request).cause(exception).build(),
                    HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR));
        }
        LOG.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getPath(), rootMessage(exception));
        return response(request.getPath());
    }

    /**
     * @param path the request path, for the problem's {@code instance}
     * @return the 503 answer
     */
    public static HttpResponse<Problem> response(String path) {
        Problem problem = Problem.of(ProblemType.UNAVAILABLE, "The database is unreachable; the request was not "
                + "carried out. Retry after " + DatabaseUnavailableException.RETRY_AFTER_SECONDS + " s.", path);
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE).body(problem)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", String.valueOf(DatabaseUnavailableException.RETRY_AFTER_SECONDS));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
