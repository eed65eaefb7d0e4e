package org.dataprice.api.idempotency;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code dataprice.idempotency.*}: how long answers are kept ({@code retention}, 24 h by default),
 * how long a retry waits for a first request with the same key that is still running before it is
 * answered 409 {@code idempotency-in-flight} ({@code in-flight-wait}, 500 ms by default; on H2 the
 * database's own lock timeout applies), and how often expired records are deleted
 * ({@code cleanup-interval}, used by {@link IdempotencyCleanupJob}).
 */
@ConfigurationProperties("dataprice.idempotency")
public class IdempotencyConfiguration {
    private Duration retention = Duration.ofHours(24);
    private Duration inFlightWait = Duration.ofMillis(500);

    /** @return how long stored answers are kept */
    public Duration getRetention() {
        return retention;
    }

    /** @param retention how long stored answers are kept */
    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    /** @return how long a retry waits for a running first request before 409 */
    public Duration getInFlightWait() {
        return inFlightWait;
    }

    /** @param inFlightWait how long a retry waits for a running first request before 409 */
    public void setInFlightWait(Duration inFlightWait) {
        this.inFlightWait = inFlightWait;
    }
}
