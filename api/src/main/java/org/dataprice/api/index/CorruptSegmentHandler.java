package org.dataprice.api.index;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.problem.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a read that met a damaged trade segment ({@link TradeSegments.CorruptSegmentException}) with a 503
 * {@link ProblemType#STORE_INTEGRITY} problem naming the index, load and segment and what to do, instead of the
 * generic 500: the figures are withheld, never computed from partial or wrong trades. Logged at ERROR once per
 * answer, as an operator must restore the store (or load the trades again). No {@code Retry-After}: waiting does
 * not repair a segment.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class CorruptSegmentHandler implements ExceptionHandler<TradeSegments.CorruptSegmentException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(CorruptSegmentHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TradeSegments.CorruptSegmentException exception) {
        LOG.error("Store integrity: {} (answered 503 to {} {})", exception.getMessage(), request.getMethod(), request.getPath());
        Problem problem = Problem.of(ProblemType.STORE_INTEGRITY, exception.detail(), request.getPath());
        return HttpResponse.<Problem>status(ProblemType.STORE_INTEGRITY.status()).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
