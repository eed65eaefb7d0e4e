package org.dataprice.api.budget;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The time budget of a request ({@code dataprice.request-budget.*}): after {@link #getTimeout()} (30 s by
 * default) from the moment the request reached the service, its work is stopped and the client gets a
 * 503 {@code time-budget-exceeded} problem. Per-endpoint overrides are {@code PATH-PREFIX=DURATION}
 * entries (the longest matching prefix wins), e.g. {@code /v1/settlements=60s}.
 */
@ConfigurationProperties("dataprice.request-budget")
public class RequestBudgetProperties {
    private Duration timeout = Duration.ofSeconds(30);
    private List<String> overrides = new ArrayList<>();

    /** @return the default budget of every request */
    public Duration getTimeout() {
        return timeout;
    }

    /** @param timeout the default budget, &gt; 0 */
    public void setTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("dataprice.request-budget.timeout must be > 0, was " + timeout);
        }
        this.timeout = timeout;
    }

    /** @return the overrides, {@code PATH-PREFIX=DURATION} each */
    public List<String> getOverrides() {
        return overrides;
    }

    /** @param overrides the overrides, {@code PATH-PREFIX=DURATION} each (e.g. {@code /v1/settlements=60s}) */
    public void setOverrides(List<String> overrides) {
        this.overrides = overrides == null ? new ArrayList<>() : new ArrayList<>(overrides);
    }
}
