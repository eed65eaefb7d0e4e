package org.dataprice.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/**
 * Answers failed bean-validation constraints on a request with a {@code 400}
 * {@link ProblemType#VALIDATION} problem listing every violation as {@code {field, message}}, the
 * field being the path inside the request body (e.g. {@code roles[1]}) or the parameter name.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ValidationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        ProblemType type = ProblemType.VALIDATION;
        String detail = violations.size() == 1
                ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " fields are invalid; see violations";
        Problem problem = new Problem(type.uri(), type.title(), type.status().getCode(), detail, request.getPath(),
                null, null, violations);
        return HttpResponse.<Problem>status(type.status()).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    /** The property path below the method parameter: {@code create.request.roles[1]} gives {@code roles[1]}. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        boolean body = false;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                body = true;
                continue;
            }
            // an index or key names the element of the previous (container) node
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            String name = node.getName();
            if (name == null || name.isEmpty() || name.startsWith("<")) {
                continue;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(name);
        }
        if (path.length() == 0) {
            return body && parameter != null ? parameter : String.valueOf(violation.getPropertyPath());
        }
        return path.toString();
    }
}
