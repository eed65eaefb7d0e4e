package org.dataprice.api.idempotency;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Implements {@link Idempotent}: runs the method through {@link IdempotencyStore#execute}, so that
 * the method's writes and its 2xx answer commit in one transaction, or replays a stored answer.
 * Runs after bean validation, so an invalid request never claims a key. A lost write race re-runs
 * the method from this interceptor on ({@code context.proceed(this)}).
 */
@Singleton
@InterceptorBean(Idempotent.class)
public class IdempotencyInterceptor implements MethodInterceptor<Object, Object> {
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final JsonMapper json;

    /**
     * @param store the idempotency store
     * @param json  the JSON mapper that writes and reads stored bodies
     */
    public IdempotencyInterceptor(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.VALIDATE.getPosition() + 10;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (!HttpResponse.class.isAssignableFrom(context.getReturnType().getType())) {
            throw new IllegalStateException("@Idempotent method must return HttpResponse<T>: " + context.getExecutableMethod());
        }
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("@Idempotent method called outside an HTTP request"));
        AnnotationValue<Idempotent> annotation = context.getAnnotation(Idempotent.class);
        boolean required = annotation == null || annotation.booleanValue("required").orElse(true);
        Set<String> redact = annotation == null ? Set.of() : Set.of(annotation.stringValues("redact"));

        String key = request.getHeaders().get(Idempotent.HEADER);
        if (key == null || key.isBlank()) {
            if (required) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_MISSING, "This request changes state: send an "
                        + Idempotent.HEADER + " header with a unique value (e.g. a UUID) so that it can be retried safely");
            }
            return context.proceed();
        }
        if (key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ProblemException(ProblemType.BAD_REQUEST,
                    Idempotent.HEADER + " must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces");
        }
        String caller = request.getUserPrincipal().map(Principal::getName).orElse("anonymous");
        String method = request.getMethodName();
        String path = request.getPath();
        String fingerprint = fingerprint(method, path, body(context));

        IdempotencyStore.Request guarded = new IdempotencyStore.Request(caller, key, method, path, fingerprint);
        boolean byLocation = annotation != null && annotation.booleanValue("replayFromLocation").orElse(false);
        IdempotencyStore.Outcome<Object> outcome = store.execute(guarded, () -> context.proceed(this),
                result -> answer(result, redact, byLocation));
        if (outcome instanceof IdempotencyStore.Mismatch<Object> mismatch) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                    + "' was already used with a different request (" + mismatch.record().requestMethod() + " "
                    + mismatch.record().requestPath() + "); use a new key for a new request");
        }
        if (outcome instanceof IdempotencyStore.InFlight<Object>) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_IN_FLIGHT, "A request with Idempotency-Key '" + key
                    + "' is still being processed; retry later with the same key to get its answer");
        }
        if (outcome instanceof IdempotencyStore.Replay<Object> replay) {
            return replay(context, replay.record(), byLocation);
        }
        return ((IdempotencyStore.Executed<Object>) outcome).result();
    }

    /** The answer stored with the key: a 2xx response's status, Location and body (or none). */
    private Optional<IdempotencyStore.Answer> answer(Object result, Set<String> redact, boolean byLocation) {
        HttpResponse<?> response = (HttpResponse<?>) result;
        if (response == null || response.code() < 200 || response.code() >= 300) {
            return Optional.empty();
        }
        String location = response.getHeaders().get(HttpHeaders.LOCATION);
        if (byLocation && location == null) {
            throw new IllegalStateException("@Idempotent(replayFromLocation = true) needs a Location header");
        }
        Object body = byLocation ? null : response.getBody().orElse(null);
        return Optional.of(new IdempotencyStore.Answer(response.code(), location, body == null ? null : write(body, redact)));
    }

    private MutableHttpResponse<Object> replay(MethodInvocationContext<Object, Object> context, IdempotencyRecord record,
                                               boolean byLocation) {
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(record.responseStatus()));
        if (byLocation) {
            if (!(context.getTarget() instanceof ReplayFromLocation source)) {
                throw new IllegalStateException(context.getTarget().getClass().getName()
                        + " uses @Idempotent(replayFromLocation = true) but does not implement ReplayFromLocation");
            }
            response.body(source.replayBody(record.responseLocation()).orElseThrow(() -> new ProblemException(
                    ProblemType.NOT_FOUND, "The resource created with this Idempotency-Key ("
                    + record.responseLocation() + ") no longer exists")));
        } else if (record.responseBody() != null) {
            Argument<?>[] parameters = context.getReturnType().asArgument().getTypeParameters();
            Argument<?> bodyType = parameters.length == 1 ? parameters[0] : Argument.OBJECT_ARGUMENT;
            try {
                response.body(json.readValue(record.responseBody(), bodyType));
            } catch (IOException e) {
                throw new UncheckedIOException("stored idempotent answer is unreadable", e);
            }
        }
        if (record.responseLocation() != null) {
            response.header(HttpHeaders.LOCATION, record.responseLocation());
        }
        return response.header(Idempotent.REPLAYED_HEADER, "true");
    }

    private String write(Object body, Set<String> redact) {
        try {
            if (redact.isEmpty()) {
                // one pass (no tree in between): the replay reads it back into the answer's type either way
                return new String(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
            }
            JsonNode tree = json.writeValueToTree(body);
            if (!redact.isEmpty() && tree.isObject()) {
                Map<String, JsonNode> kept = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> entry : tree.entries()) {
                    if (!redact.contains(entry.getKey())) {
                        kept.put(entry.getKey(), entry.getValue());
                    }
                }
                tree = JsonNode.createObjectNode(kept);
            }
            return new String(json.writeValueAsBytes(tree), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request payload for the fingerprint: the decoded {@code @Body} arguments written back as
     * JSON, so formatting does not matter and every instance computes the same bytes (request DTOs
     * use lists, not sets, whose iteration order would differ between JVMs; ArchitectureTest checks).
     */
    private byte[] body(MethodInvocationContext<Object, Object> context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.getParameters().values().stream()
                .filter(p -> p.getAnnotationMetadata().hasAnnotation(Body.class))
                .forEach(p -> {
                    try {
                        out.write(json.writeValueAsBytes(p.getValue()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return out.toByteArray();
    }

    private static String fingerprint(String method, String path, byte[] body) {
        byte[] head = (method + '\n' + path + '\n').getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return IdempotencyStore.sha256Hex(all);
    }
}
