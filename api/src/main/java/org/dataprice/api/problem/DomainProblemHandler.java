package org.dataprice.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.dataprice.error.CalculationException;
import org.dataprice.error.DatapriceException;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.LimitExceededException;

/**
 * The ONE place where domain exceptions become HTTP problems. Every {@link DatapriceException}
 * ({@link InvalidInputException}, {@link LimitExceededException}, {@link CalculationException}) is a
 * request that is well-formed but cannot be processed, so all answer {@code 422 Unprocessable
 * Content} with {@code type} = {@code Rule.typeUri()}, {@code title} = {@code Rule.title()}, the
 * exception's message as {@code detail}, and the extensions {@code field} and {@code rule}.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class DomainProblemHandler implements ExceptionHandler<DatapriceException, HttpResponse<Problem>> {
    /** The status of every domain problem. */
    public static final HttpStatus STATUS = HttpStatus.UNPROCESSABLE_ENTITY;

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DatapriceException exception) {
        return HttpResponse.<Problem>status(STATUS).body(toProblem(exception, request.getPath()))
                .contentType(Problem.MEDIA_TYPE);
    }

    /**
     * @param exception the domain exception
     * @param instance  the request path; may be null
     * @return its problem
     */
    public static Problem toProblem(DatapriceException exception, String instance) {
        return new Problem(exception.rule().typeUri(), exception.rule().title(), STATUS.getCode(),
                exception.getMessage(), instance, exception.field(), exception.rule().id(), null);
    }
}
