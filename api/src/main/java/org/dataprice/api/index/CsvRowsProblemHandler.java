package org.dataprice.api.index;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.Problem;
import org.dataprice.api.problem.ProblemType;

/** Answers a {@link CsvRowsException} with a 400 {@code validation} problem listing the bad rows. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class CsvRowsProblemHandler implements ExceptionHandler<CsvRowsException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CsvRowsException exception) {
        Problem problem = new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(),
                ProblemType.VALIDATION.status().getCode(), exception.getMessage(), request.getPath(), null, null,
                exception.violations());
        return HttpResponse.<Problem>status(ProblemType.VALIDATION.status()).body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
