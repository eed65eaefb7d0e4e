package org.dataprice.api.budget;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import org.dataprice.api.problem.ProblemException;
import org.dataprice.api.problem.ProblemType;
import org.dataprice.error.CancelledException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ONE way the service runs interruptible work under the request's time budget: controllers marked
 * {@link Interruptible} run whole through it, services that also write to the database wrap only their
 * core computation ({@code budget.compute(() -> Model.DEFAULT.run(inputs))}), so no interrupt can land
 * in database I/O.
 *
 * <p>When the work is stopped (budget spent or client gone) the core throws
 * {@code CancelledException}; this bean counts it in the metric {@value #CANCELLED_METRIC} (tag
 * {@code reason} = {@code time_budget} or {@code client_gone}) and answers 503
 * {@link ProblemType#TIME_BUDGET_EXCEEDED}. Outside a request (tests, jobs) the work simply runs.
 * Thread-safe.
 */
@Singleton
public class RequestBudget {
    /** The request attribute holding its {@link RequestWork}. */
    public static final String ATTRIBUTE = "dataprice.request-work";
    /** The counter of stopped computations. */
    public static final String CANCELLED_METRIC = "dataprice.work.cancelled";

    private final MeterRegistry meters;
    private final Duration timeout;
    private final List<Override> overrides;

    /**
     * @param meters     the metrics registry
     * @param properties the configured budgets
     */
    public RequestBudget(MeterRegistry meters, RequestBudgetProperties properties) {
        this.meters = meters;
        this.timeout = properties.getTimeout();
        List<Override> parsed = new ArrayList<>();
        for (String entry : properties.getOverrides()) {
            if (!entry.isBlank()) { // the unset environment variable gives one empty entry
                parsed.add(Override.parse(entry));
            }
        }
        parsed.sort(Comparator.comparingInt((Override o) -> o.prefix().length()).reversed());
        this.overrides = List.copyOf(parsed);
    }

    /**
     * @param path a request path
     * @return its budget: the longest matching override, else the default
     */
    public Duration budgetFor(String path) {
        for (Override o : overrides) {
            if (path.startsWith(o.prefix())) {
                return o.budget();
            }
        }
        return timeout;
    }

    /**
     * Runs work under the current request's budget.
     *
     * @param work the computation; not null
     * @param <T>  its result
     * @return its result
     * @throws ProblemException 503 {@code time-budget-exceeded} when the work was stopped
     */
    public <T> T compute(Supplier<T> work) {
        RequestWork state = ServerRequestContext.currentRequest()
                .flatMap(r -> r.getAttribute(ATTRIBUTE, RequestWork.class)).orElse(null);
        if (state == null) {
            return work.get();
        }
        try {
            return state.run(work);
        } catch (CancelledException e) {
            RequestWork.Reason reason = state.reason();
            String tag = reason == null ? "interrupted" : reason.name().toLowerCase(Locale.ROOT);
            meters.counter(CANCELLED_METRIC, "reason", tag).increment();
            throw new ProblemException(ProblemType.TIME_BUDGET_EXCEEDED, reason == RequestWork.Reason.CLIENT_GONE
                    ? "The client closed the connection; the work was stopped"
                    : "The request's time budget of " + state.budgetMillis() + " ms was spent; the work was stopped. "
                    + "Send a smaller request (see the limits in docs/api.md)");
        }
    }

    /**
     * @param request a request
     * @return its work state, if the budget filter has seen it
     */
    static java.util.Optional<RequestWork> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, RequestWork.class);
    }

    /** One {@code PATH-PREFIX=DURATION} override. */
    private record Override(String prefix, Duration budget) {
        static Override parse(String entry) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0 || !entry.startsWith("/")) {
                throw new IllegalArgumentException("dataprice.request-budget.overrides: expected PATH-PREFIX=DURATION "
                        + "such as /v1/settlements=60s, was '" + entry + "'");
            }
            String value = entry.substring(eq + 1).trim();
            Duration d;
            try {
                d = value.matches("[0-9]+ms") ? Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)))
                        : value.matches("[0-9]+s") ? Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)))
                        : value.matches("[0-9]+m") ? Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)))
                        : Duration.parse(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("dataprice.request-budget.overrides: bad duration in '" + entry
                        + "' (use e.g. 500ms, 60s, 2m or PT60S)", e);
            }
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("dataprice.request-budget.overrides: duration must be > 0 in '" + entry + "'");
            }
            return new Override(entry.substring(0, eq).trim(), d);
        }
    }
}
