package org.dataprice.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders every error response of the framework (routing, content negotiation, body decoding, size
 * limits, security) as an RFC 9457 problem. Errors with richer information have their own handlers:
 * {@link DomainProblemHandler}, {@link ValidationProblemHandler}, {@link ProblemExceptionHandler};
 * they build their {@link Problem} themselves.
 *
 * <p>Never reveals a stack trace or an internal message: a 5xx answer says only that the fault is
 * logged, and the cause is logged here.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]{1,200})]");
    private static final Pattern CONVERSION_PREFIX =
            Pattern.compile("Failed to convert argument \\[[^\\]]*] for value \\[[^\\]]*] due to: ");
    private static final Pattern CLASS_NAME = Pattern.compile(" of type \\[class [^\\]]+]");
    private static final Pattern DECODING_PROPERTY = Pattern.compile("Error decoding property \\[\\S+ (\\w{1,100})]");
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
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
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
            String unknown = unknownProperty(context, cause);
            if (unknown != null) {
                ProblemType type = ProblemType.UNKNOWN_PROPERTY;
                return new Problem(type.uri(), type.title(), status.getCode(),
                        "Unknown property '" + unknown + "' in the request body; check its spelling against the API",
                        path, unknown, null, null);
            }
            JsonProcessingException json = find(cause, JsonProcessingException.class);
            if (json != null) {
                String where = json.getLocation() == null ? ""
                        : " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
                return Problem.of(ProblemType.MALFORMED_JSON,
                        "The request body is not well-formed JSON" + where + ": " + firstLine(json.getOriginalMessage()), path);
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        if (type == ProblemType.BAD_REQUEST) {
            String text = errorText(context);
            Matcher property = DECODING_PROPERTY.matcher(text);
            String field = property.find() ? property.group(1) : null;
            text = CLASS_NAME.matcher(CONVERSION_PREFIX.matcher(text).replaceAll("")).replaceAll("").strip();
            return new Problem(type.uri(), type.title(), status.getCode(), text, path, field, null, null);
        }
        String detail = switch (type) {
            case UNAUTHORIZED -> "Send a valid API key in the X-API-KEY header or a bearer token in Authorization";
            case FORBIDDEN -> "The credentials lack a role this endpoint requires";
            case NOT_FOUND -> "Nothing found at " + path;
            default -> errorText(context);
        };
        return new Problem(type.uri(), type.title(), status.getCode(), detail, path, null, null, null);
    }

    @Nullable
    private static String unknownProperty(ErrorContext context, @Nullable Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            Matcher m = UNKNOWN_PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        for (var error : context.getErrors()) {
            Matcher m = UNKNOWN_PROPERTY.matcher(String.valueOf(error.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    @Nullable
    private static <T extends Throwable> T find(@Nullable Throwable cause, Class<T> kind) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    private static String errorText(ErrorContext context) {
        String text = context.getErrors().stream()
                .map(e -> firstLine(e.getMessage()))
                .collect(Collectors.joining("; "));
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
    }

    private static String firstLine(@Nullable String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
