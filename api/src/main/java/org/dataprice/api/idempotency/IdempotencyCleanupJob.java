package org.dataprice.api.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes idempotency records older than the retention, every
 * {@code dataprice.idempotency.cleanup-interval} (15 min by default). Safe to run on every instance
 * at once: the delete is idempotent.
 */
@Singleton
@Requires(property = "dataprice.idempotency.cleanup-enabled", value = "true", defaultValue = "true")
public class IdempotencyCleanupJob {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyCleanupJob.class);
    private final IdempotencyStore store;

    /**
     * @param store the idempotency store
     */
    public IdempotencyCleanupJob(IdempotencyStore store) {
        this.store = store;
    }

    /** Runs one clean-up. */
    @Scheduled(fixedDelay = "${dataprice.idempotency.cleanup-interval:15m}", initialDelay = "1m")
    public void run() {
        long deleted = store.deleteExpired();
        if (deleted > 0) {
            LOG.info("Deleted {} expired idempotency records", deleted);
        }
    }
}
