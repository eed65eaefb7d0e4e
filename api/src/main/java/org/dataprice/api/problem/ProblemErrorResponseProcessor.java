package org.dataprice.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders every error response of the framework (routing, content negotiation, body decoding, size
 * limits, security) as an RFC 9457 problem. Errors with richer information have their own handlers:
 * {@link DomainProblemHandler}, {@link ValidationProblemHandler}, {@link ProblemExceptionHandler};
 * they build their {@link Problem} themselves.
 *
 * <p>A body that cannot be read becomes a problem naming its JSON path ({@link BodyProblems}). A 413
 * (body above {@code micronaut.server.max-request-size}) carries {@code Connection: close} and the
 * connection is closed after it, so a client that writes its whole body before reading still gets it.
 *
 * <p>Never reveals a stack trace or an internal message: a 5xx answer says only that the fault is
 * logged, and the cause is logged here.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);
    private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:java|javax|jakarta|org|io|com|sun)\\.[\\w.$]+`?");
    private static final int MAX_DETAIL = 500;

    @Override
    @NonNull
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        Problem problem = toProblem(context, response.status());
        if (problem.status() == HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode()) {
            // the rest of the body is not read: close, so a client still sending it sees this answer
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response.status(HttpStatus.valueOf(problem.status())).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    private Problem toProblem(ErrorContext context, HttpStatus status) {
        String path = context.getRequest().getPath();
        Throwable cause = context.getRootCause().orElse(null);
        if (status.getCode() >= 500) {
            if (cause != null) {
                LOG.error("Internal error on {} {}", context.getRequest().getMethod(), path, cause);
            }
            ProblemType type = ProblemType.forStatus(status);
            return new Problem(type.uri(), type.title(), status.getCode(),
                    "The service could not complete the request; the fault has been logged.", path, null, null, null);
        }
        if (status == HttpStatus.BAD_REQUEST) {
            Problem body = BodyProblems.of(cause, path);
            if (body != null) {
                return body;
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case UNAUTHORIZED -> "Send a valid API key in the X-API-KEY header or a bearer token in Authorization";
            case FORBIDDEN -> "The credentials lack a role this endpoint requires";
            case NOT_FOUND -> "Nothing found at " + path;
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the configured limit (10 MB for a JSON body, "
                    + "micronaut.server.max-request-buffer-size; 64 MB for any body, DATAPRICE_MAX_REQUEST_SIZE)";
            default -> errorText(context);
        };
        return new Problem(type.uri(), type.title(), status.getCode(), detail, path, null, null, null);
    }

    /** The framework's own text for other 4xx, without Java type names, bounded. */
    private static String errorText(ErrorContext context) {
        String text = context.getErrors().stream()
                .map(e -> BodyProblems.firstLine(e.getMessage()))
                .collect(Collectors.joining("; "));
        text = JAVA_NAME.matcher(text).replaceAll("value");
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
    }
}
