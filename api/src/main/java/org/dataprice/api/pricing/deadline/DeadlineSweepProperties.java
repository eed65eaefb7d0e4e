package org.dataprice.api.pricing.deadline;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * Configuration of the deadline sweep ({@link DeadlineSweeper}) under
 * {@code dataprice.pricing.deadline-sweep}:
 * <ul>
 *   <li>{@code enabled}: on or off; unset means on, except in the {@code test} environment (tests
 *       that want it set it to true);</li>
 *   <li>{@code interval} (default 1m) and {@code initial-delay} (default 1m): read by the
 *       {@code @Scheduled} trigger;</li>
 *   <li>{@code batch} (default 500, 1..10,000): the most negotiations and auctions handled per run
 *       each (the rest wait for the next run).</li>
 * </ul>
 */
@ConfigurationProperties("dataprice.pricing.deadline-sweep")
public class DeadlineSweepProperties {
    private Boolean enabled;
    private Duration interval = Duration.ofMinutes(1);
    private Duration initialDelay = Duration.ofMinutes(1);
    private int batch = 500;

    /** @return on, off, or null (the default for the environment) */
    @Nullable
    public Boolean getEnabled() {
        return enabled;
    }

    /** @param enabled on, off or null */
    public void setEnabled(@Nullable Boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the delay between runs */
    public Duration getInterval() {
        return interval;
    }

    /** @param interval the delay between runs */
    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    /** @return the delay before the first run */
    public Duration getInitialDelay() {
        return initialDelay;
    }

    /** @param initialDelay the delay before the first run */
    public void setInitialDelay(Duration initialDelay) {
        this.initialDelay = initialDelay;
    }

    /** @return the most items of each kind per run */
    public int getBatch() {
        return batch;
    }

    /** @param batch the most items of each kind per run, 1..10,000 */
    public void setBatch(int batch) {
        if (batch < 1 || batch > 10_000) {
            throw new IllegalArgumentException("dataprice.pricing.deadline-sweep.batch must be in 1..10000, was " + batch);
        }
        this.batch = batch;
    }
}
