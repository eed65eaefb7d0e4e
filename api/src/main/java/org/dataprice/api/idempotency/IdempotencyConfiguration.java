package org.dataprice.api.idempotency;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code dataprice.idempotency.*}: how long answers are kept ({@code retention}, at least 24 h by
 * default), after how long a request still marked in progress is considered dead and its key may be
 * taken over ({@code lock-timeout}), and how often expired records are deleted
 * ({@code cleanup-interval}, used by {@link IdempotencyCleanupJob}).
 */
@ConfigurationProperties("dataprice.idempotency")
public class IdempotencyConfiguration {
    private Duration retention = Duration.ofHours(24);
    private Duration lockTimeout = Duration.ofSeconds(60);

    /** @return how long stored answers are kept */
    public Duration getRetention() {
        return retention;
    }

    /** @param retention how long stored answers are kept */
    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    /** @return after how long an in-progress key may be taken over */
    public Duration getLockTimeout() {
        return lockTimeout;
    }

    /** @param lockTimeout after how long an in-progress key may be taken over */
    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }
}
