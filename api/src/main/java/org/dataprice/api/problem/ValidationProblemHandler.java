package org.dataprice.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.AvailableByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Path;
import org.dataprice.error.Rule;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers failed bean-validation constraints on a request with a {@code 400}
 * {@link ProblemType#VALIDATION} problem listing every violation as {@code {field, message}}, the
 * field being the path inside the request body (e.g. {@code roles[1]}) or the parameter name. A
 * required value says whether it was missing ({@code "is missing; it is required"}) or sent as null
 * ({@code "must not be null, was null"}); with a single violation the problem also carries its {@code field}
 * and, for a required value, its {@code rule}: {@code missing} (absent from the body) or {@code not-null}
 * (sent as {@code null}), for every JSON type (string, enum, object, array, boolean, number) at any depth.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ValidationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {
    /** The message of a required property absent from the body. */
    static final String MISSING = "is missing; it is required";
    /** The message of a required property sent as {@code null}. */
    static final String NULL = "must not be null, was null";
    /** How long to wait for the copy of a body that arrived in several reads (it is already in memory). */
    private static final long BODY_WAIT_MS = 1_000;
    private final JsonMapper json;

    /** @param json the service's JSON mapper, to re-read the body of a rejected request */
    public ValidationProblemHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        JsonNode body = rawBody(request);
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), message(v, body)))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        ProblemType type = ProblemType.VALIDATION;
        boolean one = violations.size() == 1;
        String detail = one
                ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " fields are invalid; see violations";
        // one violation: its field and, for a required value, whether it was missing or null, as with every problem
        Problem problem = new Problem(type.uri(), type.title(), type.status().getCode(), detail, request.getPath(),
                one ? violations.get(0).field() : null, one ? rule(violations.get(0).message()) : null, violations);
        return HttpResponse.<Problem>status(type.status()).body(problem).contentType(Problem.MEDIA_TYPE);
    }

    /**
     * The request body as sent (its JSON tree), when the framework still holds it in one piece (a body
     * that arrived in one read); else null, and the messages say less (see {@link #message}).
     */
    @Nullable
    private JsonNode rawBody(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return null;
        }
        if (server.byteBody() instanceof AvailableByteBody body) {
            try (CloseableAvailableByteBody copy = body.split()) {
                return json.readValue(copy.toByteArray(), JsonNode.class);
            } catch (IOException | RuntimeException e) {
                return null; // not JSON, or no longer available: the plain constraint message is still right
            }
        }
        // a body that arrived in several reads: the copy RequestBodyCopyFilter kept (already read in full)
        var kept = request.removeAttribute(RequestBodyCopyFilter.ATTRIBUTE, RequestBodyCopyFilter.Copy.class);
        if (kept.isEmpty()) {
            return null;
        }
        try (CloseableAvailableByteBody copy = kept.get().body().get(BODY_WAIT_MS, TimeUnit.MILLISECONDS)) {
            return json.readValue(copy.toByteArray(), JsonNode.class);
        } catch (TimeoutException e) {
            kept.get().release(); // released when it completes; the constraint's own message is still right
            return null;
        } catch (IOException | RuntimeException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The constraint's message; for {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} it says
     * whether the property was missing from the body or sent as {@code null}, read from the body's JSON tree.
     */
    static String message(ConstraintViolation<?> violation, @Nullable JsonNode body) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        boolean required = constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty;
        if (!required) {
            return violation.getMessage();
        }
        if (body == null) {
            // a null sent for a number is rejected while reading (JsonNumbers), so here it was missing
            return isNumber(violation) ? MISSING : violation.getMessage();
        }
        JsonNode parent = body;
        String last = null;
        JsonNode node = body;
        for (Path.Node step : violation.getPropertyPath()) {
            ElementKind kind = step.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER) {
                continue;
            }
            if (node == null) {
                return violation.getMessage();
            }
            if (step.getIndex() != null) {
                node = node.isArray() && step.getIndex() < node.size() ? node.get(step.getIndex()) : null;
            }
            String name = step.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<") && node != null) {
                parent = node;
                last = name;
                node = node.isObject() ? node.get(name) : null;
            }
        }
        if (last == null || parent == null || !parent.isObject()) {
            return violation.getMessage();
        }
        return node == null ? MISSING : node.isNull() ? NULL : violation.getMessage();
    }

    /** The rule of a required value's message: {@code missing} or {@code not-null}; null for other constraints. */
    @Nullable
    private static String rule(String message) {
        return MISSING.equals(message) ? Rule.MISSING.id() : NULL.equals(message) ? Rule.NOT_NULL.id() : null;
    }

    /** True when the violated property is a number field of a record (read by JsonNumbers). */
    private static boolean isNumber(ConstraintViolation<?> violation) {
        Object bean = violation.getLeafBean();
        String name = null;
        for (Path.Node step : violation.getPropertyPath()) {
            name = step.getName();
        }
        if (bean == null || name == null || !bean.getClass().isRecord()) {
            return false;
        }
        for (var component : bean.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                Class<?> type = component.getType();
                return Number.class.isAssignableFrom(type) || type == double.class || type == long.class
                        || type == int.class;
            }
        }
        return false;
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
