package org.dataprice.api.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.dataprice.error.InvalidInputException;
import org.dataprice.error.Rule;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Guarded endpoints that count their executions per thing name (shared by every application context
 * in the JVM, so two instances count together) and can be held mid-request. Test environment only.
 */
@Controller("/test/idempotent")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Requires(env = Environment.TEST)
@ExecuteOn(TaskExecutors.BLOCKING)
public class IdempotencyTestController {
    /** Executions per thing name. */
    static final Map<String, AtomicInteger> EXECUTIONS = new ConcurrentHashMap<>();
    /** Gates holding requests for a thing name until released. */
    static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

    /** Holds a request: {@code entered} opens when it runs, it waits for {@code release}. */
    record Gate(CountDownLatch entered, CountDownLatch release) {
        Gate() {
            this(new CountDownLatch(1), new CountDownLatch(1));
        }
    }

    /** A request body. */
    @Serdeable
    public record Thing(String name) {
    }

    /** A response body. */
    @Serdeable
    public record Made(String name, int execution) {
    }

    static int executions(String name) {
        AtomicInteger n = EXECUTIONS.get(name);
        return n == null ? 0 : n.get();
    }

    @Post("/things")
    @Idempotent
    HttpResponse<Made> make(@Body Thing thing) throws InterruptedException {
        int n = EXECUTIONS.computeIfAbsent(thing.name(), k -> new AtomicInteger()).incrementAndGet();
        Gate gate = GATES.get(thing.name());
        if (gate != null) {
            gate.entered().countDown();
            if (!gate.release().await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never released");
            }
        }
        if (thing.name().startsWith("fail")) {
            throw new InvalidInputException("name", thing.name(), Rule.INVALID_FORMAT, "not starting with fail");
        }
        return HttpResponse.created(new Made(thing.name(), n), URI.create("/test/things/" + thing.name()));
    }

    @Post("/optional")
    @Idempotent(required = false)
    HttpResponse<Made> optional(@Body Thing thing) {
        int n = EXECUTIONS.computeIfAbsent(thing.name(), k -> new AtomicInteger()).incrementAndGet();
        return HttpResponse.ok(new Made(thing.name(), n));
    }
}
