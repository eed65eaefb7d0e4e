package org.dataprice.api.ledger;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness {@code ledgers}: DOWN while the latest ledger verification failed, with details naming the
 * ledger, entry, record and what is wrong (details are shown to authenticated callers only, like every
 * health detail); UP otherwise, with each ledger's entry count. Reads the published state, never the
 * database, so it is instant.
 */
@Singleton
@Readiness
public class LedgerReadiness implements HealthIndicator {
    private final LedgerIntegrity integrity;

    /** @param integrity the integrity state */
    public LedgerReadiness(LedgerIntegrity integrity) {
        this.integrity = integrity;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthResult.Builder result = HealthResult.builder("ledgers");
        Map<String, Object> details = new LinkedHashMap<>();
        LedgerVerification last = integrity.last().orElse(null);
        if (last == null) {
            details.put("verified", false);
            return Mono.just(result.status(HealthStatus.UP).details(details).build());
        }
        details.put("checkedAt", last.checkedAt().toString());
        if (last.failure() != null) {
            LedgerVerification.Failure f = last.failure();
            details.put("reason", f.reason());
            details.put("ledger", f.ledger());
            details.put("seq", f.seq());
            if (f.recordId() != null) {
                details.put("recordId", f.recordId());
            }
            details.put("kind", f.kind().name());
            return Mono.just(result.status(HealthStatus.DOWN).details(details).build());
        }
        last.ledgers().forEach(l -> details.put(l.ledger(), l.entries()));
        return Mono.just(result.status(HealthStatus.UP).details(details).build());
    }
}
