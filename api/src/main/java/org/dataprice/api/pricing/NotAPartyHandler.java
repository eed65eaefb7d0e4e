package org.dataprice.api.pricing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.Problem;
import org.dataprice.error.Rule;

/**
 * Answers {@link NotAPartyException} with {@code 403} and the problem type of {@link Rule#NOT_A_PARTY}
 * ({@code https://dataprice.org/problems/not-a-party}), with {@code field} and {@code rule}.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class NotAPartyHandler implements ExceptionHandler<NotAPartyException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotAPartyException exception) {
        Rule rule = exception.rule();
        Problem problem = new Problem(rule.typeUri(), rule.title(), HttpStatus.FORBIDDEN.getCode(),
                exception.getMessage(), request.getPath(), exception.field(), rule.id(), null);
        return HttpResponse.<Problem>status(HttpStatus.FORBIDDEN).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
